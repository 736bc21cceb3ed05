namespace Objecteur.Print.Press;

/// <summary>How the cut circles of a pin sheet are arranged.</summary>
public enum PinLayout
{
    /// <summary>Rows and columns: straight cuts, the easiest to cut with scissors or a guillotine.</summary>
    SquareGrid,

    /// <summary>Rows along the sheet's width, every other row offset by half a pitch and tucked into the hollows.</summary>
    HexRows,

    /// <summary>The same hexagonal packing turned a quarter: columns along the sheet's height.</summary>
    HexColumns,
}
