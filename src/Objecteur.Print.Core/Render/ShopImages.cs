using Objecteur.Print.Layout.Frames;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Filters;

namespace Objecteur.Print.Render;

/// <summary>
/// Raster images of a print shop's copy in the inks it prints with. PDFsharp writes a PNG's pixels as
/// <c>/DeviceRGB</c> whatever the document's colour mode, and its alpha as a soft mask (transparency,
/// which PDF/X-1a forbids). So the images are first laid on what lies under them (<see cref="OnBackdrop"/>),
/// and once drawn every RGB image becomes <c>/DeviceCMYK</c> with the conversion PDFsharp applies to
/// colours (full grey-component replacement: a grey pixel is black ink alone), or <c>/DeviceGray</c>
/// when it is grey already. The samples are recompressed with PDFsharp's own encoder, deterministic
/// like the rest of the file.
/// </summary>
internal static class ShopImages
{
    /// <summary>Each image of the page made opaque on the colour it was drawn over: the last filled rectangle
    /// before it that covers it (a flyer's background), else the paper's white.</summary>
    public static PageFrame OnBackdrop(PageFrame page) =>
        page with { Items = page.Items.Select((item, at) => item is ImageItem image ? Opaque(image, Backdrop(page, at, image.Bounds)) : item).ToList() };

    private static ImageItem Opaque(ImageItem image, Color under) => image with { Data = Content.RasterImage.Opaque(image.Data, under.R, under.G, under.B) };

    private static Color Backdrop(PageFrame page, int at, Rect bounds) =>
        page.Items.Take(at).OfType<RectItem>().LastOrDefault(r => r.Fill is not null
            && r.Bounds.X <= bounds.X && r.Bounds.Y <= bounds.Y && r.Bounds.Right >= bounds.Right && r.Bounds.Bottom >= bounds.Bottom)?.Fill ?? Color.White;

    public static void ToCmyk(PdfDocument pdf)
    {
        foreach (var image in pdf.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (image.Elements.GetName("/Subtype") != "/Image" || image.Elements.GetName("/ColorSpace") != "/DeviceRGB"
                || image.Elements.GetInteger("/BitsPerComponent") != 8 || image.Stream is null)
                continue;
            var rgb = image.Stream.UnfilteredValue;
            var cmyk = new byte[rgb.Length / 3 * 4];
            for (int i = 0, o = 0; i + 2 < rgb.Length; i += 3, o += 4)
            {
                int c = 255 - rgb[i], m = 255 - rgb[i + 1], y = 255 - rgb[i + 2];
                var k = Math.Min(c, Math.Min(m, y));
                var rest = 255 - k;
                (cmyk[o], cmyk[o + 1], cmyk[o + 2], cmyk[o + 3]) = rest == 0 ? ((byte)0, (byte)0, (byte)0, (byte)k)
                    : ((byte)Math.Round(255.0 * (c - k) / rest), (byte)Math.Round(255.0 * (m - k) / rest), (byte)Math.Round(255.0 * (y - k) / rest), (byte)k);
            }
            image.Elements.Remove("/DecodeParms");
            image.Stream.Value = new FlateDecode().Encode(cmyk, pdf.Options.FlateEncodeMode);
            image.Elements["/Filter"] = new PdfName("/FlateDecode");
            image.Elements["/ColorSpace"] = new PdfName("/DeviceCMYK");
        }
    }
}
