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
/// <para>With a <c>&lt;continued&gt;</c> child (« (suite) »), a split row's continuation shows its
/// label cell (the first column) again, followed by those blocks, so the reader of the next page
/// knows whose row it is; both are pagination artifacts, as the repeated header is.</para>
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
    /// <summary>Per row, its label cell followed by the « (suite) » blocks; null without <c>&lt;continued&gt;</c>.</summary>
    private readonly IReadOnlyList<Element>? _labels;

    /// <summary>Progress: the first row not fully drawn, and whether it was split (its cells then
    /// hold where they stopped).</summary>
    private readonly record struct TableProgress(int Next, bool Resumed);

    /// <summary>Each row's height from its start at a width, memoised for the pass.</summary>
    private sealed record RowHeights(double Width, double[] Heights);

    /// <summary>Share of the page's text area over which a row is long enough to be split.</summary>
    private const double LongRowShare = 1.0 / 3;

    private TableElement(SourceSpan source, IReadOnlyList<(double, double)> columns, IReadOnlyList<Element[]> rows, int headerRows,
        double border, Color borderColor, double padding, Color? headerBackground, IReadOnlyList<Element>? labels) : base(source)
    {
        _columns = columns;
        _rows = rows;
        _headerRows = headerRows;
        _border = border;
        _borderColor = borderColor;
        _padding = padding;
        _headerBackground = headerBackground;
        _labels = labels;
    }

    private static TableElement Create(MarkupBuilder b, XElement node, AttributeReader a, TextProps props)
    {
        var columns = Columns(a, node);
        b.RejectLooseText(node);
        var rows = new List<Element[]>();
        var continued = b.Continued(node, props);
        var labels = new List<Element>();
        foreach (var tr in node.Elements().Where(e => e.Name.LocalName != MarkupBuilder.ContinuedName))
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
            if (continued is not null) labels.Add(new ColumnElement(b.Span(tr), [cells[0], continued], 0));
        }
        var headerRows = (int)(a.Number("header-rows") ?? 0);
        if (headerRows >= rows.Count && rows.Count > 0)
            throw a.Error(node.Attribute("header-rows"), "le tableau n'a que des lignes d'en-tête", "header-rows compte les lignes d'en-tête, répétées sur chaque page : il faut au moins une ligne de plus.");
        return new TableElement(b.Span(node), columns, rows, headerRows, a.Length("border") ?? 0.5, a.Color("border-color") ?? props.Color,
            a.Length("padding") ?? Units.Mm(1.5), a.Color("header-background"), continued is null ? null : labels);
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

    public override bool AtStart(ProgressView progress) => progress.Of<TableProgress>(this) == default;

    private double[] Widths(double available)
    {
        var fixedTotal = _columns.Sum(c => c.Fixed);
        var shares = _columns.Sum(c => c.Share);
        var rest = Math.Max(0, available - fixedTotal);
        return _columns.Select(c => c.Share > 0 ? rest * c.Share / shares : c.Fixed).ToArray();
    }

    /// <summary>Row heights at a width: each cell measured from its start, with room to spare.
    /// A split row's entry is not used: it is measured from where its cells stopped.</summary>
    private double[] Heights(LayoutContext context, ProgressView progress, double width)
    {
        if (progress.Memo.Find<RowHeights>(this) is { } h && Math.Abs(h.Width - width) < 1e-9) return h.Heights;
        var widths = Widths(width);
        var p = progress.Of<TableProgress>(this);
        ProgressView start = progress.Fresh();
        var heights = _rows.Select((_, r) => p.Resumed && r == p.Next ? double.NaN : Height(context, start, r, widths, false)).ToArray();
        return progress.Memo.Keep(this, new RowHeights(width, heights)).Heights;
    }

    /// <summary>What a row needs from where its cells are in <paramref name="progress"/>.</summary>
    private double Height(LayoutContext context, ProgressView progress, int r, double[] widths, bool resumed) => widths.Select((width, i) =>
    {
        var (cell, from) = Cell(context, progress, r, i, widths, resumed);
        return cell.Measure(context, from, new Size(width - 2 * _padding, 100_000)).Height + 2 * _padding;
    }).Max();

    /// <summary>A row's cell and where it stands: on the continuation of a split row whose label
    /// cell is finished, that label again with the « (suite) » blocks, from their start.</summary>
    private (Element Cell, ProgressView From) Cell(LayoutContext context, ProgressView progress, int r, int c, double[] widths, bool resumed) =>
        resumed && c == 0 && _labels is not null
            && _rows[r][0].Measure(context, progress, new Size(widths[0] - 2 * _padding, 100_000)).Kind == SpaceKind.Empty
            ? (_labels[r], progress.Fresh())
            : (_rows[r][c], progress);

    /// <summary>The rows of one page: the header again, then whole rows from <c>Start</c> to
    /// <c>End</c>, then, if <c>SplitHeight</c> is set, the first part of row <c>End</c>.</summary>
    private readonly record struct PageRows(int Start, int End, double Height, double? SplitHeight);

    private PageRows Fit(LayoutContext context, ProgressView progress, Size available)
    {
        var heights = Heights(context, progress, available.Width);
        var widths = Widths(available.Width);
        var (next, resumed) = progress.Of<TableProgress>(this);
        var start = Math.Max(next, _headerRows);
        var used = 0.0;
        for (var i = 0; i < _headerRows; i++) used += heights[i];
        var end = start;
        while (end < _rows.Count)
        {
            var height = resumed && end == next ? Height(context, progress, end, widths, true) : heights[end];
            if (used + height <= available.Height + 1e-6)
            {
                used += height;
                end++;
                continue;
            }
            var from = resumed && end == next ? progress : progress.Fresh();
            if (height > context.Content.Height * LongRowShare && Split(context, from, end, widths, available.Height - used, resumed && end == next) is { } part)
                return new PageRows(start, end, used + part, part);
            break;
        }
        return new PageRows(start, end, used, null);
    }

    /// <summary>How tall the first part of a row is in <paramref name="room"/>, its cells as far as
    /// <paramref name="progress"/> says, or null when an unfinished cell can place nothing there
    /// (the row then waits for the next page).</summary>
    private double? Split(LayoutContext context, ProgressView progress, int r, double[] widths, double room, bool resumed)
    {
        var inner = room - 2 * _padding;
        if (inner <= 0) return null;
        var tallest = 0.0;
        for (var i = 0; i < widths.Length; i++)
        {
            var (cell, from) = Cell(context, progress, r, i, widths, resumed);
            var plan = cell.Measure(context, from, new Size(widths[i] - 2 * _padding, inner));
            if (plan.Kind == SpaceKind.Wrap) return null;
            tallest = Math.Max(tallest, plan.Height);
        }
        return tallest + 2 * _padding;
    }

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var next = progress.Of<TableProgress>(this).Next;
        if (_rows.Count == 0) return next == 0 ? SpacePlan.Full(available.Width, 0) : SpacePlan.Empty;
        if (next >= _rows.Count) return SpacePlan.Empty;
        var page = Fit(context, progress, available);
        if (page.End == page.Start && page.SplitHeight is null) return SpacePlan.Wrap;
        return page.End == _rows.Count ? SpacePlan.Full(available.Width, page.Height) : SpacePlan.Partial(available.Width, page.Height);
    }

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var page = Fit(context, state, new Size(area.Width, area.Height));
        var heights = Heights(context, state, area.Width);
        var widths = Widths(area.Width);
        var (next, resumed) = state.Get<TableProgress>(this);
        using var table = context.Open(state.Memo, this, StructureKind.Table);
        var y = area.Y;
        // The header rows belong to the table once, where it begins. Repeated on the pages it
        // continues on, they are pagination artifacts, as a running head is: a screen reader reads
        // one table with one header row, and each header cell's column scope covers every row.
        void Header()
        {
            foreach (var r in Enumerable.Range(0, _headerRows))
                y += DrawRow(context, state.Fresh(), r, area.X, y, widths, heights[r], false);
        }
        if (next == 0) Header();
        else
            using (context.AsArtifacts(ArtifactKind.Pagination)) Header();
        for (var r = page.Start; r < page.End; r++)
        {
            var continued = resumed && r == next;
            y += continued
                ? DrawRow(context, state, r, area.X, y, widths, Height(context, state, r, widths, true), true)
                : DrawRow(context, state.Fresh(), r, area.X, y, widths, heights[r], false);
        }
        // The split row continues on the next page from where its cells stop here.
        if (page.SplitHeight is { } split) DrawRow(context, state, page.End, area.X, y, widths, split, resumed && page.End == next);
        state.Set(this, new TableProgress(page.End, page.SplitHeight is not null));
    }

    /// <summary>Draws a row's cells from where they are in <paramref name="state"/> (a fresh state
    /// for a row drawn whole) with its background and borders; returns its height.</summary>
    private double DrawRow(LayoutContext context, LayoutState state, int r, double x, double y, double[] widths, double height, bool resumed)
    {
        using var row = context.Open(state.Memo, this, StructureKind.TableRow, part: r + 1);
        for (var c = 0; c < widths.Length; c++)
        {
            var content = Cell(context, state, r, c, widths, resumed).Cell;
            var repeated = !ReferenceEquals(content, _rows[r][c]);
            var cellState = repeated ? state.Fresh() : state;
            using var cellBlock = context.Open(state.Memo, _rows[r][c], r < _headerRows ? StructureKind.TableHeader : StructureKind.TableCell);
            var cell = new Rect(x, y, widths[c], height);
            if (r < _headerRows && _headerBackground is { } fill) context.Add(new RectItem(cell, fill, null, 0));
            if (_border > 0) context.Add(new RectItem(cell, null, _borderColor, _border));
            var inner = new Size(widths[c] - 2 * _padding, height - 2 * _padding);
            if (content.Measure(context, cellState, inner).Kind is not (SpaceKind.Empty or SpaceKind.Wrap))
                using (repeated ? context.AsArtifacts(ArtifactKind.Pagination) : (IDisposable?)null)
                    content.Draw(context, cellState, new Rect(x + _padding, y + _padding, inner.Width, inner.Height));
            x += widths[c];
        }
        return height;
    }
}
