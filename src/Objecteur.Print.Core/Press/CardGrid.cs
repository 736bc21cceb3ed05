namespace Objecteur.Print.Press;

/// <summary>
/// N-up imposition: as many copies of one piece (card, flyer, label) as fit on a sheet, in a centred grid,
/// with room around the grid for the bleed and the crop marks, and the verso placed to back the recto.
/// </summary>
public static class CardGrid
{
    private const double Epsilon = 1e-9;

    public static CardSheet Layout(CardGridOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrimWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrimHeight);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Bleed);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Margin);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Gutter ?? 2 * options.Bleed, 2 * options.Bleed);
        if (options.MaxCells is { } max) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Frame);
        if (options.Frame > 0 && options.Bleed > 0) throw new ArgumentException("a framed piece has no bleed", nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(2 * options.Frame, Math.Min(options.TrimWidth, options.TrimHeight));
        if (options.Marks is { } marks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(marks.Length);
            ArgumentOutOfRangeException.ThrowIfNegative(marks.Offset);
        }

        var asGiven = Layout(options, options.Sheet);
        var turned = Layout(options, options.Sheet.Rotated);
        return turned.Cells.Count > asGiven.Cells.Count ? turned : asGiven;
    }

    /// <summary>Where a mark starts, from the trim: never inside the bleed.</summary>
    private static double MarkOffset(CardGridOptions o, CropMarkSettings marks) => Math.Max(marks.Offset, o.Bleed);

    private static CardSheet Layout(CardGridOptions o, SheetSize sheet)
    {
        // Around the whole grid: the bleed, or the marks when they reach further. Framed pieces are marked
        // inside their frames and may reach into the margin as far as their frames.
        var outer = o.Marks is { } marks && o.Frame == 0 ? Math.Max(o.Bleed, MarkOffset(o, marks) + marks.Length) : o.Bleed;
        var margin = Math.Max(0, o.Margin - o.Frame);
        var gutter = o.Gutter ?? 2 * o.Bleed;
        var columns = Axis(sheet.Width, o.TrimWidth, gutter, outer, margin, o);
        var rows = Axis(sheet.Height, o.TrimHeight, gutter, outer, margin, o);
        var flip = o.Flip ?? sheet.UprightFlip;
        var count = Math.Min(columns.Count * rows.Count, o.MaxCells ?? int.MaxValue);
        var present = new HashSet<(int Row, int Column)>(Enumerable.Range(0, count).Select(i => (i / Math.Max(1, columns.Count), i % Math.Max(1, columns.Count))));

        var cells = new List<CardCell>();
        foreach (var (row, column) in present.OrderBy(p => p.Row).ThenBy(p => p.Column))
        {
            var trim = new MmRect(columns.Start(column), rows.Start(row), o.TrimWidth, o.TrimHeight);
            // A butted side gets no bleed: the neighbour's trim starts right there.
            double Side(bool butted, int r, int c) => butted && present.Contains((r, c)) ? 0 : o.Bleed;
            var left = Side(columns.Butted, row, column - 1);
            var right = Side(columns.Butted, row, column + 1);
            var top = Side(rows.Butted, row - 1, column);
            var bottom = Side(rows.Butted, row + 1, column);
            var artwork = o.Frame > 0
                ? new MmRect(trim.X + o.Frame, trim.Y + o.Frame, trim.Width - 2 * o.Frame, trim.Height - 2 * o.Frame)
                : new MmRect(trim.X - left, trim.Y - top, trim.Width + left + right, trim.Height + top + bottom);
            cells.Add(new CardCell(cells.Count, row, column, trim, artwork, sheet.Verso(trim, flip), sheet.Verso(artwork, flip)));
        }
        var cropMarks = o.Marks is { } m ? CropMarks(cells, sheet, o, m) : [];
        var versoMarks = cropMarks.Select(mark => Segment(sheet.Verso(Box(mark), flip))).ToList();
        return new CardSheet(sheet, columns.Count, rows.Count, columns.Butted, rows.Butted, cells, cropMarks, versoMarks, flip, o.Frame);
    }

    /// <summary>Pieces along one direction of the sheet, and whether they are butted.</summary>
    private sealed record AxisFit(int Count, bool Butted, double First, double Step)
    {
        public double Start(int index) => First + index * Step;
    }

    private static AxisFit Axis(double sheetLength, double trim, double gutter, double outer, double margin, CardGridOptions o)
    {
        var room = sheetLength - 2 * margin - 2 * outer;
        int Fit(double step) => room < trim - Epsilon ? 0 : (int)Math.Floor((room - trim) / step + Epsilon) + 1;
        var separated = Fit(trim + gutter);
        var butted = o.AllowButting ? Fit(trim) : 0;
        var useButting = butted > separated;
        var count = useButting ? butted : separated;
        var step = useButting ? trim : trim + gutter;
        var span = count * trim + Math.Max(0, count - 1) * (step - trim);
        return new AxisFit(count, useButting && count > 1, (sheetLength - span) / 2, step);
    }

    /// <summary>
    /// Two marks per trim corner, each on the extension of one edge and pointing away from the piece; then
    /// every mark that would enter a bleed, touch a piece or leave the printable area is dropped, and marks
    /// on the same cut line that meet are merged. What is left marks each cut at the edges of the grid, and
    /// in a gutter only where a mark fits between the bleeds. Framed pieces also get marks inside their
    /// frames (<see cref="FrameMarks"/>).
    /// </summary>
    private static List<CropMark> CropMarks(List<CardCell> cells, SheetSize sheet, CardGridOptions o, CropMarkSettings settings)
    {
        var near = MarkOffset(o, settings);
        var far = near + settings.Length;
        var printable = new MmRect(o.Margin, o.Margin, sheet.Width - 2 * o.Margin, sheet.Height - 2 * o.Margin);
        var candidates = new List<CropMark>();
        foreach (var cell in cells)
        {
            var t = cell.Trim;
            foreach (var (x, dx) in new[] { (t.X, -1), (t.Right, 1) })
                foreach (var (y, dy) in new[] { (t.Y, -1), (t.Bottom, 1) })
                {
                    candidates.Add(new CropMark(new MmPoint(Math.Min(x + dx * near, x + dx * far), y), new MmPoint(Math.Max(x + dx * near, x + dx * far), y)));
                    candidates.Add(new CropMark(new MmPoint(x, Math.Min(y + dy * near, y + dy * far)), new MmPoint(x, Math.Max(y + dy * near, y + dy * far))));
                }
        }
        var kept = candidates.Where(mark => printable.Contains(Box(mark))
            && cells.All(c => !Crosses(mark, c.Artwork) && !Touches(mark, c.Trim)));
        var inFrames = o.Frame > 0
            ? FrameMarks(cells, printable, settings.Length).Where(mark => printable.Contains(Box(mark)) && cells.All(c => !Crosses(mark, c.Artwork)))
            : [];
        return Merge(kept.Concat(inFrames));
    }

    /// <summary>For every cut line of framed pieces, a mark at each end of the line, starting where the
    /// printable area does (or at the grid's edge when that lies further in): on the trim, in the white of the
    /// frames. A line the printer cannot reach (a trim within the margin) is the paper's own edge.</summary>
    private static IEnumerable<CropMark> FrameMarks(List<CardCell> cells, MmRect printable, double length)
    {
        if (cells.Count == 0) yield break;
        var (left, top) = (Math.Max(printable.X, cells.Min(c => c.Trim.X)), Math.Max(printable.Y, cells.Min(c => c.Trim.Y)));
        var (right, bottom) = (Math.Min(printable.Right, cells.Max(c => c.Trim.Right)), Math.Min(printable.Bottom, cells.Max(c => c.Trim.Bottom)));
        foreach (var x in cells.SelectMany(c => new[] { c.Trim.X, c.Trim.Right }).Distinct())
        {
            yield return new CropMark(new MmPoint(x, top), new MmPoint(x, top + length));
            yield return new CropMark(new MmPoint(x, bottom - length), new MmPoint(x, bottom));
        }
        foreach (var y in cells.SelectMany(c => new[] { c.Trim.Y, c.Trim.Bottom }).Distinct())
        {
            yield return new CropMark(new MmPoint(left, y), new MmPoint(left + length, y));
            yield return new CropMark(new MmPoint(right - length, y), new MmPoint(right, y));
        }
    }

    private static MmRect Box(CropMark m) => new(m.Start.X, m.Start.Y, m.End.X - m.Start.X, m.End.Y - m.Start.Y);

    /// <summary>The mark whose <see cref="Box"/> is <paramref name="r"/> (a rectangle of zero width or height).</summary>
    private static CropMark Segment(MmRect r) => new(new MmPoint(r.X, r.Y), new MmPoint(r.Right, r.Bottom));

    /// <summary>Whether the mark runs through the inside of the rectangle (running along its edge does not count).</summary>
    private static bool Crosses(CropMark m, MmRect r) => Shares(m, r, Epsilon);

    /// <summary>Whether the mark runs through the rectangle or along its edge: a hairline on a trim edge would
    /// show on the piece. Ending at a corner, on the extension of an edge, is fine.</summary>
    private static bool Touches(CropMark m, MmRect r) => Shares(m, r, -Epsilon);

    /// <summary>Whether the mark shares a stretch of positive length with the rectangle shrunk by
    /// <paramref name="inset"/> across the mark (a negative inset takes the edges in).</summary>
    private static bool Shares(CropMark m, MmRect r, double inset) => m.IsHorizontal
        ? r.Y + inset < m.Start.Y && m.Start.Y < r.Bottom - inset && Math.Min(m.End.X, r.Right) - Math.Max(m.Start.X, r.X) > Epsilon
        : r.X + inset < m.Start.X && m.Start.X < r.Right - inset && Math.Min(m.End.Y, r.Bottom) - Math.Max(m.Start.Y, r.Y) > Epsilon;

    /// <summary>One mark per stretch of cut line: marks of neighbouring pieces that coincide or overlap become one.</summary>
    private static List<CropMark> Merge(IEnumerable<CropMark> marks)
    {
        var merged = new List<CropMark>();
        var lines = marks.GroupBy(m => (m.IsHorizontal, Line: Math.Round(m.IsHorizontal ? m.Start.Y : m.Start.X, 6)))
            .OrderByDescending(g => g.Key.IsHorizontal).ThenBy(g => g.Key.Line);
        foreach (var line in lines)
        {
            double From(CropMark m) => line.Key.IsHorizontal ? m.Start.X : m.Start.Y;
            double To(CropMark m) => line.Key.IsHorizontal ? m.End.X : m.End.Y;
            CropMark? current = null;
            foreach (var mark in line.OrderBy(From))
            {
                if (current is { } c && From(mark) <= To(c) + Epsilon)
                    current = To(mark) > To(c) ? c with { End = mark.End } : c;
                else
                {
                    if (current is { } done) merged.Add(done);
                    current = mark;
                }
            }
            if (current is { } last) merged.Add(last);
        }
        return merged;
    }
}
