using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;column spacing&gt;</c>: children stacked top to bottom, flowing across pages. Space
/// before a child is dropped at the top of a page; a child marked keep-with-next (a heading) moves
/// to the next page rather than end one.
/// </summary>
public sealed class ColumnElement(SourceSpan source, IReadOnlyList<Element> children, double spacing) : Element(source)
{
    public static readonly ElementDefinition Definition = new("column", ["spacing"],
        (b, node, a, props) => new ColumnElement(b.Span(node), b.Blocks(node, props), a.Length("spacing") ?? 0));

    private int _current;

    public IReadOnlyList<Element> Children => children;

    public override bool AtStart => _current == 0 && (children.Count == 0 || children[0].AtStart);

    public override void Reset()
    {
        _current = 0;
        foreach (var child in children) child.Reset();
    }

    public override SpacePlan Measure(LayoutContext context, Size available) => Plan(context, available, null);

    public override void Draw(LayoutContext context, Rect area) => Plan(context, new Size(area.Width, area.Height), area);

    /// <summary>Measures (area null) or draws the children that fit: one walk for both keeps
    /// the two from disagreeing about where the page ends.</summary>
    private SpacePlan Plan(LayoutContext context, Size available, Rect? area)
    {
        if (_current >= children.Count) return children.Count == 0 ? SpacePlan.Full(0, 0) : SpacePlan.Empty;
        double y = 0, width = 0;
        var drawn = 0;
        for (var i = _current; i < children.Count; i++)
        {
            var child = children[i];
            var gap = drawn == 0 ? 0 : spacing + children[i - 1].SpaceAfter + child.SpaceBefore;
            var top = y + gap;
            var plan = child.Measure(context, new Size(available.Width, Math.Max(0, available.Height - top)));
            if (plan.Kind == SpaceKind.Empty) { if (area is not null) _current = i + 1; continue; }
            if (plan.Kind == SpaceKind.Wrap)
                return drawn == 0 ? SpacePlan.Wrap : SpacePlan.Partial(width, y);
            if (plan.Kind == SpaceKind.Full && child.KeepWithNext && i + 1 < children.Count)
            {
                var next = children[i + 1];
                var rest = available.Height - top - plan.Height - spacing - child.SpaceAfter - next.SpaceBefore;
                var nextPlan = next.Measure(context, new Size(available.Width, Math.Max(0, rest)));
                if (nextPlan.Kind == SpaceKind.Wrap && drawn > 0)
                    return SpacePlan.Partial(width, y);
            }
            if (area is { } r)
            {
                child.Draw(context, new Rect(r.X, r.Y + top, r.Width, plan.Height));
                if (plan.Kind == SpaceKind.Full) _current = i + 1;
            }
            y = top + plan.Height;
            width = Math.Max(width, plan.Width);
            drawn++;
            if (plan.Kind == SpaceKind.Partial) return SpacePlan.Partial(width, y);
        }
        return SpacePlan.Full(width, y);
    }
}
