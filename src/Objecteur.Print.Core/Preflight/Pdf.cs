using Objecteur.Print.Render;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Preflight;

/// <summary>Reading helpers over PDFsharp's object model for a file we did not write.</summary>
internal static class Pdf
{
    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    /// <summary>The names of a stream's filters, in the order they apply.</summary>
    public static IReadOnlyList<string> Filters(PdfDictionary stream) => Resolve(stream.Elements["/Filter"]) switch
    {
        PdfName name => [name.Value],
        PdfArray array => array.Elements.Select(e => Resolve(e) is PdfName n ? n.Value : "?").ToList(),
        _ => [],
    };

    public static bool IsFlate(string filter) => filter is "/FlateDecode" or "/Fl";

    /// <summary>The decoded data of a content or form stream, or null when it cannot be decoded
    /// (the stream check reports why). Flate alone, the usual case, is inflated here with the
    /// zlib check; other filters go through PDFsharp's decoders.</summary>
    public static byte[]? Decoded(PdfDictionary stream)
    {
        if (stream.Stream is not { } data) return null;
        var filters = Filters(stream);
        if (filters.Count == 0) return data.Value;
        if (filters.Count == 1 && IsFlate(filters[0]) && !stream.Elements.ContainsKey("/DecodeParms"))
        {
            using var inflated = new MemoryStream();
            return PdfStreams.Check(data.Value, inflated) is PdfStreams.ZlibState.Complete or PdfStreams.ZlibState.BadChecksum
                ? inflated.ToArray() : null;
        }
        try
        {
            return data.UnfilteredValue;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotImplementedException)
        {
            return null;
        }
    }

    /// <summary>What a reader finds in a stream's data: for a stream whose first filter is Flate,
    /// the zlib check; for others, nothing this program can tell (null).</summary>
    public static PdfStreams.ZlibState? Check(PdfDictionary stream)
    {
        if (stream.Stream is not { } data) return null;
        var filters = Filters(stream);
        return filters.Count > 0 && IsFlate(filters[0]) ? PdfStreams.Check(data.Value) : null;
    }

    /// <summary>A page box, or null when the page does not set it (PDFsharp has copied the boxes
    /// a page inherits from its page tree onto the page, and reads some as rectangles).</summary>
    public static PdfBox? Box(PdfDictionary page, string key) => Resolve(page.Elements[key]) switch
    {
        PdfRectangle r => PdfBox.Of(r.X1, r.Y1, r.X2, r.Y2),
        PdfArray { Elements.Count: 4 } array when array.Elements.Items.All(i => Resolve(i) is PdfNumber) =>
            PdfBox.Of(array.Elements.GetReal(0), array.Elements.GetReal(1), array.Elements.GetReal(2), array.Elements.GetReal(3)),
        _ => null,
    };

    /// <summary>The object number of an indirect object, for the report (« objet 12 »).</summary>
    public static int Number(PdfObject item) => item.Reference?.ObjectNumber ?? 0;

    /// <summary>The number of a content stream's PDF object, 0 for a direct one.</summary>
    public static int Number(PdfItem? item) => item is PdfReference reference ? reference.ObjectNumber : 0;

    public static string Text(PdfItem? item) => Resolve(item) switch
    {
        PdfString s => s.Value,
        PdfName n => n.Value.TrimStart('/'),
        null => "",
        var other => other.ToString() ?? "",
    };
}

/// <summary>A page box in points, normalised so that X1 &lt; X2 and Y1 &lt; Y2.</summary>
public readonly record struct PdfBox(double X1, double Y1, double X2, double Y2)
{
    public static PdfBox Of(double x1, double y1, double x2, double y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));

    public double Width => X2 - X1;
    public double Height => Y2 - Y1;

    /// <summary>The narrowest margin between this box and <paramref name="inner"/>, negative when
    /// <paramref name="inner"/> reaches out of it.</summary>
    public double MarginAround(PdfBox inner) =>
        new[] { inner.X1 - X1, inner.Y1 - Y1, X2 - inner.X2, Y2 - inner.Y2 }.Min();
}
