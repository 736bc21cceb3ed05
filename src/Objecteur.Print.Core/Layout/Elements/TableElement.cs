using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;table columns border border-color padding header-rows header-background&gt;</c> with
/// <c>&lt;tr&gt;</c> rows of <c>&lt;td&gt;</c> cells: a grid that may run over several pages, its
/// header rows repeated at the top of every page it continues on.
/// </summary>
/// <remarks>
/// <para><c>columns</c> lists the column widths: lengths (<c>35mm</c>) and shares of what remains
/// (<c>1fr</c>, <c>2fr</c>), as in CSS grids.</para>
/// <para>A row that does not fit moves to the next page whole, unless it is long (over a third of
/// the page's text area): then it starts where it is and its cells continue under the repeated
/// header, each with its own pagination (widows and orphans included). A long row splits only
/// where every unfinished cell can place something, so a row label never lands a page after the
/// row's first lines; a row taller than a page no longer stops the layout.</para>
/// </remarks>
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
    /// <summary>Row <see cref="_next"/> was split: its cells hold where they stopped.</summary>
    private bool _resumed;

    /// <summary>Share of the page's text area over which a row is long enough to be split.</summary>
    private const double LongRowShare = 1.0 / 3;

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

    public override bool AtStart => _next == 0 && !_resumed;

    public override void Reset()
    {
        _next = 0;
        _resumed = false;
    }

    private double[] Widths(double available)
    {
        var fixedTotal = _columns.Sum(c => c.Fixed);
        var shares = _columns.Sum(c => c.Share);
        var rest = Math.Max(0, available - fixedTotal);
        return _columns.Select(c => c.Share > 0 ? rest * c.Share / shares : c.Fixed).ToArray();
    }

    /// <summary>Row heights at a width: each cell measured from its start, with room to spare.
    /// A split row's cells are left where they stopped (its entry is then not used).</summary>
    private double[] Heights(LayoutContext context, double width)
    {
        if (_heights is { } h && Math.Abs(h.Width - width) < 1e-9) return h.Heights;
        var widths = Widths(width);
        var heights = _rows.Select((cells, r) => _resumed && r == _next ? double.NaN : Height(context, cells, widths, reset: true)).ToArray();
        _heights = (width, heights);
        return heights;
    }

    /// <summary>What a row needs from where its cells are (from their start with <paramref name="reset"/>).</summary>
    private double Height(LayoutContext context, Element[] cells, double[] widths, bool reset) => cells.Select((cell, i) =>
    {
        if (reset) cell.Reset();
        var plan = cell.Measure(context, new Size(widths[i] - 2 * _padding, 100_000));
        return plan.Height + 2 * _padding;
    }).Max();

    /// <summary>The rows of one page: the header again, then whole rows from <c>Start</c> to
    /// <c>End</c>, then, if <c>SplitHeight</c> is set, the first part of row <c>End</c>.</summary>
    private readonly record struct PageRows(int Start, int End, double Height, double? SplitHeight);

    private PageRows Fit(LayoutContext context, Size available)
    {
        var heights = Heights(context, available.Width);
        var widths = Widths(available.Width);
        var start = Math.Max(_next, _headerRows);
        var used = 0.0;
        for (var i = 0; i < _headerRows; i++) used += heights[i];
        var end = start;
        while (end < _rows.Count)
        {
            var height = _resumed && end == _next ? Height(context, _rows[end], widths, reset: false) : heights[end];
            if (used + height <= available.Height + 1e-6)
            {
                used += height;
                end++;
                continue;
            }
            var fresh = !(_resumed && end == _next);
            if (height > context.Content.Height * LongRowShare && Split(context, _rows[end], widths, available.Height - used, fresh) is { } part)
                return new PageRows(start, end, used + part, part);
            break;
        }
        return new PageRows(start, end, used, null);
    }

    /// <summary>How tall the first part of a row is in <paramref name="room"/>, or null when an
    /// unfinished cell can place nothing there (the row then waits for the next page).</summary>
    private double? Split(LayoutContext context, Element[] cells, double[] widths, double room, bool fresh)
    {
        var inner = room - 2 * _padding;
        if (inner <= 0) return null;
        var tallest = 0.0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (fresh) cells[i].Reset();
            var plan = cells[i].Measure(context, new Size(widths[i] - 2 * _padding, inner));
            if (plan.Kind == SpaceKind.Wrap) return null;
            tallest = Math.Max(tallest, plan.Height);
        }
        return tallest + 2 * _padding;
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        if (_rows.Count == 0) return _next == 0 ? SpacePlan.Full(available.Width, 0) : SpacePlan.Empty;
        if (_next >= _rows.Count) return SpacePlan.Empty;
        var page = Fit(context, available);
        if (page.End == page.Start && page.SplitHeight is null) return SpacePlan.Wrap;
        return page.End == _rows.Count ? SpacePlan.Full(available.Width, page.Height) : SpacePlan.Partial(available.Width, page.Height);
    }

    public override void Draw(LayoutContext context, Rect area)
    {
        var page = Fit(context, new Size(area.Width, area.Height));
        var heights = Heights(context, area.Width);
        var widths = Widths(area.Width);
        var y = area.Y;
        foreach (var r in Enumerable.Range(0, _headerRows))
            y += DrawRow(context, r, area.X, y, widths, heights[r], whole: true);
        for (var r = page.Start; r < page.End; r++)
        {
            var resumed = _resumed && r == _next;
            y += DrawRow(context, r, area.X, y, widths, resumed ? Height(context, _rows[r], widths, reset: false) : heights[r], whole: !resumed);
        }
        // Fit has just measured the split row, from its start if it is new here.
        if (page.SplitHeight is { } split) DrawRow(context, page.End, area.X, y, widths, split, whole: false);
        _resumed = page.SplitHeight is not null;
        _next = page.End;
    }

    /// <summary>Draws a row's cells (from their start if <paramref name="whole"/>, else from where
    /// they stopped) with its background and borders; returns its height.</summary>
    private double DrawRow(LayoutContext context, int r, double x, double y, double[] widths, double height, bool whole)
    {
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = new Rect(x, y, widths[c], height);
            if (r < _headerRows && _headerBackground is { } fill) context.Add(new RectItem(cell, fill, null, 0));
            if (_border > 0) context.Add(new RectItem(cell, null, _borderColor, _border));
            var content = _rows[r][c];
            if (whole) content.Reset();
            var inner = new Size(widths[c] - 2 * _padding, height - 2 * _padding);
            if (content.Measure(context, inner).Kind is not (SpaceKind.Empty or SpaceKind.Wrap))
                content.Draw(context, new Rect(x + _padding, y + _padding, inner.Width, inner.Height));
            x += widths[c];
        }
        return height;
    }
}
