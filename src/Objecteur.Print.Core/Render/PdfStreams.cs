using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Objecteur.Print.Render;

/// <summary>
/// Compresses and completes the streams of a PDF as PDFsharp saves it. PDFsharp's
/// <c>FlateDecode.Encode</c> writes the zlib header (<c>78 DA</c>) and the deflate data but never
/// the Adler-32 trailer that zlib (RFC 1950) ends with, so every reader that checks it warns (qpdf:
/// « input stream is complete but output may still be valid », Ghostscript: « incorrect data
/// check »). So files are saved with PDFsharp's compression off (<see cref="Reproducibility"/>)
/// and this pass compresses each plain stream with zlib itself, trailer and all; a stream PDFsharp
/// compressed anyway (an image) gets the trailer it lacks. Each <c>/Length</c> is corrected and the
/// cross-reference offsets and <c>startxref</c> move by what changed before them.
/// </summary>
/// <remarks>
/// <para>It reads the file through its cross-reference table, object by object, on bytes: no string
/// is made of the PDF. A stream that already ends with its trailer (a page imported from a PDF
/// we wrote) is left as it is, so running the pass twice changes nothing. The XMP packet stays
/// plain, as XMP asks (so tools that do not read PDF can find it).</para>
/// <para>Compressing here rather than in PDFsharp spares inflating every stream again to compute
/// its check, and lets a font program that recurs (the same subset in letter after letter of a
/// merge) be compressed once: deflate gives the same bytes for the same input, so the cache
/// changes no file.</para>
/// </remarks>
public static class PdfStreams
{
    /// <summary>Where the PDF needs bytes changed: a span of the input and what replaces it.</summary>
    private readonly record struct Edit(int Start, int End, byte[] Replacement)
    {
        public int Delta => Replacement.Length - (End - Start);
    }

    /// <summary>One stream: its <c>/Length</c> digits and its data, in the input, whether it is
    /// filtered (and with Flate) and, for a font program, its <c>/Length1</c> (the digits when
    /// they are a plain number, else an empty span).</summary>
    private readonly record struct StreamSpan(int Number, int LengthStart, int LengthEnd, int DataStart, int DataEnd, bool Filtered, bool Flate, (int Start, int End)? Length1)
    {
        public int DataLength => DataEnd - DataStart;
        public bool FontProgram => Length1 is not null;
    }

    /// <summary>What a plain stream's <c>/Length</c> becomes once compressed.</summary>
    private static readonly byte[] FlateFilter = " /Filter /FlateDecode"u8.ToArray();

    /// <summary>Returns the PDF that is the first <paramref name="length"/> bytes of
    /// <paramref name="pdf"/> (a save's buffer, spared a copy: a print file of 500 letters is 10 MB
    /// before its streams are compressed) with every stream but the XMP packet a complete zlib stream.</summary>
    /// <param name="plain">Called on every part of the file that is not stream data (dictionaries,
    /// the trailer) and on the XMP packet, in file order, before anything moves; it may change
    /// bytes in place, never the length.</param>
    /// <param name="xmp">Given the XMP packet PDFsharp writes itself at save time (after
    /// <paramref name="plain"/>), returns the packet to write instead, or null to keep it.</param>
    /// <param name="fontProgram">Given a plain font program, returns the one to embed instead
    /// (see <see cref="TrueTypeTrim"/>), or null to keep it.</param>
    /// <param name="complete">Numbers of the objects whose streams are complete zlib streams
    /// already: not inflated again to check.</param>
    public static byte[] CompleteFlate(byte[] pdf, int length, SpanAction<byte, int>? plain = null, Func<ReadOnlySpan<byte>, byte[]?>? xmp = null,
        Func<ReadOnlySpan<byte>, byte[]?>? fontProgram = null, IReadOnlySet<int>? complete = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, pdf.Length);
        var xref = CrossReference.Read(pdf.AsSpan(0, length));
        var streams = new List<StreamSpan>();
        var offsets = xref.ObjectOffsets.Order().ToArray();
        for (var i = 0; i < offsets.Length; i++)
        {
            // Most objects of a tagged file are small dictionaries (its structure elements): an
            // object without the keyword before the next one is not read further.
            var end = i + 1 < offsets.Length ? offsets[i + 1] : xref.Offset;
            if (end > offsets[i] && pdf.AsSpan(offsets[i], end - offsets[i]).IndexOf("stream"u8) < 0) continue;
            if (ObjectStream(pdf.AsSpan(0, length), offsets[i]) is { } stream) streams.Add(stream);
        }
        streams.Sort((a, b) => a.DataStart.CompareTo(b.DataStart));

        if (plain is not null)
        {
            var from = 0;
            foreach (var s in streams.Where(s => !IsXmp(pdf, s)))
            {
                plain(pdf.AsSpan(from, s.DataStart - from), from);
                from = s.DataEnd;
            }
            plain(pdf.AsSpan(from, length - from), from);
        }

        // Three edits a stream at most (a font program its /Length1 too), then one for each
        // object's offset and one for startxref.
        var edits = new List<Edit>(3 * streams.Count + xref.Entries.Count + 1);
        foreach (var s in streams)
        {
            if (IsXmp(pdf, s))
            {
                if (xmp?.Invoke(pdf.AsSpan(s.DataStart, s.DataLength)) is { } packet)
                {
                    edits.Add(new Edit(s.LengthStart, s.LengthEnd, Digits(packet.Length)));
                    edits.Add(new Edit(s.DataStart, s.DataEnd, packet));
                }
            }
            else if (!s.Filtered)
            {
                ReadOnlySpan<byte> data = pdf.AsSpan(s.DataStart, s.DataLength);
                if (s.Length1 is { } digits && digits.End > digits.Start && fontProgram?.Invoke(data) is { } replaced)
                {
                    edits.Add(new Edit(digits.Start, digits.End, Digits(replaced.Length)));
                    data = replaced;
                }
                var compressed = Compressed(data, s.FontProgram);
                edits.Add(new Edit(s.LengthStart, s.LengthEnd, [.. Digits(compressed.Length), .. FlateFilter]));
                edits.Add(new Edit(s.DataStart, s.DataEnd, compressed));
            }
            else if (s.Flate && complete?.Contains(s.Number) != true && Trailer(pdf, s.DataStart, s.DataLength) is { } trailer)
            {
                edits.Add(new Edit(s.LengthStart, s.LengthEnd, Digits(s.DataLength + trailer.Length)));
                edits.Add(new Edit(s.DataEnd, s.DataEnd, trailer));
            }
        }
        if (edits.Count == 0) return length == pdf.Length ? pdf : pdf[..length];

        // Object offsets and startxref, moved by the edits before them (the table keeps its width).
        var moved = new Moves(edits);
        foreach (var entry in xref.Entries)
            edits.Add(new Edit(entry.Start, entry.Start + 10, Padded(moved.Map(entry.Offset), 10)));
        edits.Add(new Edit(xref.StartXrefDigits.Start, xref.StartXrefDigits.End, Digits(moved.Map(xref.Offset))));
        return Apply(pdf.AsSpan(0, length), edits);
    }

    /// <summary>A plain stream that is an XMP packet (ISO 16684-1 §7.3: it begins with its
    /// processing instruction).</summary>
    private static bool IsXmp(byte[] pdf, StreamSpan s) =>
        !s.Filtered && pdf.AsSpan(s.DataStart, s.DataLength).StartsWith("<?xpacket"u8);

    /// <summary>Gives <paramref name="stream"/> the complete zlib stream <paramref name="zlib"/> as its
    /// data, Flate-filtered, and lists it in <paramref name="compressed"/>: saving leaves it as it is
    /// (<see cref="Reproducibility.Save"/>).</summary>
    internal static void SetCompressed(PdfSharp.Pdf.PdfDictionary stream, byte[] zlib, ICollection<PdfSharp.Pdf.PdfDictionary> compressed)
    {
        if (stream.Stream is { } data) data.Value = zlib;
        else stream.CreateStream(zlib);
        stream.Elements.SetName("/Filter", "/FlateDecode");
        compressed.Add(stream);
    }

    /// <summary>The zlib stream of <paramref name="data"/>, at zlib's default level as PDFsharp
    /// compresses; a font program's, or a short stream's (a font's ToUnicode map, the same for
    /// every letter of a merge with the same glyphs), is kept for the next file that has it.</summary>
    private static byte[] Compressed(ReadOnlySpan<byte> data, bool fontProgram)
    {
        if (!fontProgram && data.Length > ShortStream) return Zlib(data);
        var key = Convert.ToHexString(SHA256.HashData(data));
        return KeptStreams.TryGet(key, out var known) ? known : KeptStreams.Keep(key, Zlib(data));
    }

    private const int ShortStream = 16 * 1024;

    private static readonly KeptValues<string, byte[]> KeptStreams = new(128, StringComparer.Ordinal);

    /// <summary>zlib's default level, PDFsharp's: what every stream but a page's text gets.</summary>
    internal const int DefaultLevel = 6;

    /// <summary>A page's content stream, made anew for every page (a merge's letters each have
    /// their own): level 2 compresses a letter's page in half the time of level 6 (110 µs against
    /// 200 µs for its 12 KB), for 12 % more bytes (3.7 KB against 3.3 KB), 1 % of the file.</summary>
    internal const int PageContentLevel = 2;

    internal static byte[] Zlib(ReadOnlySpan<byte> data, int level = DefaultLevel)
    {
        var output = t_zlib ?? new MemoryStream();
        t_zlib = null;
        output.SetLength(0);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(data);
        var compressed = output.ToArray();
        if (output.Capacity <= KeptOutputCapacity) t_zlib = output;
        return compressed;
    }

    /// <summary>The stream this thread last compressed into, for its next stream: each page and
    /// each short stream of a merge's letter grew one of its own.</summary>
    [ThreadStatic] private static MemoryStream? t_zlib;

    private const int KeptOutputCapacity = 1 << 20;

    /// <summary>The Adler-32 trailer a zlib stream lacks, or null when it is complete already or
    /// is not a zlib stream this pass can read (left for a reader to report).</summary>
    internal static byte[]? Trailer(byte[] buffer, int start, int length)
    {
        if (!IsZlibHeader(buffer, start, length)) return null;
        uint adler;
        try
        {
            adler = InflatedAdler32(buffer, start + 2, length - 2);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        var trailer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, adler);
        // A trailer that matches is there already; any deflate data ends before it.
        return length >= 6 && buffer.AsSpan(start + length - 4, 4).SequenceEqual(trailer) ? null : trailer;
    }

    /// <summary>What a reader that checks zlib streams finds in the data of a Flate stream.</summary>
    public enum ZlibState
    {
        Complete,
        /// <summary>The two bytes before the deflate data are not a zlib header.</summary>
        NotZlib,
        /// <summary>The deflate data cannot be inflated.</summary>
        Damaged,
        /// <summary>It inflates, but the Adler-32 of what it inflates to is missing or another.</summary>
        BadChecksum,
    }

    /// <summary>Checks the data of a Flate stream as zlib readers do, writing what it inflates to
    /// into <paramref name="inflated"/> when given. Readers accept an end of line after the
    /// trailer (some writers count it in <c>/Length</c>), so this does too.</summary>
    public static ZlibState Check(byte[] data, Stream? inflated = null)
    {
        if (!IsZlibHeader(data, 0, data.Length)) return ZlibState.NotZlib;
        uint adler;
        try
        {
            adler = InflatedAdler32(data, 2, data.Length - 2, inflated);
        }
        catch (InvalidDataException)
        {
            return ZlibState.Damaged;
        }
        // The trailer's own last byte may be a CR or an LF: it is looked for at the very end first.
        for (var end = data.Length; end >= 6 && data.Length - end <= 2; end--)
        {
            if (BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(end - 4)) == adler) return ZlibState.Complete;
            if (data[end - 1] is not ((byte)'\r' or (byte)'\n')) break;
        }
        return ZlibState.BadChecksum;
    }

    /// <summary>Deflate with a window of at most 32 KiB, a valid check and no preset dictionary (RFC 1950).</summary>
    private static bool IsZlibHeader(byte[] buffer, int start, int length)
    {
        if (length < 2) return false;
        int cmf = buffer[start], flg = buffer[start + 1];
        return (cmf & 0x0F) == 8 && cmf >> 4 <= 7 && (cmf << 8 | flg) % 31 == 0 && (flg & 0x20) == 0;
    }

    /// <summary>The Adler-32 of what raw deflate data inflates to, kept only if <paramref name="inflated"/> is given.</summary>
    private static uint InflatedAdler32(byte[] buffer, int start, int length, Stream? inflated = null)
    {
        using var deflate = new DeflateStream(new MemoryStream(buffer, start, length, writable: false), CompressionMode.Decompress);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var adler = 1u;
            int read;
            while ((read = deflate.Read(chunk, 0, chunk.Length)) > 0)
            {
                adler = Adler32(adler, chunk.AsSpan(0, read));
                inflated?.Write(chunk, 0, read);
            }
            return adler;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Adler-32 (RFC 1950 §8), continued from <paramref name="adler"/> (1 to start).</summary>
    internal static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint Base = 65521;
        // The largest run whose sums cannot overflow 32 bits before the modulo.
        const int Run = 5552;
        uint a = adler & 0xFFFF, b = adler >> 16;
        while (!data.IsEmpty)
        {
            var run = data[..Math.Min(Run, data.Length)];
            foreach (var x in run)
            {
                a += x;
                b += a;
            }
            a %= Base;
            b %= Base;
            data = data[run.Length..];
        }
        return b << 16 | a;
    }

    /// <summary>The stream of the object at <paramref name="offset"/>, if it has one.</summary>
    private static StreamSpan? ObjectStream(ReadOnlySpan<byte> pdf, int offset)
    {
        var s = new Scanner(pdf, offset);
        if (!s.Integer(out var number) || !s.Integer(out _) || !s.Keyword("obj"u8)) throw Malformed($"no object at offset {offset}");
        s.SkipSpace();
        if (!s.Next("<<"u8)) return null;
        var (length, filter, length1) = s.StreamDictionary();
        s.SkipSpace();
        if (!s.Keyword("stream"u8)) return null;
        // The keyword ends with CR LF or LF; the data follows (PDF 32000-1 §7.3.8.1).
        if (s.Next("\r\n"u8) || s.Next("\n"u8)) { }
        else throw Malformed($"no end of line after « stream » at offset {s.Position}");
        if (length is not { } digits) throw Malformed($"stream at offset {offset} has no direct /Length");
        var dataStart = s.Position;
        var dataEnd = dataStart + ParseInt(pdf[digits.Start..digits.End]);
        if (dataEnd > pdf.Length || !EndsStream(pdf, dataEnd)) throw Malformed($"/Length of the stream at offset {offset} does not reach « endstream »");
        return new StreamSpan(number, digits.Start, digits.End, dataStart, dataEnd, filter is not null, filter is "FlateDecode" or "Fl", length1);
    }

    private static bool EndsStream(ReadOnlySpan<byte> pdf, int at)
    {
        var rest = pdf[at..];
        if (rest.StartsWith("\r\n"u8)) rest = rest[2..];
        else if (rest.StartsWith("\n"u8) || rest.StartsWith("\r"u8)) rest = rest[1..];
        return rest.StartsWith("endstream"u8);
    }

    private static byte[] Apply(ReadOnlySpan<byte> pdf, List<Edit> edits)
    {
        edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var output = new byte[pdf.Length + edits.Sum(e => e.Delta)];
        int from = 0, to = 0;
        foreach (var edit in edits)
        {
            if (edit.Start < from) throw new InvalidOperationException("overlapping edits");
            pdf[from..edit.Start].CopyTo(output.AsSpan(to));
            to += edit.Start - from;
            edit.Replacement.CopyTo(output.AsSpan(to));
            to += edit.Replacement.Length;
            from = edit.End;
        }
        pdf[from..].CopyTo(output.AsSpan(to));
        return output;
    }

    /// <summary>Maps an offset of the input to the output, given edits that lie before it.</summary>
    private sealed class Moves
    {
        private readonly int[] _ends;
        private readonly int[] _shift;

        public Moves(List<Edit> edits)
        {
            var sorted = edits.OrderBy(e => e.End).ToArray();
            _ends = sorted.Select(e => e.End).ToArray();
            _shift = new int[sorted.Length + 1];
            for (var i = 0; i < sorted.Length; i++) _shift[i + 1] = _shift[i] + sorted[i].Delta;
        }

        public int Map(int offset)
        {
            // Edits ending at or before the offset have moved it.
            int lo = 0, hi = _ends.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_ends[mid] <= offset) lo = mid + 1; else hi = mid;
            }
            return offset + _shift[lo];
        }
    }

    private static byte[] Digits(int value)
    {
        Span<byte> buffer = stackalloc byte[11];
        Utf8Formatter.TryFormat(value, buffer, out var written);
        return buffer[..written].ToArray();
    }

    private static byte[] Padded(int value, int width)
    {
        var digits = Digits(value);
        if (digits.Length > width) throw new InvalidOperationException("offset too large for the cross-reference table");
        var padded = new byte[width];
        padded.AsSpan().Fill((byte)'0');
        digits.CopyTo(padded.AsSpan(width - digits.Length));
        return padded;
    }

    private static int ParseInt(ReadOnlySpan<byte> digits) =>
        Utf8Parser.TryParse(digits, out int value, out var used) && used == digits.Length && value >= 0
            ? value : throw Malformed("a number that is not one");

    private static InvalidDataException Malformed(string what) => new($"PDF not as PDFsharp writes it: {what}");

    /// <summary>The classic cross-reference table PDFsharp writes (no xref streams, no updates).</summary>
    private sealed record CrossReference(int Offset, IReadOnlyList<(int Start, int Offset)> Entries, (int Start, int End) StartXrefDigits)
    {
        public IEnumerable<int> ObjectOffsets => Entries.Select(e => e.Offset);

        public static CrossReference Read(ReadOnlySpan<byte> pdf)
        {
            var tail = Math.Max(0, pdf.Length - 1024);
            var at = pdf[tail..].LastIndexOf("startxref"u8);
            if (at < 0) throw Malformed("no startxref");
            var s = new Scanner(pdf, tail + at + "startxref".Length);
            s.SkipSpace();
            var digitsStart = s.Position;
            if (!s.Integer(out var offset)) throw Malformed("no offset after startxref");
            var digits = (digitsStart, s.Position);

            s = new Scanner(pdf, offset);
            if (!s.Keyword("xref"u8)) throw Malformed("startxref does not point to an xref table (xref streams are not handled)");
            var entries = new List<(int, int)>();
            while (true)
            {
                s.SkipSpace();
                if (s.Next("trailer"u8)) break;
                if (!s.Integer(out _) || !s.Integer(out var count)) throw Malformed("bad xref subsection");
                for (var i = 0; i < count; i++)
                {
                    s.SkipSpace();
                    var start = s.Position;
                    if (!s.Integer(out var objectOffset) || !s.Integer(out _)) throw Malformed("bad xref entry");
                    s.SkipSpace();
                    var type = s.Peek;
                    s.Skip(1);
                    if (s.Position - start < 18) throw Malformed("xref entry narrower than 20 bytes");
                    if (type == 'n') entries.Add((start, objectOffset));
                    else if (type != 'f') throw Malformed("xref entry neither n nor f");
                }
            }
            var trailerEnd = pdf[s.Position..(tail + at)];
            if (trailerEnd.IndexOf("/Prev"u8) >= 0) throw Malformed("incremental updates are not handled");
            return new CrossReference(offset, entries, digits);
        }
    }

    /// <summary>Just enough of a PDF tokenizer to find a stream dictionary's /Length and /Filter.</summary>
    private ref struct Scanner(ReadOnlySpan<byte> pdf, int position)
    {
        private readonly ReadOnlySpan<byte> _pdf = pdf;
        public int Position { get; private set; } = position;

        public readonly int Peek => Position < _pdf.Length ? _pdf[Position] : -1;

        public void Skip(int n) => Position += n;

        private static bool IsSpace(int b) => b is 0 or 9 or 10 or 12 or 13 or 32;

        private static bool IsDelimiter(int b) => b is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

        private static bool IsRegular(int b) => b >= 0 && !IsSpace(b) && !IsDelimiter(b);

        public void SkipSpace()
        {
            while (true)
            {
                while (IsSpace(Peek)) Position++;
                if (Peek != '%') return;
                while (Peek >= 0 && Peek != '\n' && Peek != '\r') Position++;
            }
        }

        public bool Next(ReadOnlySpan<byte> literal)
        {
            if (!_pdf[Position..].StartsWith(literal)) return false;
            Position += literal.Length;
            return true;
        }

        /// <summary>A keyword, after optional white space, ending at a delimiter or white space.</summary>
        public bool Keyword(ReadOnlySpan<byte> word)
        {
            var save = Position;
            SkipSpace();
            if (Next(word) && !IsRegular(Peek)) return true;
            Position = save;
            return false;
        }

        /// <summary>A non-negative integer after optional white space.</summary>
        public bool Integer(out int value)
        {
            var save = Position;
            SkipSpace();
            var start = Position;
            while (Peek is >= '0' and <= '9') Position++;
            if (Position > start && !IsRegular(Peek) && Utf8Parser.TryParse(_pdf[start..Position], out value, out _)) return true;
            Position = save;
            value = 0;
            return false;
        }

        private ReadOnlySpan<byte> Name()
        {
            var start = ++Position;
            while (IsRegular(Peek)) Position++;
            return _pdf[start..Position];
        }

        /// <summary>After « &lt;&lt; »: reads the dictionary to its end and returns where the digits
        /// of a direct /Length are, the first filter's name and, if it has a /Length1, where its
        /// digits are (an empty span when it is not a plain number).</summary>
        public ((int Start, int End)? Length, string? Filter, (int Start, int End)? Length1) StreamDictionary()
        {
            (int, int)? length = null;
            string? filter = null;
            (int, int)? length1 = null;
            while (true)
            {
                SkipSpace();
                if (Next(">>"u8)) return (length, filter, length1);
                if (Peek != '/') throw Malformed($"dictionary key expected at offset {Position}");
                var key = Name();
                SkipSpace();
                var start = Position;
                if (key.SequenceEqual("Length"u8))
                {
                    if (SkipValue() == Value.Integer) length = (start, Position);
                }
                else if (key.SequenceEqual("Length1"u8))
                {
                    length1 = SkipValue() == Value.Integer ? (start, Position) : (start, start);
                }
                else if (key.SequenceEqual("Filter"u8))
                {
                    if (Peek == '[')
                    {
                        Position++;
                        SkipSpace();
                    }
                    if (Peek == '/') filter = System.Text.Encoding.ASCII.GetString(Name());
                    Position = start;
                    SkipValue();
                }
                else SkipValue();
            }
        }

        private enum Value { Integer, Other }

        /// <summary>Skips one object (a reference counts as one); says whether it was a plain integer.</summary>
        private Value SkipValue()
        {
            SkipSpace();
            switch (Peek)
            {
                case '/':
                    Name();
                    return Value.Other;
                case '(':
                    SkipLiteralString();
                    return Value.Other;
                case '<' when Position + 1 < _pdf.Length && _pdf[Position + 1] == '<':
                    Position += 2;
                    StreamDictionary();
                    return Value.Other;
                case '<':
                    while (Peek >= 0 && Peek != '>') Position++;
                    Position++;
                    return Value.Other;
                case '[':
                    Position++;
                    while (true)
                    {
                        SkipSpace();
                        if (Peek == ']')
                        {
                            Position++;
                            return Value.Other;
                        }
                        if (Peek < 0) throw Malformed("unterminated array");
                        SkipValue();
                    }
                case >= '0' and <= '9':
                    if (Integer(out _))
                    {
                        var end = Position;
                        if (Integer(out _) && Keyword("R"u8)) return Value.Other;
                        Position = end;
                        return Value.Integer;
                    }
                    goto default;
                default:
                    var first = Position;
                    while (IsRegular(Peek)) Position++;
                    if (Position == first) throw Malformed($"unexpected byte at offset {Position}");
                    return Value.Other;
            }
        }

        private void SkipLiteralString()
        {
            var depth = 0;
            do
            {
                var b = Peek;
                if (b < 0) throw Malformed("unterminated string");
                Position++;
                if (b == '\\') Position++;
                else if (b == '(') depth++;
                else if (b == ')') depth--;
            } while (depth > 0);
        }
    }
}
