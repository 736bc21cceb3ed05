using System.Buffers.Binary;
using System.IO.Compression;
using StbImageSharp;

namespace Objecteur.Print.Content;

/// <summary>An image the kit can draw: bytes PDFsharp reads, and its size in pixels.</summary>
public sealed record PreparedImage(byte[] Data, int Width, int Height);

/// <summary>An image that cannot be drawn, told in French: what is wrong and what to do.</summary>
public sealed class UnreadableImageException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}

/// <summary>
/// Checks an image by decoding it (not by reading its header) and hands the drawing stage bytes it
/// can read. PDFsharp's own PNG reader does not take every PNG (16-bit channels, interlacing, some
/// bit depths and palettes): every PNG is decoded (StbImageSharp reads 1 to 16 bits, palette, grey,
/// alpha, interlaced) and written again as a plain 8-bit PNG. A JPEG in RGB or grey is kept as it
/// is (PDF draws JPEG itself); a CMYK or YCCK JPEG, often drawn inverted, is converted to RGB.
/// </summary>
public static class RasterImage
{
    private const string Convert = "ouvrez-la dans un logiciel d'images (GIMP, Paint, Aperçu…) et enregistrez-la en PNG ou en JPEG (RGB), puis relancez.";

    /// <param name="name">The file as the user knows it, for messages.</param>
    public static PreparedImage Prepare(byte[] data, string name)
    {
        var png = data.Length > 8 && data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
        var jpeg = data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8;
        if (!png && !jpeg)
            throw new UnreadableImageException($"« {name} » n'est pas une image PNG ou JPEG", Convert);
        var kind = png ? "PNG" : "JPEG";
        if ((png ? PngSize(data) : JpegSize(data)) is var (w, h) && ((long)w * h > MaxPixels || w > MaxSide || h > MaxSide))
            throw new UnreadableImageException(
                $"« {name} » annonce {w.ToString("N0", French.Culture)} × {h.ToString("N0", French.Culture)} pixels : une image du kit en a au plus {MaxSide.ToString("N0", French.Culture)} de côté et {(MaxPixels / 1_000_000).ToString(French.Culture)} millions en tout",
                "réduisez-la dans un logiciel d'images (300 pixels par pouce suffisent à l'impression : 3 500 pixels pour la largeur d'une page A4), ou remplacez ce fichier s'il est abîmé.");
        ImageResult image;
        try
        {
            image = ImageResult.FromMemory(data, ColorComponents.RedGreenBlueAlpha);
        }
        catch (Exception) // StbImageSharp reports a bad file with plain English exceptions (« bad huffman code », « corrupt »…)
        {
            throw new UnreadableImageException($"« {name} » est une image {kind} illisible : le fichier est incomplet (coupé pendant un téléchargement ?) ou abîmé", Convert);
        }
        if (image.Width <= 0 || image.Height <= 0)
            throw new UnreadableImageException($"« {name} » est une image vide", Convert);
        // StbImageSharp reports a CMYK JPEG as RGB (it converts it): the frame header tells.
        if (jpeg && JpegComponents(data) is 1 or 3)
            return new PreparedImage(data, image.Width, image.Height);
        return new PreparedImage(EncodePng(image.Data, image.Width, image.Height), image.Width, image.Height);
    }

    /// <summary>Far above a photo printed full page at 300 dpi (A3: 3,508 × 4,961 px). Decoding
    /// takes four bytes a pixel: the header is read first, so that a file claiming billions of
    /// pixels is refused before any memory is set aside for them.</summary>
    public const int MaxSide = 12_000;

    public const long MaxPixels = 40_000_000;

    /// <summary>Width and height from a PNG's IHDR (unsigned, as a damaged file may claim 4,294,967,295).</summary>
    private static (long Width, long Height)? PngSize(byte[] data) =>
        data.Length >= 24 && data.AsSpan(12, 4).SequenceEqual("IHDR"u8)
            ? (BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(20)))
            : null;

    /// <summary>Width and height from a JPEG's frame header (SOFn).</summary>
    private static (long Width, long Height)? JpegSize(byte[] data) =>
        JpegFrame(data) is var i and >= 0
            ? (BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 5)))
            : null;

    /// <summary>The number of colour components in a JPEG's frame header (SOFn): 1 grey, 3 YCbCr or RGB,
    /// 4 CMYK or YCCK; 0 when not found.</summary>
    internal static int JpegComponents(byte[] data) => JpegFrame(data) is var i and >= 0 ? data[i + 9] : 0;

    /// <summary>Where a JPEG's frame header (SOFn marker) starts, or -1.</summary>
    private static int JpegFrame(byte[] data)
    {
        var i = 2;
        while (i + 9 < data.Length && data[i] == 0xFF)
        {
            var marker = data[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC) return i;
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
        }
        return -1;
    }

    /// <summary>An image of the kit (as <see cref="Prepare"/> made it) laid on a colour, as an opaque PNG:
    /// grey when every pixel is, RGB otherwise. For a print shop's copy, where nothing may be transparent.</summary>
    public static byte[] Opaque(byte[] data, byte red, byte green, byte blue)
    {
        ReadOnlySpan<byte> under = [red, green, blue];
        var image = ImageResult.FromMemory(data, ColorComponents.RedGreenBlueAlpha);
        var rgba = image.Data;
        var grey = true;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            var alpha = rgba[i + 3];
            for (var c = 0; c < 3; c++) rgba[i + c] = (byte)((rgba[i + c] * alpha + under[c] * (255 - alpha) + 127) / 255);
            rgba[i + 3] = 255;
            grey &= rgba[i] == rgba[i + 1] && rgba[i + 1] == rgba[i + 2];
        }
        return EncodePng(rgba, image.Width, image.Height, grey);
    }

    /// <summary>An image of the kit (as <see cref="Prepare"/> made it) in grey, Rec. 709 luma, as a grey PNG.</summary>
    public static byte[] Grey(byte[] data)
    {
        var image = ImageResult.FromMemory(data, ColorComponents.RedGreenBlueAlpha);
        var rgba = image.Data;
        for (var i = 0; i < rgba.Length; i += 4)
            rgba[i] = rgba[i + 1] = rgba[i + 2] = (byte)Math.Round(0.2126 * rgba[i] + 0.7152 * rgba[i + 1] + 0.0722 * rgba[i + 2]);
        return EncodePng(rgba, image.Width, image.Height, grey: true);
    }

    /// <summary>A plain PNG from 8-bit RGBA pixels: RGB (or grey, from the red channel) when every pixel
    /// is opaque, with alpha otherwise; no interlacing.</summary>
    internal static byte[] EncodePng(byte[] rgba, int width, int height, bool grey = false)
    {
        var opaque = true;
        for (var i = 3; i < rgba.Length; i += 4)
            if (rgba[i] != 255) { opaque = false; break; }
        int[] taken = (grey, opaque) switch
        {
            (false, true) => [0, 1, 2],
            (false, false) => [0, 1, 2, 3],
            (true, true) => [0],
            (true, false) => [0, 3],
        };
        var channels = taken.Length;
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + width * channels];
            for (var y = 0; y < height; y++)
            {
                row[0] = 0;
                for (var x = 0; x < width; x++)
                    for (var c = 0; c < channels; c++)
                        row[1 + x * channels + c] = rgba[(y * width + x) * 4 + taken[c]];
                z.Write(row);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        // PNG colour types: 0 grey, 2 RGB, 4 grey and alpha, 6 RGBA.
        header[9] = (byte)((grey ? 0 : 2) + (opaque ? 0 : 4));
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var typed = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++) typed[i] = (byte)type[i];
        data.CopyTo(typed, 4);
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        output.Write(word);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
