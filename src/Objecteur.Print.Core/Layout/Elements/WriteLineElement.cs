using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;write-line label lines pitch&gt;</c>: dotted lines to fill in by hand, with a small label
/// above. The default 9 mm pitch leaves room for an unsteady hand.
/// </summary>
public sealed class WriteLineElement(SourceSpan source, string label, int lines, double pitch, TextProps props) : Element(source)
{
    public static readonly ElementDefinition Definition = new("write-line", ["label", "lines", "pitch"], (b, node, a, props) =>
        new WriteLineElement(b.Span(node), a.Text("label") ?? "", (int)(a.Number("lines") ?? 1), a.Length("pitch") ?? Units.Mm(9), props));

    private double LabelHeight => label.Length > 0 ? props.Size * 0.85 * 1.2 : 0;
    private double Height => LabelHeight + lines * pitch;

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        Height <= available.Height + 1e-6 ? SpacePlan.Full(available.Width, Height) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var size = props.Size * 0.85;
        var face = props.Family.Get(false, true);
        if (label.Length > 0)
            context.Add(new TextItem(area.X, area.Y + size, face.Measure(label, size), label, face, size, props.Color, SemanticRole.Paragraph));
        for (var i = 1; i <= lines; i++)
        {
            var y = area.Y + LabelHeight + i * pitch - 1;
            context.Add(new LineItem(area.X, y, area.Right, y, props.Color, 0.6, [0.6, 2.4]));
        }
    }
}
