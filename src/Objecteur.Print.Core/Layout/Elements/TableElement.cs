using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;table columns border border-color padding header-rows header-background&gt;</c> with
/// <c>&lt;tr&gt;</c> rows of <c>&lt;td&gt;</c> cells: a grid that may run over several pages. A row
/// is never split; the header rows are repeated at the top of every page the table continues on.
/// </summary>
/// <remarks><c>columns</c> lists the column widths: lengths (<c>35mm</c>) and shares of what
/// remains (<c>1fr</c>, <c>2fr</c>), as in CSS grids.</remarks>
public sealed class TableElement : Element
{
    public static readonly ElementDefinition Definition = new("table",
        ["columns", "border", "border-color", "padding", "header-rows", "header-background"], Create);

    private readonly IReadOnlyList<(double Fixed, double Share)> _columns;
    private readonly IReadOnlyList<Element[]> _rows;
    private readonly int _headerRows;
    private readonly double _border;
    private readonly Color _borderColor;
    private readonly double _padding;
    private readonly Color? _headerBackground;
    private (double Width, double[] Heights)? _heights;
    private int _next;

    private TableElement(SourceSpan source, IReadOnlyList<(double, double)> columns, IReadOnlyList<Element[]> rows, int headerRows,
        double border, Color borderColor, double padding, Color? headerBackground) : base(source)
    {
        _columns = columns;
        _rows = rows;
        _headerRows = headerRows;
        _border = border;
        _borderColor = borderColor;
        _padding = padding;
        _headerBackground = headerBackground;
    }

    private static TableElement Create(MarkupBuilder b, XElement node, AttributeReader a, TextProps props)
    {
        var columns = Columns(a, node);
        b.RejectLooseText(node);
        var rows = new List<Element[]>();
        foreach (var tr in node.Elements())
        {
            if (tr.Name.LocalName != "tr") throw Misplaced(b, tr, "<table> ne contient que des lignes <tr>");
            _ = new AttributeReader(tr, b.Source, []); // a <tr> takes no attributes: reject any
            b.RejectLooseText(tr);
            var cells = tr.Elements().Select(td =>
            {
                if (td.Name.LocalName != "td") throw Misplaced(b, td, "une ligne <tr> ne contient que des cellules <td>");
                return b.Content(td, props.With(new AttributeReader(td, b.Source, [])));
            }).ToArray();
            if (cells.Length != columns.Count)
                throw Misplaced(b, tr, $"cette ligne a {cells.Length} cellule{(cells.Length > 1 ? "s" : "")} pour {columns.Count} colonnes");
            rows.Add(cells);
        }
        var headerRows = (int)(a.Number("header-rows") ?? 0);
        if (headerRows >= rows.Count && rows.Count > 0)
            throw a.Error(node.Attribute("header-rows"), "le tableau n'a que des lignes d'en-tête", "header-rows compte les lignes d'en-tête, répétées sur chaque page : il faut au moins une ligne de plus.");
        return new TableElement(b.Span(node), columns, rows, headerRows, a.Length("border") ?? 0.5, a.Color("border-color") ?? props.Color,
            a.Length("padding") ?? Units.Mm(1.5), a.Color("header-background"));
    }

    private static List<(double Fixed, double Share)> Columns(AttributeReader a, XElement node)
    {
        var spec = a.RequiredText("columns");
        var columns = new List<(double, double)>();
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.EndsWith("fr", StringComparison.Ordinal)
                && double.TryParse(part[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share > 0)
                columns.Add((0, share));
            else if (AttributeReader.ParseLength(part) is > 0 and var length)
                columns.Add((length, 0));
            else
                throw a.Error(node.Attribute("columns"), $"largeur de colonne « {part} » invalide", "écrivez des longueurs (35mm) ou des parts (1fr), séparées par des espaces.");
        }
        return columns;
    }

    private static DiagnosticException Misplaced(MarkupBuilder b, XElement node, string message)
    {
        var info = (IXmlLineInfo)node;
        return b.Source.Error(info.LineNumber, info.LinePosition, message, "écrivez <table columns=\"…\"><tr><td>…</td>…</tr>…</table>.");
    }

    public override bool AtStart => _next == 0;

    public override void Reset() => _next = 0;

    private double[] Widths(double available)
    {
        var fixedTotal = _columns.Sum(c => c.Fixed);
        var shares = _columns.Sum(c => c.Share);
        var rest = Math.Max(0, available - fixedTotal);
        return _columns.Select(c => c.Share > 0 ? rest * c.Share / shares : c.Fixed).ToArray();
    }

    /// <summary>Row heights at a width: each cell measured on its own, with room to spare.</summary>
    private double[] Heights(LayoutContext context, double width)
    {
        if (_heights is { } h && Math.Abs(h.Width - width) < 1e-9) return h.Heights;
        var widths = Widths(width);
        var heights = _rows.Select(cells => cells.Select((cell, i) =>
        {
            cell.Reset();
            var plan = cell.Measure(context, new Size(widths[i] - 2 * _padding, 100_000));
            return plan.Height + 2 * _padding;
        }).Max()).ToArray();
        _heights = (width, heights);
        return heights;
    }

    /// <summary>Rows of this page: the header again if the table continues, then whole rows.</summary>
    private (int End, double Height) Fit(LayoutContext context, Size available)
    {
        var heights = Heights(context, available.Width);
        var start = Math.Max(_next, _headerRows);
        var used = 0.0;
        for (var i = 0; i < _headerRows; i++) used += heights[i];
        var end = start;
        while (end < _rows.Count && used + heights[end] <= available.Height + 1e-6) used += heights[end++];
        return (end, used);
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        if (_rows.Count == 0) return _next == 0 ? SpacePlan.Full(available.Width, 0) : SpacePlan.Empty;
        if (_next >= _rows.Count) return SpacePlan.Empty;
        var (end, height) = Fit(context, available);
        if (end == Math.Max(_next, _headerRows)) return SpacePlan.Wrap;
        return end == _rows.Count ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(LayoutContext context, Rect area)
    {
        var (end, _) = Fit(context, new Size(area.Width, area.Height));
        var heights = Heights(context, area.Width);
        var widths = Widths(area.Width);
        var y = area.Y;
        var rows = Enumerable.Range(0, _headerRows).Concat(Enumerable.Range(Math.Max(_next, _headerRows), end - Math.Max(_next, _headerRows)));
        foreach (var r in rows)
        {
            var x = area.X;
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = new Rect(x, y, widths[c], heights[r]);
                if (r < _headerRows && _headerBackground is { } fill) context.Add(new RectItem(cell, fill, null, 0));
                if (_border > 0) context.Add(new RectItem(cell, null, _borderColor, _border));
                var content = _rows[r][c];
                content.Reset();
                content.Draw(context, new Rect(x + _padding, y + _padding, widths[c] - 2 * _padding, heights[r] - 2 * _padding));
                x += widths[c];
            }
            y += heights[r];
        }
        _next = end;
    }
}
