using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;column spacing&gt;</c>: children stacked top to bottom, flowing across pages. Space
/// before a child is dropped at the top of a page. Children marked keep-with-next (headings) form
/// a chain with what follows: when the page ends inside a chain, the whole chain moves on.
/// </summary>
public sealed class ColumnElement(SourceSpan source, IReadOnlyList<Element> children, double spacing) : Element(source)
{
    public static readonly ElementDefinition Definition = new("column", ["spacing"],
        (b, node, a, props) => new ColumnElement(b.Span(node), b.Blocks(node, props), a.Length("spacing") ?? 0));

    public IReadOnlyList<Element> Children => children;

    /// <summary>Progress: the index of the first child not fully drawn.</summary>
    public override bool AtStart(ProgressView progress) =>
        progress.Of<int>(this) == 0 && (children.Count == 0 || children[0].AtStart(progress));

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) => Arrange(context, progress, available).Plan;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var (plan, placements) = Arrange(context, state, new Size(area.Width, area.Height));
        var current = state.Get<int>(this);
        foreach (var p in placements)
        {
            children[p.Index].Draw(context, state, new Rect(area.X, area.Y + p.Top, area.Width, p.Plan.Height));
            current = p.Plan.Kind == SpaceKind.Full ? p.Index + 1 : p.Index;
        }
        if (plan.Kind == SpaceKind.Empty) current = children.Count;
        state.Set(this, current);
    }

    private readonly record struct Placement(int Index, double Top, SpacePlan Plan);

    /// <summary>Decides which children go on this page and where, before anything is drawn, so
    /// that a keep-with-next chain can still be moved as a whole.</summary>
    private (SpacePlan Plan, List<Placement> Placements) Arrange(LayoutContext context, ProgressView progress, Size available)
    {
        var current = progress.Of<int>(this);
        var placements = new List<Placement>(Math.Max(0, children.Count - current));
        if (current >= children.Count) return (children.Count == 0 ? SpacePlan.Full(0, 0) : SpacePlan.Empty, placements);
        var y = 0.0;
        var chainStart = -1;
        for (var i = current; i < children.Count; i++)
        {
            var child = children[i];
            var gap = placements.Count == 0 ? 0 : spacing + children[placements[^1].Index].SpaceAfter + child.SpaceBefore;
            var top = y + gap;
            var plan = child.Measure(context, progress, new Size(available.Width, Math.Max(0, available.Height - top)));
            if (plan.Kind == SpaceKind.Empty) continue;
            if (plan.Kind == SpaceKind.Wrap)
            {
                if (chainStart > 0) placements.RemoveRange(chainStart, placements.Count - chainStart);
                return placements.Count == 0 ? (SpacePlan.Wrap, placements) : (Partial(placements), placements);
            }
            placements.Add(new Placement(i, top, plan));
            y = top + plan.Height;
            if (plan.Kind == SpaceKind.Partial) return (Partial(placements), placements);
            chainStart = child.KeepWithNext ? (chainStart < 0 ? placements.Count - 1 : chainStart) : -1;
        }
        return placements.Count == 0 ? (SpacePlan.Empty, placements) : (SpacePlan.Full(Width(placements), y), placements);
    }

    private static SpacePlan Partial(List<Placement> placements) =>
        SpacePlan.Partial(Width(placements), placements[^1].Top + placements[^1].Plan.Height);

    private static double Width(List<Placement> placements) => placements.Max(p => p.Plan.Width);
}
