namespace Objecteur.Print.Press;

/// <summary>One crop mark: a horizontal or vertical segment (mm, from the sheet's top-left) lying on the
/// line of a cut. Render strokes it at 0.25 pt in registration black.</summary>
public readonly record struct CropMark(MmPoint Start, MmPoint End)
{
    public bool IsHorizontal => Start.Y == End.Y;
}
