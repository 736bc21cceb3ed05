using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;page-break parity/&gt;</c>: what follows starts on a new page; with
/// <c>parity="odd"</c>, on a right-hand page (chapters of a booklet), leaving a blank page if
/// needed. At the top of a page it adds nothing, so two breaks in a row make no empty page.
/// </summary>
public sealed class PageBreakElement(SourceSpan source, bool toOddPage) : Element(source)
{
    public static readonly ElementDefinition Definition = new("page-break", ["parity"], (b, node, a, _) =>
        new PageBreakElement(b.Span(node), a.Choice("parity", ["any", "odd"]) == "odd"));

    /// <summary>Progress: done, the page after it having the right parity.</summary>
    public override bool AtStart(ProgressView progress) => !progress.Of<bool>(this);

    // « Partly drawn, nothing visible » ends the page here.
    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        if (progress.Of<bool>(this)) return SpacePlan.Empty;
        var atTop = available.Height >= context.Content.Height - 1e-6;
        if (!atTop) return SpacePlan.Partial(0, 0);
        // At the top of a left-hand page, an odd break leaves this page blank.
        return toOddPage && context.PageNumber % 2 == 0 ? SpacePlan.Partial(0, 0) : SpacePlan.Empty;
    }

    /// <summary>Done once the next page has the right parity; until then the following page
    /// starts with this break again, and stays blank.</summary>
    public override void Draw(LayoutContext context, LayoutState state, Rect area) =>
        state.Set(this, !toOddPage || (context.PageNumber + 1) % 2 == 1);
}
