namespace Objecteur.Print.Press;

/// <summary>A sheet of paper as it goes through the printer, in millimetres, in the orientation it is laid out.</summary>
public readonly record struct SheetSize(double Width, double Height)
{
    public static SheetSize A4 => new(210, 297);

    public bool IsLandscape => Width > Height;

    /// <summary>Its size alone: the record's own printing would follow <see cref="Rotated"/> without end.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Width} × {Height} mm");

    /// <summary>The flip that turns the sheet about its vertical axis as laid out (the long edge of a portrait
    /// sheet, the short edge of a landscape one): upright pieces then back each other upright, as a
    /// leaflet is turned like a book page.</summary>
    public DuplexFlip UprightFlip => IsLandscape ? DuplexFlip.ShortEdge : DuplexFlip.LongEdge;

    /// <summary>The same sheet turned a quarter: portrait ↔ landscape.</summary>
    public SheetSize Rotated => new(Height, Width);

    /// <summary>
    /// Where a rectangle of the front lands on the back, in the back's own coordinates, when the sheet is
    /// turned over about an axis parallel to the named edge of the <em>paper</em> (as printer drivers and
    /// PDF's /Duplex mean it). On a portrait sheet a long-edge flip turns it like a book page (x mirrored)
    /// and a short-edge flip like a calendar (y mirrored); on a landscape sheet it is the other way round,
    /// which is why a landscape booklet prints with a short-edge flip.
    /// </summary>
    public MmRect Verso(MmRect front, DuplexFlip flip)
    {
        var axisIsVertical = (flip == DuplexFlip.LongEdge) != IsLandscape;
        return axisIsVertical
            ? front with { X = Width - front.Right }
            : front with { Y = Height - front.Bottom };
    }
}
