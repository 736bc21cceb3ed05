namespace Objecteur.Print.Press;

/// <summary>What to place N-up and on what.</summary>
/// <param name="TrimWidth">Finished width of one piece (mm).</param>
/// <param name="TrimHeight">Finished height of one piece (mm).</param>
/// <param name="Bleed">How far (mm) the artwork runs past the trim so a slightly-off cut leaves no white edge.</param>
public sealed record CardGridOptions(double TrimWidth, double TrimHeight, double Bleed = 3)
{
    /// <summary>The sheet in either orientation: the one holding more pieces is used (this one on a tie).</summary>
    public SheetSize Sheet { get; init; } = SheetSize.A4;

    /// <summary>Border (mm) the printer cannot print: bleeds and marks stay inside it.</summary>
    public double Margin { get; init; } = 5;

    /// <summary>Distance (mm) between the trims of separated neighbours; at least two bleeds (the default),
    /// so that neighbouring bleeds never overlap.</summary>
    public double? Gutter { get; init; }

    /// <summary>Crop marks to leave room for, or <c>null</c> for none (e.g. a sheet simply cut in half).</summary>
    public CropMarkSettings? Marks { get; init; } = CropMarkSettings.Default;

    /// <summary>Whether pieces may be butted along a direction (one shared cut, no bleed between them) when
    /// that holds more pieces than separating them. Butted pieces need an exact cut: a stray millimetre
    /// shows the neighbour's artwork, hence butting only when it gains something.</summary>
    public bool AllowButting { get; init; } = true;

    /// <summary>How the duplex printer turns the sheet, which decides where each verso lands; by default
    /// about the pieces' vertical axis, whichever edge of the paper that is for the orientation chosen,
    /// so that every verso stands upright behind its recto when the piece is turned like a book page.</summary>
    public DuplexFlip? Flip { get; init; }

    /// <summary>White (mm) kept inside each trim, on every side: the artwork stops there. A piece with a
    /// frame may reach into <see cref="Margin"/> as far as its frame, so that pieces filling the sheet
    /// (two A5 on A4) print on an office printer, whose unprintable border falls in their frames; and the
    /// cut needs no precision, white meeting white. Used without a bleed.</summary>
    public double Frame { get; init; }

    /// <summary>At most this many pieces (the first ones in reading order), or <c>null</c> for as many as fit.</summary>
    public int? MaxCells { get; init; }
}
