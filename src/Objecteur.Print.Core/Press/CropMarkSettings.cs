namespace Objecteur.Print.Press;

/// <summary>Size of crop marks: short hairlines on the extension of each cut, outside the artwork.</summary>
/// <param name="Length">Length of one mark (mm).</param>
/// <param name="Offset">Distance (mm) from the trim to the start of the mark. A mark never starts inside
/// the bleed: when the bleed is wider, the bleed's width is used instead, so a shaky cut never shows a
/// mark on the finished piece.</param>
public sealed record CropMarkSettings(double Length = 5, double Offset = 3)
{
    public static CropMarkSettings Default { get; } = new();
}
