using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;write-line label lines pitch&gt;</c>: dotted lines to fill in by hand, with their label
/// above. The default 9 mm pitch leaves room for an unsteady hand. The label is upright, a little
/// smaller than the text, at least 9 pt, and at least 16 pt in large print (text of 16 pt or more),
/// where labels keep the text's minimum size; it sits closer to its own line than to the one above,
/// so that it cannot be read as the caption of the previous line.
/// </summary>
public sealed class WriteLineElement(SourceSpan source, string label, int lines, double pitch, TextProps props) : Element(source)
{
    public static readonly ElementDefinition Definition = new("write-line", ["label", "lines", "pitch"], (b, node, a, props) =>
        new WriteLineElement(b.Span(node), a.Text("label") ?? "", (int)(a.Number("lines") ?? 1), a.Length("pitch") ?? Units.Mm(9), props));

    private const double LargePrint = 16;

    private double LabelSize => Math.Max(props.Size >= LargePrint ? LargePrint : 9, props.Size * 0.9);
    private double LabelGap => label.Length > 0 ? Units.Mm(1.5) : 0;
    private double LabelHeight => label.Length > 0 ? LabelGap + LabelSize * 1.2 : 0;
    private double Height => LabelHeight + lines * pitch;

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        Height <= available.Height + 1e-6 ? SpacePlan.Full(available.Width, Height) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var size = LabelSize;
        var face = props.Family.Get(false, false);
        if (label.Length > 0)
            using (context.Open(state.Memo, this, StructureKind.Paragraph))
                context.AddText(area.X, area.Y + LabelGap + size, face.Measure(label, size), label, face, size, props.Color);
        for (var i = 1; i <= lines; i++)
        {
            var y = area.Y + LabelHeight + i * pitch - 1;
            context.Add(new LineItem(area.X, y, area.Right, y, props.Color, 0.6, [0.6, 2.4]));
        }
    }
}
