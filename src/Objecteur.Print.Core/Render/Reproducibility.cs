using System.Security.Cryptography;
using System.Text;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using PdfSharp.Pdf;

namespace Objecteur.Print.Render;

/// <summary>
/// Same input, same bytes: PDFsharp otherwise puts randomness in every file — a GUID document
/// ID, a random six-letter tag on each embedded font subset and random XMP document/instance
/// uuids (all from <c>Guid.NewGuid</c>). Each is replaced by a value derived from the layout
/// itself; dates come from <see cref="RenderOptions"/>, never from the clock. Every PDF the
/// program writes is saved here, so this is also where its Flate streams are completed
/// (<see cref="PdfStreams"/>).
/// </summary>
public static class Reproducibility
{
    /// <summary>Saves with identifiers derived from the document's layout dump, hashed as it is
    /// written rather than made into one string first.</summary>
    public static byte[] Save(PdfDocument pdf, LayoutDocument document)
    {
        using var hash = new HashingStream();
        using (var writer = new StreamWriter(hash, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true))
            LayoutDump.Write(document, writer);
        return SaveWithDigest(pdf, hash.Digest());
    }

    /// <summary>Saves with identifiers derived from <paramref name="content"/>: whatever fully
    /// determines the file (a layout dump, or the pages an imposition places).</summary>
    public static byte[] Save(PdfDocument pdf, byte[] content) => SaveWithDigest(pdf, SHA256.HashData(content));

    private static byte[] SaveWithDigest(PdfDocument pdf, byte[] digest)
    {
        var id = Convert.ToHexString(digest, 0, 16);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        var uuids = 0;
        return PdfStreams.CompleteFlate(stream.ToArray(), (plain, _) =>
        {
            RenameSubsets(plain);
            ReplaceUuids(plain, digest, ref uuids);
        }, UniversalAccessibilityId);
    }

    /// <summary>The PDF/UA-1 identifier (ISO 14289-1 §5) every file carries, as every file is tagged
    /// (<see cref="PdfStructure"/>); PDFsharp writes the XMP packet at save time without it.</summary>
    private static readonly byte[] UniversalAccessibilityId =
        "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"u8.ToArray();

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

    /// <summary>Replaces each XMP <c>uuid:…</c> by one derived from the content and its rank.</summary>
    private static void ReplaceUuids(Span<byte> text, byte[] digest, ref int count)
    {
        const int Length = 36;
        var from = 0;
        int at;
        while ((at = text[from..].IndexOf("uuid:"u8)) >= 0)
        {
            var start = from + at + 5;
            from = start;
            if (start + Length > text.Length || !IsUuid(text.Slice(start, Length))) continue;
            var uuid = new Guid(SHA256.HashData([.. digest, (byte)count++]).AsSpan(0, 16));
            Encoding.ASCII.GetBytes(uuid.ToString("D"), text.Slice(start, Length));
            from = start + Length;
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

    /// <summary>A write-only stream that only hashes what it is given (SHA-256).</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public byte[] Digest() => _hash.GetHashAndReset();

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);
        public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
