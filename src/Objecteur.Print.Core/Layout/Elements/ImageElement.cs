using System.Buffers.Binary;
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

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var (w, h) = Fit(available.Width);
        return h <= available.Height + 1e-6 ? SpacePlan.Full(w, h) : SpacePlan.Wrap;
    }

    public override void Draw(LayoutContext context, Rect area)
    {
        var (w, h) = Fit(area.Width);
        context.Add(new ImageItem(new Rect(area.X, area.Y, w, h), path, data, alt, alt.Length > 0 ? SemanticRole.Figure : SemanticRole.Artifact));
    }

    private (double W, double H) Fit(double available)
    {
        var scale = Math.Min(1, available / width);
        return (width * scale, height * scale);
    }

    private static Element Create(MarkupBuilder b, System.Xml.Linq.XElement node, AttributeReader a, TextProps _)
    {
        var src = a.RequiredText("src");
        var full = Path.GetFullPath(Path.Combine(b.Source.ResourceDirectory, src));
        if (!File.Exists(full))
            throw a.Error(node.Attribute("src"), $"image « {src} » introuvable", $"placez le fichier dans {b.Source.ResourceDirectory} ou corrigez le chemin (relatif au dossier content/).");
        var data = File.ReadAllBytes(full);
        var pixels = PixelSize(data) ?? throw a.Error(node.Attribute("src"), $"« {src} » n'est pas une image PNG ou JPEG lisible", "enregistrez l'image au format PNG ou JPEG.");
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

    /// <summary>Pixel size from a PNG IHDR or a JPEG SOF marker.</summary>
    internal static (int Width, int Height)? PixelSize(byte[] data)
    {
        if (data.Length > 24 && data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G')
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(20)));
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF) return null;
            var marker = data[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 5)));
            i += 2 + length;
        }
        return null;
    }
}
