namespace Objecteur.Print;

/// <summary>A rectangle on a sheet in millimetres, origin at the sheet's top-left, y growing downwards.
/// Print sizes are given in millimetres (envelope windows, pin diameters, sheets); Render converts.</summary>
public readonly record struct MmRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public MmPoint Centre => new(X + Width / 2, Y + Height / 2);

    /// <summary>Whether the interiors share some area (rectangles that only touch do not overlap).</summary>
    public bool Overlaps(MmRect other, double tolerance = 1e-9) =>
        Math.Min(Right, other.Right) - Math.Max(X, other.X) > tolerance
        && Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y) > tolerance;

    public bool Contains(MmRect other, double tolerance = 1e-9) =>
        other.X >= X - tolerance && other.Y >= Y - tolerance
        && other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;
}
