namespace Objecteur.Print.Press;

/// <summary>What a pin sheet is printed on.</summary>
/// <param name="Margin">Border (mm) the printer cannot print; every cut circle stays inside it.</param>
/// <param name="Gap">Least distance (mm) between two cut circles, so a circle cutter has room (DESIGN: ≥ 3 mm).</param>
public sealed record PinSheetOptions(SheetSize Sheet, double Margin = 5, double Gap = 3)
{
    public static PinSheetOptions A4 { get; } = new(SheetSize.A4);
}
