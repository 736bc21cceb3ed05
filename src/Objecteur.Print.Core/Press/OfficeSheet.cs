namespace Objecteur.Print.Press;

/// <summary>
/// The A4 sheet of copies for an office printer, which leaves about 4 mm of the paper's edge blank:
/// nothing prints in the outer <see cref="Margin"/> mm. Pieces small enough to keep their bleed and crop
/// marks inside that border keep them (ten cards); pieces that fill the sheet (two A5, four A6) lie edge to
/// edge with a white frame of that width inside each trim, so that the border falls in white, the marks
/// lie in the frames and a cut a millimetre off still meets white. Whichever holds more copies is used,
/// bleed on a tie. The sheet turns about the pieces' vertical axis (<see cref="SheetSize.UprightFlip"/>).
/// </summary>
public static class OfficeSheet
{
    /// <summary>The unprintable border of an office printer (≈ 4 mm) and a millimetre to spare.</summary>
    public const double Margin = 5;

    /// <summary>Room (mm) kept between the note and a mark, a piece or its artwork.</summary>
    private const double Clearance = 1;

    public static CardSheet Layout(double trimWidth, double trimHeight)
    {
        var bleeding = CardGrid.Layout(new CardGridOptions(trimWidth, trimHeight, 3) { Margin = Margin });
        var framed = CardGrid.Layout(new CardGridOptions(trimWidth, trimHeight, 0) { Margin = Margin, Frame = Margin });
        return framed.Cells.Count > bleeding.Cells.Count ? framed : bleeding;
    }

    /// <summary>
    /// Where a one-line note of the given size (mm) prints on the recto: above the grid, in the widest gap
    /// between marks, when the printable area leaves room there outside every piece; else below it; else,
    /// on a sheet the pieces fill, in the white frame of the first piece along a cut it shares (turned a
    /// quarter along a vertical cut), the only white the printer reaches. <c>null</c> when none holds it.
    /// </summary>
    public static SheetNotePlace? Note(CardSheet sheet, double width, double height)
    {
        if (sheet.Cells.Count == 0) return null;
        var top = sheet.Cells.Min(c => Math.Min(c.Trim.Y, c.Artwork.Y)) - Clearance;
        var bottom = sheet.Cells.Max(c => Math.Max(c.Trim.Bottom, c.Artwork.Bottom)) + Clearance;
        var above = Band(sheet, Margin, top, width, height);
        if (above is not null) return above;
        var below = Band(sheet, bottom, sheet.Sheet.Height - Margin, width, height);
        if (below is not null) return below;
        return sheet.Frame > 0 ? InFrame(sheet, width, height) : null;
    }

    /// <summary>A horizontal band of the sheet, split by the marks that cross it: the note centred in the widest gap.</summary>
    private static SheetNotePlace? Band(CardSheet sheet, double y0, double y1, double width, double height)
    {
        if (y1 - y0 < height) return null;
        var cuts = sheet.Marks.Where(m => Math.Min(m.Start.Y, m.End.Y) < y1 && Math.Max(m.Start.Y, m.End.Y) > y0)
            .Select(m => (From: m.Start.X - Clearance, To: m.End.X + Clearance)).OrderBy(m => m.From).ToList();
        var gaps = new List<(double From, double To)>();
        var from = Margin;
        foreach (var cut in cuts)
        {
            if (cut.From > from) gaps.Add((from, cut.From));
            from = Math.Max(from, cut.To);
        }
        gaps.Add((from, sheet.Sheet.Width - Margin));
        var widest = gaps.MaxBy(g => g.To - g.From);
        if (widest.To - widest.From < width) return null;
        var centre = new MmPoint((widest.From + widest.To) / 2, (y0 + y1) / 2);
        return new SheetNotePlace(centre, Turned: false);
    }

    /// <summary>The first piece's frame along the cut it shares with its right neighbour (else the one below).</summary>
    private static SheetNotePlace? InFrame(CardSheet sheet, double width, double height)
    {
        var first = sheet.Cells[0];
        var room = sheet.Frame - Clearance;
        if (room < height) return null;
        var alongSide = first.Trim.Height - 2 * (sheet.Frame + Clearance);
        if (sheet.Cells.Any(c => c.Row == first.Row && c.Column == first.Column + 1) && alongSide >= width)
            return new SheetNotePlace(new MmPoint(first.Trim.Right - room / 2, first.Trim.Centre.Y), Turned: true);
        var alongBottom = first.Trim.Width - 2 * (sheet.Frame + Clearance);
        if (sheet.Cells.Any(c => c.Column == first.Column && c.Row == first.Row + 1) && alongBottom >= width)
            return new SheetNotePlace(new MmPoint(first.Trim.Centre.X, first.Trim.Bottom - room / 2), Turned: false);
        return null;
    }
}

/// <summary>Where a sheet's note prints: the centre of its line (mm, from the sheet's top left), and whether
/// it reads upwards, turned a quarter.</summary>
public readonly record struct SheetNotePlace(MmPoint Centre, bool Turned);
