using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary><c>&lt;line thickness color dash&gt;</c>: a horizontal rule across the available width
/// (or <c>width</c> inside a row).</summary>
public sealed class RuleElement(SourceSpan source, double thickness, Color color, IReadOnlyList<double> dash) : Element(source)
{
    public static readonly ElementDefinition Definition = new("line", ["thickness", "dash"], (b, node, a, props) =>
        new RuleElement(b.Span(node), a.Length("thickness") ?? 0.5, a.Color("color") ?? props.Color,
            a.Length("dash") is { } d ? [d, d] : []));

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        // The tolerance matters when a parent draws the rule in exactly the height it measured.
        thickness <= available.Height + 1e-6 ? SpacePlan.Full(available.Width, thickness) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var y = area.Y + thickness / 2;
        context.Add(new LineItem(area.X, y, area.Right, y, color, thickness, dash));
    }
}
