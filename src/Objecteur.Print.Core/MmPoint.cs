namespace Objecteur.Print;

/// <summary>A point on a sheet in millimetres, from the sheet's top-left corner, y growing downwards
/// (the convention of <see cref="Layout.Frames.Rect"/>, which is in points).</summary>
public readonly record struct MmPoint(double X, double Y);
