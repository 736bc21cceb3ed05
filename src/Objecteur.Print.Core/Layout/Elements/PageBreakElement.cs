using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary><c>&lt;page-break/&gt;</c>: what follows starts on a new page.</summary>
public sealed class PageBreakElement(SourceSpan source) : Element(source)
{
    public static readonly ElementDefinition Definition = new("page-break", [], (b, node, _, _) => new PageBreakElement(b.Span(node)));

    private bool _done;

    public override bool AtStart => !_done;
    public override void Reset() => _done = false;

    // First answer « partly drawn, nothing visible »: the column ends the page here.
    public override SpacePlan Measure(LayoutContext context, Size available) =>
        _done ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(LayoutContext context, Rect area) => _done = true;
}
