namespace Objecteur.Print.Press;

/// <summary>
/// Places as many badge cut circles as fit on a sheet. Circles of one size pack densest in hexagonal rows,
/// but on a small sheet the edges decide, so a few regular arrangements are tried and the fullest wins:
/// a square grid, and hexagonal rows along either side of the sheet, starting with a full row or with an
/// offset one (the offset rows hold the same number of circles or one fewer, whichever fits).
/// </summary>
public static class PinSheetPacker
{
    // Guards the floor of « room / pitch » against rounding when the room is an exact multiple of the pitch.
    private const double Epsilon = 1e-9;

    /// <summary>The arrangement holding the most circles, centred on the sheet. Ties go to the square grid
    /// (straight cuts), then to the first tried; every candidate is centred, so none is better centred.</summary>
    public static PinSheet Pack(double cutDiameter, PinSheetOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cutDiameter);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Margin);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Gap);
        var sheet = options.Sheet;
        // Room for the centres: the printable area shrunk by a radius on each side.
        var roomX = sheet.Width - 2 * options.Margin - cutDiameter;
        var roomY = sheet.Height - 2 * options.Margin - cutDiameter;
        var pitch = cutDiameter + options.Gap;
        var candidates = new List<(PinLayout Layout, List<MmPoint> Centres)> { (PinLayout.SquareGrid, Square(roomX, roomY, pitch)) };
        foreach (var shiftedFirst in new[] { false, true })
        {
            candidates.Add((PinLayout.HexRows, Hex(roomX, roomY, pitch, shiftedFirst)));
            candidates.Add((PinLayout.HexColumns, Hex(roomY, roomX, pitch, shiftedFirst).Select(p => new MmPoint(p.Y, p.X)).ToList()));
        }
        var best = candidates[0];
        foreach (var candidate in candidates.Skip(1))
            if (candidate.Centres.Count > best.Centres.Count) best = candidate;
        return new PinSheet(sheet, cutDiameter, best.Layout, Centre(best.Centres, sheet));
    }

    /// <summary>Circles that fit along a room for centres of this length, one pitch apart.</summary>
    private static int CountAlong(double room, double pitch) => room < -Epsilon ? 0 : (int)Math.Floor(room / pitch + Epsilon) + 1;

    private static List<MmPoint> Square(double roomX, double roomY, double pitch)
    {
        var columns = CountAlong(roomX, pitch);
        var rows = CountAlong(roomY, pitch);
        return [.. from r in Enumerable.Range(0, rows) from c in Enumerable.Range(0, columns) select new MmPoint(c * pitch, r * pitch)];
    }

    /// <summary>Hexagonal rows running along x: neighbours in the next row sit half a pitch across and
    /// pitch·√3/2 down, exactly one pitch away.</summary>
    private static List<MmPoint> Hex(double roomAlong, double roomAcross, double pitch, bool shiftedFirst)
    {
        var rowSpacing = pitch * Math.Sqrt(3) / 2;
        var rows = CountAlong(roomAcross, rowSpacing);
        var full = CountAlong(roomAlong, pitch);
        var offset = CountAlong(roomAlong - pitch / 2, pitch);
        var centres = new List<MmPoint>();
        for (var r = 0; r < rows; r++)
        {
            var shifted = r % 2 == 1 != shiftedFirst;
            var count = shifted ? offset : full;
            for (var c = 0; c < count; c++)
                centres.Add(new MmPoint(c * pitch + (shifted ? pitch / 2 : 0), r * rowSpacing));
        }
        return centres;
    }

    /// <summary>Moves the arrangement so that its circles' bounding box is centred on the sheet, which
    /// spreads the leftover paper evenly and keeps every circle inside equal margins.</summary>
    private static List<MmPoint> Centre(List<MmPoint> centres, SheetSize sheet)
    {
        if (centres.Count == 0) return centres;
        var dx = sheet.Width / 2 - (centres.Min(p => p.X) + centres.Max(p => p.X)) / 2;
        var dy = sheet.Height / 2 - (centres.Min(p => p.Y) + centres.Max(p => p.Y)) / 2;
        return centres.Select(p => new MmPoint(p.X + dx, p.Y + dy)).ToList();
    }
}
