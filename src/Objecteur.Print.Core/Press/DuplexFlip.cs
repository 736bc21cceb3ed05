namespace Objecteur.Print.Press;

/// <summary>Which edge of the paper a duplex printer turns the sheet about (see <see cref="SheetSize.Verso"/>).</summary>
public enum DuplexFlip
{
    LongEdge,
    ShortEdge,
}
