using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;image src width height alt&gt;</c>: a PNG or JPEG from the kit, scaled to the given
/// width and/or height (the other follows the image's proportions). The file is read when the
/// markup is parsed, so a missing image is reported before anything is drawn.
/// </summary>
public sealed class ImageElement(SourceSpan source, string path, byte[] data, double width, double height, string alt) : Element(source)
{
    public static readonly ElementDefinition Definition = new("image", ["src", "height", "alt"], Create);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var (w, h) = Fit(available.Width);
        return h <= available.Height + 1e-6 ? SpacePlan.Full(w, h) : SpacePlan.Wrap;
    }

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var (w, h) = Fit(area.Width);
        // An image without alt text is a decoration: an artifact, no figure.
        using var figure = alt.Length > 0 ? context.Open(state.Memo, this, StructureKind.Figure, altText: alt) : default;
        context.Add(new ImageItem(new Rect(area.X, area.Y, w, h), path, data, alt));
    }

    private (double W, double H) Fit(double available)
    {
        var scale = Math.Min(1, available / width);
        return (width * scale, height * scale);
    }

    private static Element Create(MarkupBuilder b, System.Xml.Linq.XElement node, AttributeReader a, TextProps _)
    {
        var src = a.RequiredText("src");
        var bytes = b.KitFile(node, a, src, $"image « {src} » introuvable", $"placez le fichier dans {b.Source.ResourceDirectory} ou corrigez le chemin (relatif au dossier content/).");
        Content.PreparedImage pixels;
        try
        {
            // Decoded, not only its header read: any PNG or JPEG is drawn, or refused here in French.
            pixels = Content.RasterImage.Prepare(bytes, src);
        }
        catch (Content.UnreadableImageException e)
        {
            throw a.Error(node.Attribute("src"), e.Message, e.Hint);
        }
        var data = pixels.Data;
        var ratio = pixels.Height / (double)pixels.Width;
        var width = a.Length("width");
        var height = a.Length("height");
        var (w, h) = (width, height) switch
        {
            ({ } ww, { } hh) => (ww, hh),
            ({ } ww, null) => (ww, ww * ratio),
            (null, { } hh) => (hh / ratio, hh),
            _ => throw a.Error(null, "<image> sans taille", "donnez au moins width=\"…\" ou height=\"…\" en mm."),
        };
        return new ImageElement(b.Span(node), src, data, w, h, a.Text("alt") ?? "");
    }
}
