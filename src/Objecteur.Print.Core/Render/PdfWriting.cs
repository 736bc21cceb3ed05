using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;

namespace Objecteur.Print.Render;

/// <summary>
/// Saves a document as PDFsharp 6.2.4's <c>PdfDocument.Save</c> does, byte for byte, but writes
/// most objects itself. PDFsharp's writer makes strings of every name, number and reference it
/// writes (a <c>StringBuilder</c> per name, a byte array per token): it was a fifth of a merge's
/// time, most of it on the small dictionaries a tagged file is made of (its structure elements).
/// </summary>
/// <remarks>
/// <para>The steps of <c>DoSaveAsync</c> are kept — the document prepared for saving as PDFsharp
/// prepares it (fonts, object numbers: <see cref="SavePreparation"/>), then each object in the
/// order of its number, the cross-reference table, the trailer — and an object is written here
/// when it and all it holds are of the kinds PDFsharp writes plainly (dictionaries and arrays of
/// names, numbers, references, booleans, rectangles, ASCII literals and strings — raw, Unicode, or
/// printable ASCII in another encoding —, with or without a stream), in its compact layout, pages
/// and content streams included: the structure elements of a French text carry accented strings.
/// Any other object — the catalog, a hexadecimal raw string — is given to PDFsharp's own writer,
/// into the same stream: each object is written alone, so the two writers never share a token.</para>
/// <para>A document PDFsharp would save otherwise (another layout, PDF/A) is saved by PDFsharp.
/// Tests compare the two savings on every file of the kit.</para>
/// </remarks>
internal static class PdfWriting
{
    /// <summary>Writes <paramref name="pdf"/> into <paramref name="stream"/>, as <c>pdf.Save(stream)</c> would.</summary>
    public static void Save(PdfDocument pdf, MemoryStream stream)
    {
        if (pdf.Options.Layout != PdfSharp.Pdf.IO.PdfWriterLayout.Compact || IsPdfA(pdf) || pdf.PageCount == 0)
        {
            pdf.Save(stream, closeStream: false);
            return;
        }
        var trailer = (PdfDictionary)Trailer(pdf);
        trailer.Elements.Remove("/Encrypt");
        SavePreparation.Prepare(pdf);
        var writer = NewWriter(stream, pdf, null);
        WriteFileHeader(writer, pdf);
        var references = InNumberOrder(IrefTable(pdf));
        Reserve(stream, references);
        var plain = ObjectWriter.ForThread();
        var positions = new long[references.Length];
        for (var i = 0; i < references.Length; i++)
        {
            positions[i] = stream.Position;
            if (plain.TryWrite(references[i].Value)) plain.CopyTo(stream);
            else WriteObject(references[i].Value, writer);
        }
        var startXref = stream.Position;
        WriteCrossReferences(stream, references, positions);
        WriteRaw(writer, "trailer\n");
        trailer.Elements.SetInteger("/Size", references.Length + 1);
        WriteObject(trailer, writer);
        WriteEof(writer, pdf, startXref);
    }

    /// <summary>Makes room for the whole file at once: a print file of letters grew its stream
    /// to a megabyte by doubling, and each large array it left behind brought the collection of
    /// the whole heap nearer (a tenth of a 100-letter merge, at its very end). An object of the
    /// kit's files takes 90 to 95 bytes besides its stream: 128 leaves room to spare.</summary>
    private static void Reserve(MemoryStream stream, PdfReference[] references)
    {
        long size = stream.Length + 64 + 20 * (references.Length + 1);
        foreach (var reference in references)
            size += 128 + (reference.Value is PdfDictionary { Stream: { } data } ? data.Length : 0);
        if (size > stream.Capacity && size < int.MaxValue) stream.Capacity = (int)size;
    }

    /// <summary>Writes an object PDFsharp would write plainly, as its writer does in the compact
    /// layout: the same tokens, and a space only between two tokens that would run together.</summary>
    private sealed class ObjectWriter
    {
        private enum Category { NewLine, Character, Delimiter }

        private byte[] _buffer = new byte[4096];
        private int _length;
        private Category _last;

        /// <summary>This thread's writer: its buffer grows to the largest object written (a font
        /// program), once per thread rather than once per file.</summary>
        public static ObjectWriter ForThread()
        {
            var writer = t_writer ??= new ObjectWriter();
            if (writer._buffer.Length > KeptCapacity) writer._buffer = new byte[4096];
            return writer;
        }

        [ThreadStatic] private static ObjectWriter? t_writer;

        private const int KeptCapacity = 1 << 20;

        public void CopyTo(Stream stream) => stream.Write(_buffer, 0, _length);

        /// <summary>The object, or false (and nothing) when something in it is not written here.</summary>
        public bool TryWrite(PdfObject value)
        {
            _length = 0;
            _last = Category.NewLine;
            if (!Plain(value)) return false;
            if (value is PdfPage page) Grouped(page);
            if (value is PdfContent content && !Written(content)) return false;
            Raw(value.Reference!.ObjectNumber);
            Raw((byte)' ');
            Raw(value.Reference.GenerationNumber);
            Raw(" obj\n"u8);
            if (value is PdfDictionary dictionary)
            {
                Raw("<<"u8);
                _last = Category.NewLine;
                if (!Entries(dictionary)) return false;
                if (dictionary.Stream is { } stream)
                {
                    Raw(">>\nstream\n"u8);
                    Raw(stream.Value);
                    Raw("\nendstream\n"u8);
                }
                else Raw(">>\n"u8);
            }
            else
            {
                Raw("["u8);
                _last = Category.NewLine;
                if (!Items((PdfArray)value)) return false;
                Raw("]\n"u8);
            }
            Raw("endobj\n"u8);
            return true;
        }

        /// <summary>What <c>PdfContent.WriteObject</c> does before writing a content stream as a
        /// plain one (its graphics closed, as every page's are once drawn): its length set from
        /// its stream. False when it would compress the stream itself (saving compresses none,
        /// see <see cref="Reproducibility.Save"/>).</summary>
        private static bool Written(PdfContent content)
        {
            if (content.Stream is not { } stream) return true;
            if (content.Owner.Options.CompressContentStreams && content.Elements.GetName("/Filter").Length == 0) return false;
            content.Elements.SetInteger("/Length", stream.Length);
            return true;
        }

        private bool Entries(PdfDictionary dictionary)
        {
            // The order of PDFsharp's KeyNames, without a PdfName made for each key.
            foreach (var (key, value) in Elements(dictionary.Elements))
            {
                Name(key);
                if (!Item(value)) return false;
            }
            return true;
        }

        private bool Items(PdfArray array)
        {
            for (var i = 0; i < array.Elements.Count; i++)
                if (!Item(array.Elements[i])) return false;
            return true;
        }

        private bool Item(PdfItem? item)
        {
            switch (item)
            {
                case PdfName name:
                    Name(name.Value);
                    return true;
                case PdfInteger integer:
                    Separator(Category.Character);
                    Raw(integer.Value);
                    _last = Category.Character;
                    return true;
                case PdfReal real:
                    Separator(Category.Character);
                    Number(real.Value, "0.#######");
                    _last = Category.Character;
                    return true;
                case PdfBoolean boolean:
                    Separator(Category.Character);
                    Raw(boolean.Value ? "true"u8 : "false"u8);
                    _last = Category.Character;
                    return true;
                case PdfReference reference:
                    Separator(Category.Character);
                    Raw(reference.ObjectNumber);
                    Raw((byte)' ');
                    Raw(reference.GenerationNumber);
                    Raw(" R"u8);
                    _last = Category.Character;
                    return true;
                case PdfString text when !text.HexLiteral
                    && (text.Encoding is PdfStringEncoding.RawEncoding or PdfStringEncoding.PDFDocEncoding or PdfStringEncoding.WinAnsiEncoding)
                    && !text.Value.AsSpan().ContainsAnyExceptInRange(' ', '~'):
                    // Printable ASCII is the same bytes in the three encodings; others are left to PDFsharp.
                    Raw("("u8);
                    foreach (var c in text.Value)
                    {
                        if (c is '(' or ')' or '\\') Raw((byte)'\\');
                        Raw((byte)c);
                    }
                    Raw(")"u8);
                    return true;
                case PdfString text when text.Encoding == PdfStringEncoding.Unicode && text.Value.Length > 0:
                    UnicodeString(text.Value);
                    return true;
                case PdfString text when !text.HexLiteral && text.Encoding == PdfStringEncoding.RawEncoding
                    && !text.Value.AsSpan().ContainsAnyExceptInRange('\0', '\xFF'):
                    RawString(text.Value);
                    return true;
                case PdfNull:
                    Raw(" null "u8);
                    return true;
                case PdfRectangle rectangle:
                    Raw("["u8);
                    Number(rectangle.X1, "0.###");
                    Raw((byte)' ');
                    Number(rectangle.Y1, "0.###");
                    Raw((byte)' ');
                    Number(rectangle.X2, "0.###");
                    Raw((byte)' ');
                    Number(rectangle.Y2, "0.###");
                    Raw("]"u8);
                    _last = Category.Delimiter;
                    return true;
                case PdfLiteral literal when literal.Value.Length > 0 && !literal.Value.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'):
                    // As PdfWriter.Write(PdfLiteral): the text as it is (a font's widths, /W).
                    Separator(Kind((byte)literal.Value[0]));
                    var bytes = Reserve(literal.Value.Length);
                    for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)literal.Value[i];
                    _last = Kind(bytes[^1]);
                    return true;
                case PdfContents contents when !contents.IsIndirect:
                    // PdfContents.WriteObject: a page's only content stream by its reference alone.
                    if (contents.Elements.Count == 1) return Item(contents.Elements[0]);
                    Raw("["u8);
                    if (!Items(contents)) return false;
                    Raw("]"u8);
                    return true;
                case PdfArray array when !array.IsIndirect && Plain(array):
                    Raw("["u8);
                    if (!Items(array)) return false;
                    Raw("]"u8);
                    return true;
                case PdfDictionary dictionary when !dictionary.IsIndirect && dictionary.Stream is null && Plain(dictionary):
                    Raw("<<"u8);
                    if (!Entries(dictionary)) return false;
                    Raw(">>"u8);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A string of characters up to U+00FF as PDFsharp writes it in its raw encoding
        /// (<c>PdfEncoders.FormatStringLiteral</c>): one byte a character, the delimiters and the
        /// backslash escaped, control characters as escapes or in octal.</summary>
        private void RawString(string value)
        {
            Raw((byte)'(');
            foreach (var c in value)
            {
                if (c is < ' ' or '\x7F')
                {
                    var escape = c switch { '\n' => (byte)'n', '\r' => (byte)'r', '\t' => (byte)'t', '\b' => (byte)'b', '\f' => (byte)'f', _ => (byte)0 };
                    Raw((byte)'\\');
                    if (escape != 0) Raw(escape);
                    else
                    {
                        Raw((byte)('0' + c / 64));
                        Raw((byte)('0' + c % 64 / 8));
                        Raw((byte)('0' + c % 8));
                    }
                    continue;
                }
                if (c is '(' or ')' or '\\') Raw((byte)'\\');
                Raw((byte)c);
            }
            Raw((byte)')');
        }

        /// <summary>A string with a character past U+00FF as PDFsharp writes it, hexadecimal or not:
        /// its UTF-16 code units in upper-case hexadecimal after the byte order mark, a line break
        /// after every 24 units but the first.</summary>
        private void UnicodeString(string value)
        {
            var bytes = Reserve(2 + 4 * (value.Length + 1) + value.Length / 12 + 1);
            var at = 0;
            bytes[at++] = (byte)'<';
            for (var i = -1; i < value.Length; i++)
            {
                var unit = i < 0 ? '\uFEFF' : value[i];
                bytes[at++] = Hex(unit >> 12);
                bytes[at++] = Hex(unit >> 8);
                bytes[at++] = Hex(unit >> 4);
                bytes[at++] = Hex(unit);
                // PDFsharp counts bytes, the mark's two included: a break after byte 48, 96…
                var index = 2 * (i + 1);
                if (index != 0 && index % 48 == 0) bytes[at++] = (byte)'\n';
            }
            bytes[at++] = (byte)'>';
            _length -= bytes.Length - at;
            _last = Category.Delimiter;
        }

        private static byte Hex(int nibble) => (byte)"0123456789ABCDEF"[nibble & 0xF];

        /// <summary>PDFsharp writes a space between two tokens only when both are made of
        /// regular characters (a number after a name, a reference after a number).</summary>
        private void Separator(Category next)
        {
            if (_last == Category.Character && next == Category.Character) Raw((byte)' ');
        }

        private void Name(string name)
        {
            if (IsPlain(name))
            {
                // Most names (« /Type », « /Font ») are written as they are spelt.
                var span = Reserve(name.Length);
                span[0] = (byte)'/';
                for (var i = 1; i < name.Length; i++) span[i] = (byte)name[i];
            }
            else Raw(EncodedName(name));
            _last = Category.Character;
        }

        private void Number(double value, string format)
        {
            Span<char> chars = stackalloc char[32];
            if (!value.TryFormat(chars, out var written, format, CultureInfo.InvariantCulture))
                throw new InvalidOperationException("number too long for a PDF");
            var span = Reserve(written);
            for (var i = 0; i < written; i++) span[i] = (byte)chars[i];
            _last = Kind(span[written - 1]);
        }

        private void Raw(int value)
        {
            Utf8Formatter.TryFormat(value, Reserve(11), out var written);
            _length -= 11 - written;
            _last = Category.Character;
        }

        private void Raw(byte value)
        {
            Reserve(1)[0] = value;
            _last = Kind(value);
        }

        private void Raw(ReadOnlySpan<byte> bytes)
        {
            // PDFsharp's Write(byte[]) leaves the category as it was for an empty stream.
            if (bytes.IsEmpty) return;
            bytes.CopyTo(Reserve(bytes.Length));
            _last = Kind(bytes[^1]);
        }

        private Span<byte> Reserve(int count)
        {
            if (_length + count > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }

        private static Category Kind(byte last) => last switch
        {
            (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%' => Category.Delimiter,
            (byte)'\n' => Category.NewLine,
            _ => Category.Character,
        };
    }

    /// <summary>Names as PDFsharp writes them (its <c>PdfWriter.Write(PdfName)</c>): a name with a
    /// character past ASCII taken as its UTF-8 bytes, then delimiters, « # », spaces and bytes past
    /// 126 written as <c>#XX</c>.</summary>
    private static byte[] EncodedName(string name) => Names.TryGet(name, out var known) ? known : Names.Keep(name, Encoded(name));

    /// <summary>Whether every character after the first is written as it is.</summary>
    private static bool IsPlain(string name)
    {
        if (name.Length == 0) return false;
        for (var i = 1; i < name.Length; i++) if (!IsPlain(name[i])) return false;
        return true;
    }

    private static bool IsPlain(char c) => c > ' ' && c <= '~' && c is not ('%' or '/' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}' or '#');

    /// <summary>A font's name carries its subset's tag, new in every file of a merge.</summary>
    private static readonly KeptValues<string, byte[]> Names = new(1024, StringComparer.Ordinal);

    private static byte[] Encoded(string name)
    {
        var bytes = name.Any(c => c > 126) ? System.Text.Encoding.UTF8.GetBytes(name) : System.Text.Encoding.Latin1.GetBytes(name);
        var output = new List<byte>(bytes.Length + 4) { (byte)'/' };
        for (var i = 1; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (IsPlain((char)b))
                output.Add(b);
            else
                output.AddRange(System.Text.Encoding.ASCII.GetBytes($"#{b:X2}"));
        }
        return [.. output];
    }

    /// <summary>What PDFsharp's <c>PdfPage.WriteObject</c> does before writing a page as a plain
    /// dictionary: every page gets a transparency group, in the document's colour space.</summary>
    private static void Grouped(PdfPage page)
    {
        var mode = page.Owner.Options.ColorMode;
        if (page.Elements.ContainsKey("/Group") || mode == PdfSharp.Pdf.PdfColorMode.Undefined) return;
        var group = new PdfDictionary();
        page.Elements["/Group"] = group;
        group.Elements.SetName("/CS", mode != PdfSharp.Pdf.PdfColorMode.Cmyk ? "/DeviceRGB" : "/DeviceCMYK");
        group.Elements.SetName("/S", "/Transparency");
    }

    /// <summary>Whether PDFsharp writes objects of this kind as plain dictionaries and arrays
    /// (a page too, once it has its group, see <see cref="Grouped"/>):
    /// the kinds that change themselves or their entries as they are written are left to it.</summary>
    private static bool Plain(PdfObject value) =>
        value is (PdfDictionary or PdfArray)
        and not (PdfCatalog or PdfContents or PdfOutline or PdfNameTreeNode or PdfNumberTreeNode
            or PdfLinkAnnotation or PdfSharp.Pdf.AcroForms.PdfSignatureField or PdfSharp.Pdf.Actions.PdfGoToAction
            or PdfSharp.Pdf.Actions.PdfRemoteGoToAction or PdfSharp.Pdf.Actions.PdfEmbeddedGoToAction
            or PdfSharp.Pdf.Security.PdfStandardSecurityHandler);

    /// <summary>The cross-reference table as PDFsharp writes it: twenty bytes an entry, written
    /// a few kilobytes at a time (made whole, a booklet's tables were a megabyte of large arrays,
    /// which bring a collection of the whole heap nearer).</summary>
    private static void WriteCrossReferences(Stream stream, PdfReference[] references, long[] positions)
    {
        Span<byte> chunk = stackalloc byte[4000];
        var at = 0;
        Add(chunk, ref at, "xref\n0 "u8);
        Utf8Formatter.TryFormat(references.Length + 1, chunk[at..], out var count);
        at += count;
        Add(chunk, ref at, "\n0000000000 65535 f \n"u8);
        for (var i = 0; i < references.Length; i++)
        {
            if (at > chunk.Length - 20)
            {
                stream.Write(chunk[..at]);
                at = 0;
            }
            Digits(chunk, ref at, positions[i], 10);
            Add(chunk, ref at, " "u8);
            Digits(chunk, ref at, references[i].GenerationNumber, 5);
            Add(chunk, ref at, " n \n"u8);
        }
        stream.Write(chunk[..at]);
    }

    private static void Add(Span<byte> chunk, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(chunk[at..]);
        at += bytes.Length;
    }

    private static void Digits(Span<byte> chunk, ref int at, long value, int width)
    {
        if (!Utf8Formatter.TryFormat(value, chunk.Slice(at, width), out var written, new System.Buffers.StandardFormat('D', (byte)width)) || written != width)
            throw new InvalidOperationException("offset too large for the cross-reference table");
        at += width;
    }

    private const string Writer = "PdfSharp.Pdf.IO.PdfWriter, PdfSharp";
    private const string Table = "PdfSharp.Pdf.Advanced.PdfCrossReferenceTable, PdfSharp";

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType(Writer)]
    private static extern object NewWriter(Stream stream, PdfDocument document, [UnsafeAccessorType("PdfSharp.Pdf.Security.PdfStandardSecurityHandler, PdfSharp")] object? securityHandler);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteFileHeader")]
    private static extern void WriteFileHeader([UnsafeAccessorType(Writer)] object writer, PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteRaw")]
    private static extern void WriteRaw([UnsafeAccessorType(Writer)] object writer, string raw);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteEof")]
    private static extern void WriteEof([UnsafeAccessorType(Writer)] object writer, PdfDocument document, long startXref);

    /// <summary>PDFsharp's own writing of an object (virtual: the object's kind decides).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteObject")]
    private static extern void WriteObject(PdfItem item, [UnsafeAccessorType(Writer)] object writer);

    /// <summary>A dictionary's entries themselves, in the order of its keys: PDFsharp gives its
    /// keys and its values as copies, a new array for each dictionary written.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_elements")]
    internal static extern ref Dictionary<string, PdfItem?> Elements(PdfDictionary.DictionaryElements elements);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_IsPdfA")]
    private static extern bool IsPdfA(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Trailer")]
    [return: UnsafeAccessorType("PdfSharp.Pdf.Advanced.PdfTrailer, PdfSharp")]
    internal static extern object Trailer(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_IrefTable")]
    [return: UnsafeAccessorType(Table)]
    internal static extern object IrefTable(PdfDocument document);

    /// <summary>The objects in the order of their numbers, as PDFsharp writes them. Numbered from
    /// 1 without a gap just before (PrepareForSave), each is put at its number: PDFsharp's list of
    /// them sorts them, a fiftieth of a merge's letter.</summary>
    private static PdfReference[] InNumberOrder(object table)
    {
        var values = Values(table);
        var ordered = new PdfReference[values.Count];
        foreach (var reference in values)
        {
            var at = reference.ObjectNumber - 1;
            if ((uint)at >= (uint)ordered.Length || ordered[at] is not null || reference.GenerationNumber != 0) return AllReferences(table);
            ordered[at] = reference;
        }
        return ordered;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_AllReferences")]
    private static extern PdfReference[] AllReferences([UnsafeAccessorType(Table)] object table);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Values")]
    private static extern Dictionary<PdfObjectID, PdfReference>.ValueCollection Values([UnsafeAccessorType(Table)] object table);
}
