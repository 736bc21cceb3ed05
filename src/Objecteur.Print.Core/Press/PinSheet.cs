namespace Objecteur.Print.Press;

/// <summary>Cut circles placed on one sheet: Render draws one badge artwork centred on each.</summary>
/// <param name="Centres">Circle centres (mm from the sheet's top-left), row by row.</param>
public sealed record PinSheet(SheetSize Sheet, double Diameter, PinLayout Layout, IReadOnlyList<MmPoint> Centres);
