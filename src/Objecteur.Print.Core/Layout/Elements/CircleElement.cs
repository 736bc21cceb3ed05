using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary><c>&lt;circle diameter fill stroke thickness&gt;</c>: a disc or ring, centred in the width.</summary>
public sealed class CircleElement(SourceSpan source, double diameter, Color? fill, Color? stroke, double thickness) : Element(source)
{
    public static readonly ElementDefinition Definition = new("circle", ["diameter", "fill", "stroke", "thickness"], (b, node, a, _) =>
        new CircleElement(b.Span(node),
            a.Length("diameter") ?? throw a.Error(null, "attribut obligatoire « diameter » manquant sur <circle>", "ajoutez diameter=\"20mm\"."),
            a.Color("fill"), a.Color("stroke"), a.Length("thickness") ?? 0.5));

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        diameter <= available.Height + 1e-6 ? SpacePlan.Full(Math.Min(diameter, available.Width), diameter) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var x = area.X + (area.Width - diameter) / 2;
        context.Add(new EllipseItem(new Rect(x, area.Y, diameter, diameter), fill, stroke, stroke is null ? 0 : thickness));
    }
}
