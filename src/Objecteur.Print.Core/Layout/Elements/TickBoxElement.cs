using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary><c>&lt;tick-box label checked&gt;</c>: a 4 mm square to tick by hand, then its label.</summary>
public sealed class TickBoxElement(SourceSpan source, string label, bool isChecked, TextProps props) : Element(source)
{
    public static readonly ElementDefinition Definition = new("tick-box", ["label", "checked"], (b, node, a, props) =>
        new TickBoxElement(b.Span(node), a.RequiredText("label"), a.Bool("checked") ?? false, props));

    private static readonly double Side = Units.Mm(4);
    private double Height => Math.Max(Side, props.Size * props.Leading);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        Height <= available.Height + 1e-6 ? SpacePlan.Full(available.Width, Height) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        // The tick and its label read as one short paragraph (« X J'accepte »); the box is a drawing.
        using var paragraph = context.Open(state.Memo, this, StructureKind.Paragraph);
        var top = area.Y + (Height - Side) / 2;
        context.Add(new RectItem(new Rect(area.X, top, Side, Side), null, props.Color, 0.8));
        var face = props.Style.Face;
        if (isChecked)
            context.AddText(area.X + Side * 0.15, top + Side * 0.85, face.Measure("X", props.Size), "X", face, props.Size, props.Color);
        var baseline = top + Side / 2 + props.Size * face.CapHeight / 2;
        context.AddText(area.X + Side + Units.Mm(2.5), baseline, face.Measure(label, props.Size), label, face, props.Size, props.Color);
    }
}
