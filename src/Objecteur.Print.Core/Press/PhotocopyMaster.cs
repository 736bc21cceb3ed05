using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Press;

/// <summary>
/// A document's pages as an original for a photocopier, which renders colour as coarse grey dots
/// and large solid areas as streaks: the same layout (same lines, same pages), with every colour
/// made black, the page background left to the paper, every filled box turned into a thin outline
/// on white (so no text sits on a tint), and raster images in grey. Done on the laid-out frames
/// rather than through the templates' theme: a theme can change a colour, not turn a solid box into
/// an outline or make the white text that sat on it black.
/// </summary>
public static class PhotocopyMaster
{
    /// <summary>Below this size (pt) on its short side a filled shape is a rule or a bullet, drawn solid.</summary>
    public const double SolidUpTo = 2.5 * 72 / 25.4;

    /// <summary>The outline that stands for a filled box.</summary>
    private const double Outline = 0.6;

    public static LayoutDocument Convert(LayoutDocument document) =>
        document with { Pages = document.Pages.Select(p => p with { Items = p.Items.Select(Convert).OfType<FrameItem>().ToList() }).ToList() };

    private static FrameItem? Convert(FrameItem item) => item switch
    {
        RectItem { Artifact: ArtifactKind.Background } => null,
        RectItem r => r.Fill is null ? r with { Stroke = Ink(r.Stroke) }
            : Solid(r.Bounds) ? r with { Fill = Color.Black, Stroke = Ink(r.Stroke) }
            : r with { Fill = null, Stroke = Color.Black, StrokeWidth = Math.Max(r.Stroke is null ? 0 : r.StrokeWidth, Outline) },
        EllipseItem e => e.Fill is null ? e with { Stroke = Ink(e.Stroke) }
            : Solid(e.Bounds) ? e with { Fill = Color.Black, Stroke = Ink(e.Stroke) }
            : e with { Fill = null, Stroke = Color.Black, StrokeWidth = Math.Max(e.Stroke is null ? 0 : e.StrokeWidth, Outline) },
        TextItem t => t with { Color = Color.Black },
        LineItem l => l with { Stroke = Color.Black },
        PathItem p => p with { Fill = Ink(p.Fill), Stroke = Ink(p.Stroke) },
        ImageItem i => i with { Data = Content.RasterImage.Grey(i.Data) },
        _ => item,
    };

    private static bool Solid(Rect bounds) => Math.Min(bounds.Width, bounds.Height) <= SolidUpTo;

    /// <summary>Lines and pictograms print black, whatever colour (white on a tint included) they had.</summary>
    private static Color? Ink(Color? colour) => colour is null ? null : Color.Black;
}
