using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using PdfSharp.Pdf;

namespace Objecteur.Print.Render;

/// <summary>
/// Same input, same bytes: PDFsharp otherwise puts randomness in every file — a GUID document
/// ID, a random six-letter tag on each embedded font subset and random XMP document/instance
/// uuids (all from <c>Guid.NewGuid</c>). Each is replaced by a value derived from the layout
/// itself; dates come from <see cref="RenderOptions"/>, never from the clock.
/// </summary>
public static partial class Reproducibility
{
    public static byte[] Save(PdfDocument pdf, LayoutDocument document) =>
        Save(pdf, Encoding.UTF8.GetBytes(LayoutDump.Write(document)));

    /// <summary>Saves with identifiers derived from <paramref name="content"/>: whatever fully
    /// determines the file (a layout dump, or the pages an imposition places).</summary>
    public static byte[] Save(PdfDocument pdf, byte[] content)
    {
        var digest = SHA256.HashData(content);
        var id = Convert.ToHexString(digest, 0, 16);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return Derandomise(stream.ToArray(), digest);
    }

    /// <summary>Rewrites each <c>/ABCDEF+FontName</c> tag to one derived from the font name, and
    /// the XMP uuids to ones derived from the content. Every replacement has the length of what
    /// it replaces, so byte offsets (and the cross-reference table) stay valid.</summary>
    private static byte[] Derandomise(byte[] pdf, byte[] digest)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = SubsetTag().Replace(text, m => "/" + Tag(m.Groups[2].Value) + "+" + m.Groups[2].Value);
        var n = 0;
        text = XmpUuid().Replace(text, _ => "uuid:" + new Guid(SHA256.HashData([.. digest, (byte)n++]).AsSpan(0, 16)).ToString("D"));
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Tag(string fontName)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(fontName));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    [GeneratedRegex(@"/([A-Z]{6})\+([^\s/<>\[\]()]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();
}
