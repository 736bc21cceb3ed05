using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Frames;

/// <summary>One positioned thing on a page. Layout produces these; Render draws them and the
/// layout dump prints them. Items are immutable and carry absolute page coordinates in points.</summary>
/// <remarks>An item is content of the block <see cref="Node"/> or, when it has none, an
/// artifact of kind <see cref="Artifact"/>; the layout context sets both as the item is placed.</remarks>
public abstract record FrameItem
{
    public StructureNode? Node { get; init; }
    public ArtifactKind Artifact { get; init; }

    /// <summary>Says something to a reader (text, an image with its alt text), as opposed to
    /// decoration: only such items belong to a block.</summary>
    public abstract bool IsContent { get; }
}

/// <summary>A run of text in one font, drawn from its baseline origin (<paramref name="X"/>,
/// <paramref name="Baseline"/>). <paramref name="Width"/> is the measured advance.</summary>
public sealed record TextItem(
    double X, double Baseline, double Width, string Text, FontFace Face, double Size, Color Color) : FrameItem
{
    public override bool IsContent => true;
}

/// <summary>A rectangle with optional fill and stroke (stroke width 0 = none).</summary>
public sealed record RectItem(Rect Bounds, Color? Fill, Color? Stroke, double StrokeWidth) : FrameItem
{
    public override bool IsContent => false;
}

/// <summary>A straight line; <paramref name="Dash"/> is an on/off pattern in points (empty = solid).</summary>
public sealed record LineItem(double X1, double Y1, double X2, double Y2, Color Stroke, double Width, IReadOnlyList<double> Dash) : FrameItem
{
    public override bool IsContent => false;
}

/// <summary>An ellipse inscribed in <paramref name="Bounds"/> (a circle when square).</summary>
public sealed record EllipseItem(Rect Bounds, Color? Fill, Color? Stroke, double StrokeWidth) : FrameItem
{
    public override bool IsContent => false;
}

/// <summary>A raster image scaled into <paramref name="Bounds"/>; <paramref name="AltText"/> is
/// what a screen reader says (empty for a decoration).</summary>
public sealed record ImageItem(Rect Bounds, string Path, byte[] Data, string AltText) : FrameItem
{
    public override bool IsContent => AltText.Length > 0;
}

/// <summary>A page of another PDF, scaled to fit inside <paramref name="Bounds"/> and centred (the
/// kit catalogue's thumbnails). <paramref name="Name"/> is the file it comes from.</summary>
public sealed record PdfPageItem(Rect Bounds, string Name, byte[] Data, int Page, string AltText) : FrameItem
{
    public override bool IsContent => AltText.Length > 0;
}

/// <summary>A vector shape (a pictogram's stroke or fill) in absolute page coordinates: figures
/// of lines and cubic curves, drawn in one colour. <paramref name="RoundCaps"/> and
/// <paramref name="RoundJoins"/> keep an outline icon's soft ends.</summary>
public sealed record PathItem(
    IReadOnlyList<PathFigure> Figures, Color? Fill, Color? Stroke, double StrokeWidth, bool RoundCaps, bool RoundJoins,
    string AltText) : FrameItem
{
    public override bool IsContent => AltText.Length > 0;
}

/// <summary>A connected run of segments from (<paramref name="X"/>, <paramref name="Y"/>).</summary>
public sealed record PathFigure(double X, double Y, IReadOnlyList<PathSegment> Segments, bool Closed);

/// <summary>A straight line to (<paramref name="X"/>, <paramref name="Y"/>), or a cubic curve
/// with two control points when <paramref name="Curve"/> is set.</summary>
public sealed record PathSegment(double X1, double Y1, double X2, double Y2, double X, double Y, bool Curve);
