namespace Objecteur.Print.Layout.Frames;

/// <summary>A rectangle in points, origin at the top-left of the page, y growing downwards
/// (the same convention as PDFsharp's <c>XGraphics</c>, so Render needs no flipping).</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public Rect Inflate(double d) => new(X - d, Y - d, Width + 2 * d, Height + 2 * d);
}
