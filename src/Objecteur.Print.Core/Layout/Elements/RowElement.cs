using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;row spacing&gt;</c>: children side by side. A child with a <c>width</c> attribute keeps
/// it; the others share what is left equally. Children continue on the next page together.
/// </summary>
public sealed class RowElement(SourceSpan source, IReadOnlyList<(Element Child, double? Width)> children, double spacing) : Element(source)
{
    public static readonly ElementDefinition Definition = new("row", ["spacing"], (b, node, a, props) =>
    {
        b.RejectLooseText(node);
        var children = node.Elements().Select(child =>
        {
            var width = AttributeReader.ParseLength(child.Attribute("width")?.Value ?? "");
            return (b.Block(child, props), (double?)width);
        }).ToList();
        return new RowElement(b.Span(node), children, a.Length("spacing") ?? 0);
    });

    public override bool AtStart(ProgressView progress) => children.All(c => c.Child.AtStart(progress));

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var widths = Widths(available.Width);
        double height = 0;
        var partial = false;
        var any = false;
        for (var i = 0; i < children.Count; i++)
        {
            var plan = children[i].Child.Measure(context, progress, new Size(widths[i], available.Height));
            if (plan.Kind == SpaceKind.Wrap) return SpacePlan.Wrap;
            if (plan.Kind == SpaceKind.Empty) continue;
            any = true;
            partial |= plan.Kind == SpaceKind.Partial;
            height = Math.Max(height, plan.Height);
        }
        if (!any) return SpacePlan.Empty;
        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var widths = Widths(area.Width);
        var x = area.X;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i].Child;
            var plan = child.Measure(context, state, new Size(widths[i], area.Height));
            if (plan.Kind is SpaceKind.Full or SpaceKind.Partial)
                child.Draw(context, state, new Rect(x, area.Y, widths[i], plan.Height));
            x += widths[i] + spacing;
        }
    }

    private double[] Widths(double available)
    {
        var free = available - spacing * (children.Count - 1) - children.Sum(c => c.Width ?? 0);
        var flexible = children.Count(c => c.Width is null);
        return children.Select(c => c.Width ?? Math.Max(0, free / Math.Max(1, flexible))).ToArray();
    }
}
