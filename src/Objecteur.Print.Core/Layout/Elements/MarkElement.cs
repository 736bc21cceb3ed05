using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;mark title id/&gt;</c>: takes no room; records on the page where it lands a running
/// title (the current chapter, for <c>&lt;running-title/&gt;</c>) and/or an anchor that
/// <c>&lt;page-ref to="id"/&gt;</c> points at. It stays with what follows it (the heading).
/// </summary>
public sealed class MarkElement : Element
{
    public static readonly ElementDefinition Definition = new("mark", ["title", "id"], (b, node, a, props) =>
    {
        // The title is printed (running head) and read (bookmark): it gets the body's typography.
        var title = a.Text("title") is { } raw && props.Typography ? FrenchTypography.Apply(raw) : a.Text("title");
        var id = a.Text("id");
        if (title is null && id is null)
            throw a.Error(null, "<mark> sans « title » ni « id »", "donnez un titre courant (title), un identifiant de renvoi (id), ou les deux.");
        return new MarkElement(b.Span(node), title, id);
    });

    private readonly string? _title;
    private readonly string? _id;

    private MarkElement(SourceSpan source, string? title, string? id) : base(source)
    {
        _title = title;
        _id = id;
        KeepWithNext = true;
    }

    /// <summary>Progress: drawn (once is all there is).</summary>
    public override bool AtStart(ProgressView progress) => !progress.Of<bool>(this);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        progress.Of<bool>(this) ? SpacePlan.Empty : SpacePlan.Full(0, 0);

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        if (state.Get<bool>(this)) return;
        context.AddMark(_title, _id);
        state.Set(this, true);
    }
}
