using System.Globalization;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout;

/// <summary>
/// A deterministic text picture of a laid-out document — every page, box and line with its
/// coordinates in mm — used as the golden-file format of the tests: a diff of two dumps shows
/// exactly what moved on paper.
/// </summary>
public static class LayoutDump
{
    public static string Write(LayoutDocument document)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(document, sb);
        return sb.ToString();
    }

    /// <summary>The same dump, written piece by piece: a caller that only hashes it (the PDF's
    /// document ID) never holds the whole text.</summary>
    public static void Write(LayoutDocument document, TextWriter sb)
    {
        sb.Write($"document title={Quote(document.Title)} lang={document.Language}\n");
        foreach (var entry in document.Outline) sb.Write($"outline page={entry.Page} {Quote(entry.Title)}\n");
        for (var p = 0; p < document.Pages.Count; p++)
        {
            var page = document.Pages[p];
            sb.Write($"page {p + 1} {Mm(page.Width)}x{Mm(page.Height)}");
            if (page.TrimBox is { } trim) sb.Write($" trim={Box(trim)}");
            if (page.BleedBox is { } bleed) sb.Write($" bleed={Box(bleed)}");
            sb.Write('\n');
            foreach (var item in page.Items)
            {
                sb.Write("  ");
                sb.Write(Item(item));
                sb.Write(' ');
                sb.Write(Tag(item));
                sb.Write('\n');
            }
        }
        // The blocks the items belong to, in reading order, each with the block it is in.
        var nodes = new SortedDictionary<int, StructureNode>();
        foreach (var item in document.Pages.SelectMany(p => p.Items))
            for (var node = item.Node; node is not null && nodes.TryAdd(node.Id, node); node = node.Parent) { }
        foreach (var node in nodes.Values)
        {
            sb.Write($"block #{node.Id} {node.Kind}");
            if (node.Parent is { } parent) sb.Write($" in #{parent.Id}");
            if (node.AltText.Length > 0) sb.Write($" alt={Quote(node.AltText)}");
            sb.Write('\n');
        }
    }

    private static string Tag(FrameItem item) => item.Node is { } node ? $"#{node.Id}" : $"artifact:{item.Artifact}";

    private static string Item(FrameItem item) => item switch
    {
        TextItem t => $"text {Mm(t.X)},{Mm(t.Baseline)} w={Mm(t.Width)} {t.Face.Name} {Num(t.Size)} {t.Color} {Quote(t.Text)}",
        RectItem r => $"rect {Box(r.Bounds)} fill={r.Fill?.ToString() ?? "-"} stroke={r.Stroke?.ToString() ?? "-"}/{Num(r.StrokeWidth)}",
        LineItem l => $"line {Mm(l.X1)},{Mm(l.Y1)} {Mm(l.X2)},{Mm(l.Y2)} {l.Stroke}/{Num(l.Width)}{(l.Dash.Count > 0 ? " dash" : "")}",
        EllipseItem e => $"ellipse {Box(e.Bounds)} fill={e.Fill?.ToString() ?? "-"} stroke={e.Stroke?.ToString() ?? "-"}/{Num(e.StrokeWidth)}",
        ImageItem i => $"image {Box(i.Bounds)} {i.Path} alt={Quote(i.AltText)}",
        PdfPageItem p => $"pdf-page {Box(p.Bounds)} {p.Name} page={p.Page} alt={Quote(p.AltText)}",
        PathItem p => $"path {p.Figures.Count} figure(s) {p.Figures.Sum(f => f.Segments.Count)} segment(s) from {Mm(p.Figures[0].X)},{Mm(p.Figures[0].Y)}"
            + $"{(p.Fill is { } f ? $" fill={f}" : "")}{(p.Stroke is { } s ? $" stroke={s} w={Num(p.StrokeWidth)}" : "")} alt={Quote(p.AltText)}",
        _ => item.GetType().Name,
    };

    private static string Box(Rect r) => $"[{Mm(r.X)},{Mm(r.Y)} {Mm(r.Width)}x{Mm(r.Height)}]";
    private static string Mm(double pt) => Units.ToMm(pt).ToString("0.00", CultureInfo.InvariantCulture);
    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Quotes text and shows invisible spaces, so a lost no-break space shows in a diff.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\u00A0", "⍽").Replace("\u202F", "·") + "\"";
}
