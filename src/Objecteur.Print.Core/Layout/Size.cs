namespace Objecteur.Print.Layout;

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height);

/// <summary>Points per millimetre: 72 pt to the inch, 25.4 mm to the inch.</summary>
public static class Units
{
    public const double PointsPerMm = 72.0 / 25.4;
    public static double Mm(double mm) => mm * PointsPerMm;
    public static double ToMm(double pt) => pt / PointsPerMm;
}
