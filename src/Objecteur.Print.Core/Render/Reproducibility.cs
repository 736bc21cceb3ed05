using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Objecteur.Print.Templating;
using PdfSharp.Pdf;

namespace Objecteur.Print.Render;

/// <summary>
/// Same input, same bytes: PDFsharp otherwise puts randomness in every file — a GUID document
/// ID, a random six-letter tag on each embedded font subset and random XMP document/instance
/// uuids (all from <c>Guid.NewGuid</c>). Each is replaced by a value derived from the file
/// itself; dates come from <see cref="RenderOptions"/>, never from the clock. Every PDF the
/// program writes is saved here, so this is also where its streams are compressed
/// (<see cref="PdfStreams"/>).
/// </summary>
public static class Reproducibility
{
    /// <summary>Saves with identifiers derived from the file itself: it is written with
    /// placeholders, hashed, and the placeholders filled in (same length, so no offset moves).
    /// Hashing the bytes costs a tenth of what writing and hashing a dump of the layout did, and
    /// the bytes decide the file as fully as the layout does (an imposed sheet too: its pieces, its
    /// marks and its note are all in it).</summary>
    /// <param name="edit">More changes to the file's plain parts, in place and of the same length,
    /// made in the same pass (a shop copy's, see <see cref="PdfX.Save"/>).</param>
    /// <param name="fontProgram">The font program to embed in place of a subset PDFsharp made, or
    /// null to keep it (see <see cref="GlyphUse.Trim"/>).</param>
    /// <param name="compressed">Streams compressed already, as complete zlib streams (a page's
    /// content, see <see cref="PdfRenderer"/>): left as they are without inflating them to check.</param>
    public static byte[] Save(PdfDocument pdf, SpanAction<byte, int>? edit = null, Func<ReadOnlySpan<byte>, byte[]?>? fontProgram = null,
        IEnumerable<PdfDictionary>? compressed = null)
    {
        pdf.Internals.FirstDocumentID = PlaceholderId;
        pdf.Internals.SecondDocumentID = PlaceholderId;
        // Streams are compressed after saving, with their checks (PdfStreams).
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        var stream = t_saving ?? new MemoryStream();
        t_saving = null;
        stream.SetLength(0);
        if (SavedByPdfSharp.Value) pdf.Save(stream, closeStream: false);
        else PdfWriting.Save(pdf, stream);
        var buffer = stream.GetBuffer();
        var file = PdfStreams.CompleteFlate(buffer, (int)stream.Length, (plain, from) =>
        {
            RenameSubsets(plain);
            ClearUuids(plain);
            edit?.Invoke(plain, from);
        }, packet => Xmp(packet, pdf.Info), fontProgram,
            // Numbered once saved: PDFsharp numbers the objects it writes as it saves.
            compressed?.Select(s => s.Reference?.ObjectNumber ?? 0).Where(n => n > 0).ToHashSet());
        // The file is the buffer itself when nothing in it was edited: the buffer then goes with it.
        if (!ReferenceEquals(file, buffer) && stream.CanWrite && stream.Capacity <= KeptStreamCapacity) t_saving = stream;
        var digest = SHA256.HashData(file);
        FillId(file, Convert.ToHexString(digest, 0, 16));
        FillUuids(file, digest);
        return file;
    }

    /// <summary>The stream this thread saved its last file into, for its next one: a merge's
    /// letter grew a new one, to 128 KB, a tenth of all it allocated. One a large document grew
    /// is let go (<see cref="KeptStreamCapacity"/>).</summary>
    [ThreadStatic] private static MemoryStream? t_saving;

    private const int KeptStreamCapacity = 1 << 20;

    /// <summary>Set, files are written by PDFsharp's own writer (<see cref="PdfWriting"/> writes
    /// them otherwise): what tests compare the files with, on the threads of the work that sets it.</summary>
    internal static readonly AsyncLocal<bool> SavedByPdfSharp = new();

    /// <summary>The document ID written first, as long as the real one (16 bytes in hex).</summary>
    private static readonly string PlaceholderId = new('0', 32);

    /// <summary>PDFsharp writes the ID's characters as a hex string: <c>&lt;3030…&gt;</c>.</summary>
    private static readonly byte[] WrittenPlaceholderId = Encoding.ASCII.GetBytes("<" + Convert.ToHexString(Encoding.ASCII.GetBytes(PlaceholderId)) + ">");

    /// <summary>Both copies of the ID, in the trailer (the last one: PDFsharp writes no update).</summary>
    private static void FillId(byte[] file, string id)
    {
        var written = Encoding.ASCII.GetBytes("<" + Convert.ToHexString(Encoding.ASCII.GetBytes(id)) + ">");
        var from = file.AsSpan().LastIndexOf("trailer"u8);
        for (int at; from >= 0 && (at = file.AsSpan(from).IndexOf(WrittenPlaceholderId)) >= 0; from += at + written.Length)
            written.CopyTo(file, from + at);
    }

    /// <summary>The PDF/UA-1 identifier (ISO 14289-1 §5) every file carries, as every file is tagged
    /// (<see cref="PdfStructure"/>); PDFsharp writes the XMP packet at save time without it.</summary>
    private static readonly byte[] UniversalAccessibilityId =
        "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"u8.ToArray();

    /// <summary>The XMP packet as it should be: with the PDF/UA identifier, and with the document's
    /// title, subject and the rest escaped as XML text. PDFsharp 6.2.4 writes them as they are, so a
    /// title such as « Droits &amp; recours » made a packet no XML reader accepts.</summary>
    private static byte[]? Xmp(ReadOnlySpan<byte> packet, PdfDocumentInformation info)
    {
        var end = packet.LastIndexOf("</rdf:RDF>"u8);
        if (packet.IndexOf("<x:xmpmeta"u8) < 0 || end < 0 || packet.IndexOf(UniversalAccessibilityId) >= 0) return null;
        byte[] xmp = [.. packet[..end], .. UniversalAccessibilityId, .. packet[end..]];
        foreach (var value in new[] { info.Title, info.Subject, info.Author, info.Keywords, info.Creator, info.Producer })
        {
            if (string.IsNullOrEmpty(value)) continue;
            var escaped = XmlTextEncoder.Escape(value);
            if (escaped == value) continue;
            // Each value is an element's whole text: between the end of its start tag and its end tag.
            xmp = Replace(xmp, Encoding.UTF8.GetBytes($">{value}</"), Encoding.UTF8.GetBytes($">{escaped}</"));
        }
        return xmp;
    }

    private static byte[] Replace(byte[] bytes, byte[] what, byte[] with)
    {
        using var output = new MemoryStream(bytes.Length + with.Length);
        var rest = bytes.AsSpan();
        for (int at; (at = rest.IndexOf(what)) >= 0; rest = rest[(at + what.Length)..])
        {
            output.Write(rest[..at]);
            output.Write(with);
        }
        output.Write(rest);
        return output.ToArray();
    }

    /// <summary>Rewrites each <c>/ABCDEF+FontName</c> tag to one derived from the font name.
    /// Every replacement has the length of what it replaces, so byte offsets stay valid.</summary>
    private static void RenameSubsets(Span<byte> text)
    {
        for (var i = text.IndexOf((byte)'/'); i >= 0 && i + 8 < text.Length; i = NextSlash(text, i + 1))
        {
            if (text[i + 7] != '+' || !IsTag(text.Slice(i + 1, 6))) continue;
            var end = i + 8;
            while (end < text.Length && !EndsName(text[end])) end++;
            if (end == i + 8) continue;
            Tag(text[(i + 8)..end]).CopyTo(text.Slice(i + 1, 6));
            i = end - 1;
        }
    }

    private static int NextSlash(Span<byte> text, int from)
    {
        var at = text[from..].IndexOf((byte)'/');
        return at < 0 ? -1 : from + at;
    }

    private static bool IsTag(ReadOnlySpan<byte> letters) => !letters.ContainsAnyExceptInRange((byte)'A', (byte)'Z');

    private static bool EndsName(byte b) => b is (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')'
        or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r' or 0x85 or 0xA0;

    /// <summary>Six capitals derived from the font name: the same font, the same tag.</summary>
    private static byte[] Tag(ReadOnlySpan<byte> fontName)
    {
        var hash = SHA256.HashData(fontName);
        var tag = new byte[6];
        for (var k = 0; k < tag.Length; k++) tag[k] = (byte)('A' + hash[k] % 26);
        return tag;
    }

    private const int UuidLength = 36;

    private static readonly byte[] PlaceholderUuid = "uuid:00000000-0000-0000-0000-000000000000"u8.ToArray();

    /// <summary>Clears each XMP <c>uuid:…</c> (PDFsharp's random ones), to be filled once the file is hashed.</summary>
    private static void ClearUuids(Span<byte> text)
    {
        var from = 0;
        int at;
        while ((at = text[from..].IndexOf("uuid:"u8)) >= 0)
        {
            var start = from + at + 5;
            from = start;
            if (start + UuidLength > text.Length || !IsUuid(text.Slice(start, UuidLength))) continue;
            PlaceholderUuid.AsSpan(5).CopyTo(text.Slice(start, UuidLength));
            from = start + UuidLength;
        }
    }

    /// <summary>Fills each cleared uuid with one derived from the file's digest and its rank.</summary>
    private static void FillUuids(byte[] file, byte[] digest)
    {
        var count = 0;
        for (int from = 0, at; (at = file.AsSpan(from).IndexOf(PlaceholderUuid)) >= 0; from += at + PlaceholderUuid.Length)
        {
            var uuid = new Guid(SHA256.HashData([.. digest, (byte)count++]).AsSpan(0, 16));
            Encoding.ASCII.GetBytes(uuid.ToString("D"), file.AsSpan(from + at + 5, UuidLength));
        }
    }

    private static bool IsUuid(ReadOnlySpan<byte> s)
    {
        for (var k = 0; k < s.Length; k++)
        {
            var ok = k is 8 or 13 or 18 or 23 ? s[k] == '-' : s[k] is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f';
            if (!ok) return false;
        }
        return true;
    }
}
