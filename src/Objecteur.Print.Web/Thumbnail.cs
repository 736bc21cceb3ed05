using System.Globalization;
using System.Security;
using System.Text;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Web;

/// <summary>
/// A page's thumbnail as SVG, drawn from its laid-out boxes (rectangles, lines, circles, text
/// runs; embedded pages and images as grey boxes): the browser scales it, and no PDF renderer
/// is needed. It shows the page's layout, not the exact glyphs.
/// </summary>
public static class Thumbnail
{
    public static string Svg(PageFrame page)
    {
        var svg = new StringBuilder();
        var trim = page.TrimBox ?? new Rect(0, 0, page.Width, page.Height);
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{trim.X} {trim.Y} {trim.Width} {trim.Height}\">"));
        svg.Append(Invariant($"<rect x=\"{trim.X}\" y=\"{trim.Y}\" width=\"{trim.Width}\" height=\"{trim.Height}\" fill=\"#fff\"/>"));
        foreach (var item in page.Items)
            switch (item)
            {
                case RectItem r:
                    svg.Append(Invariant($"<rect x=\"{r.Bounds.X}\" y=\"{r.Bounds.Y}\" width=\"{r.Bounds.Width}\" height=\"{r.Bounds.Height}\"{Paint(r.Fill, r.Stroke, r.StrokeWidth)}/>"));
                    break;
                case EllipseItem e:
                    svg.Append(Invariant($"<ellipse cx=\"{e.Bounds.X + e.Bounds.Width / 2}\" cy=\"{e.Bounds.Y + e.Bounds.Height / 2}\" rx=\"{e.Bounds.Width / 2}\" ry=\"{e.Bounds.Height / 2}\"{Paint(e.Fill, e.Stroke, e.StrokeWidth)}/>"));
                    break;
                case LineItem l:
                    svg.Append(Invariant($"<line x1=\"{l.X1}\" y1=\"{l.Y1}\" x2=\"{l.X2}\" y2=\"{l.Y2}\" stroke=\"{Hex(l.Stroke)}\" stroke-width=\"{l.Width}\"/>"));
                    break;
                case TextItem t:
                    svg.Append(Invariant($"<text x=\"{t.X}\" y=\"{t.Baseline}\" font-size=\"{t.Size}\" font-family=\"sans-serif\" textLength=\"{t.Width}\" fill=\"{Hex(t.Color)}\">"))
                        .Append(SecurityElement.Escape(t.Text)).Append("</text>");
                    break;
                case ImageItem i:
                    svg.Append(Box(i.Bounds));
                    break;
                case PdfPageItem p:
                    svg.Append(Box(p.Bounds));
                    break;
            }
        return svg.Append("</svg>").ToString();
    }

    private static string Box(Rect b) =>
        Invariant($"<rect x=\"{b.X}\" y=\"{b.Y}\" width=\"{b.Width}\" height=\"{b.Height}\" fill=\"#ddd\" stroke=\"#999\" stroke-width=\"0.5\"/>");

    private static string Paint(Color? fill, Color? stroke, double width) =>
        $" fill=\"{(fill is { } f ? Hex(f) : "none")}\"" + (stroke is { } s && width > 0 ? Invariant($" stroke=\"{Hex(s)}\" stroke-width=\"{width}\"") : "");

    private static string Hex(Color c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
