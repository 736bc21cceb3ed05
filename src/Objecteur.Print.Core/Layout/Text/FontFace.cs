using System.Buffers.Binary;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// One TrueType face with the metrics the layout engine needs. Widths are read once from the
/// font's <c>hmtx</c>/<c>cmap</c> tables and kept per glyph, in em, because measuring text is the
/// hot path of layout (a 10,000-letter merge measures millions of words) and asking a drawing API
/// each time would dominate the run time. All metrics are in em (fractions of the font size).
/// The cmap and widths are read when the face is first measured: a job uses three or four of the
/// eight faces shipped, and every process starts by loading them all.
/// </summary>
public sealed class FontFace
{
    /// <summary>What measuring needs: the cmap, the advance of each glyph in font units and in em
    /// (as a float, the precision layout has always measured with); the cmap of the Basic
    /// Multilingual Plane also as a table of 256-character pages, each glyph plus one (0 where the
    /// font has none), as every character drawn is looked up in it. A page exists only where the
    /// font has glyphs: a face drawn first in a run touched a megabyte of fresh memory in flat arrays.</summary>
    private sealed class Glyphs
    {
        public Glyphs(Dictionary<int, ushort> byCodePoint, ushort[] advanceUnits, double unitsPerEm)
        {
            ByCodePoint = byCodePoint;
            AdvanceUnits = advanceUnits;
            AdvanceEm = new float[advanceUnits.Length];
            for (var g = 0; g < advanceUnits.Length; g++) AdvanceEm[g] = (float)(advanceUnits[g] / unitsPerEm);
            foreach (var (codePoint, glyph) in byCodePoint)
                if (codePoint is >= 0 and < 0x10000) (BmpPages[codePoint >> 8] ??= new ushort[256])[codePoint & 0xFF] = (ushort)(glyph + 1);
        }

        public readonly Dictionary<int, ushort> ByCodePoint;
        public readonly ushort[] AdvanceUnits;
        public readonly float[] AdvanceEm;
        public readonly ushort[]?[] BmpPages = new ushort[]?[256];

        /// <summary>The glyph of a BMP code point, plus one; 0 when the font has none.</summary>
        public int Bmp(int codePoint) => BmpPages[codePoint >> 8] is { } page ? page[codePoint & 0xFF] : 0;
    }

    private Glyphs? _glyphs;

    /// <summary>Read once; two threads measuring first at the same time may both read the tables,
    /// one result is kept (they are equal).</summary>
    private Glyphs Table => _glyphs ?? LazyInitializer.EnsureInitialized(ref _glyphs, () => ReadGlyphs(File.Span, UnitsPerEm));

    private byte[]? _data;

    private FontFace(string name, string family, bool bold, bool italic, ReadOnlyMemory<byte> file, byte[]? data,
        double unitsPerEm, double ascender, double descender, double lineGap, double capHeight)
    {
        Name = name;
        Family = family;
        Bold = bold;
        Italic = italic;
        File = file;
        _data = data;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        LineGap = lineGap;
        CapHeight = capHeight;
    }

    /// <summary>Unique face name, e.g. <c>NotoSerif-BoldItalic</c>; Render resolves fonts by it.</summary>
    public string Name { get; }
    public string Family { get; }
    public bool Bold { get; }
    public bool Italic { get; }
    /// <summary>The font file, for embedding: a copy kept for the life of the process, on the
    /// pinned heap. Half a megabyte a face, five faces for a booklet: on the large-object heap,
    /// copied as a document was drawn, they used up that heap's allowance and brought a collection
    /// of the whole heap (an eighth of the booklet's time); the pinned heap has its own.</summary>
    public byte[] Data => _data ?? LazyInitializer.EnsureInitialized(ref _data, () =>
    {
        var data = GC.AllocateUninitializedArray<byte>(File.Length, pinned: true);
        File.Span.CopyTo(data);
        return data;
    });

    /// <summary>The font file where it lies (for the shipped fonts, inside the program itself):
    /// what reading it needs, without the copy <see cref="Data"/> makes of a face embedded.</summary>
    public ReadOnlyMemory<byte> File { get; }
    public double UnitsPerEm { get; }
    /// <summary>Typographic ascender, em, positive.</summary>
    public double Ascender { get; }
    /// <summary>Typographic descender, em, negative.</summary>
    public double Descender { get; }
    public double LineGap { get; }
    public double CapHeight { get; }

    public bool HasGlyph(int codePoint) =>
        codePoint is >= 0 and < 0x10000 ? Table.Bmp(codePoint) > 0 : Table.ByCodePoint.ContainsKey(codePoint);

    /// <summary>The glyph the font's Unicode cmap gives a code point; 0 (.notdef) when it has none.</summary>
    public ushort GlyphIndex(int codePoint) =>
        codePoint is >= 0 and < 0x10000 ? (ushort)Math.Max(Table.Bmp(codePoint) - 1, 0) : Table.ByCodePoint.GetValueOrDefault(codePoint);

    /// <summary>Advance width of one code point in em; a missing glyph measures as .notdef.</summary>
    public double Advance(int codePoint)
    {
        if (codePoint is >= 0 and < 0x10000)
        {
            var table = Table;
            return table.AdvanceEm[Math.Min(Math.Max(table.Bmp(codePoint) - 1, 0), table.AdvanceEm.Length - 1)];
        }
        return ComputeAdvance(codePoint);
    }

    /// <summary>Sum of advances in em (no kerning: PDFsharp does not kern either, so what we
    /// measure is what is drawn).</summary>
    public double MeasureEm(ReadOnlySpan<char> text)
    {
        double sum = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            sum += Advance(cp);
        }
        return sum;
    }

    public double Measure(ReadOnlySpan<char> text, double size) => MeasureEm(text) * size;

    /// <summary>First code point of <paramref name="text"/> that this face cannot draw, or -1.</summary>
    public int FirstMissingGlyph(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            if (cp is '\n' or '\r' or '\t' or '\u00AD') continue;
            if (!HasGlyph(cp)) return cp;
        }
        return -1;
    }

    private double ComputeAdvance(int codePoint)
    {
        var table = Table;
        var index = Math.Min(GlyphIndex(codePoint), table.AdvanceUnits.Length - 1);
        return table.AdvanceUnits[index] / UnitsPerEm;
    }

    public override string ToString() => Name;

    /// <summary>Reads the tables a layout needs from a TrueType (glyf) font file.</summary>
    /// <exception cref="InvalidDataException">The file is not a usable TrueType font.</exception>
    public static FontFace Load(byte[] data) => Load(data, data);

    /// <summary>A font file that stays where it is, copied only if embedded (see <see cref="Data"/>).</summary>
    /// <exception cref="InvalidDataException">The file is not a usable TrueType font.</exception>
    public static FontFace Load(ReadOnlyMemory<byte> file) => Load(file, null);

    private static FontFace Load(ReadOnlyMemory<byte> file, byte[]? data)
    {
        var tables = ReadTableDirectory(file.Span);
        ReadOnlySpan<byte> Table(string tag) =>
            tables.TryGetValue(tag, out var r) ? file.Span.Slice(r.Offset, r.Length)
                : throw new InvalidDataException($"table '{tag}' manquante");

        var head = Table("head");
        double upem = U16(head, 18);
        var hhea = Table("hhea");
        // Checked now, read at first measure (ReadGlyphs): a bad font is refused when loaded.
        _ = Table("maxp");
        _ = Table("hmtx");
        UnicodeSubtable(Table("cmap"));

        double ascender = (short)U16(hhea, 4), descender = (short)U16(hhea, 6), lineGap = (short)U16(hhea, 8);
        double capHeight = ascender * 0.7;
        if (tables.ContainsKey("OS/2"))
        {
            var os2 = Table("OS/2");
            ascender = (short)U16(os2, 68);
            descender = (short)U16(os2, 70);
            lineGap = (short)U16(os2, 72);
            if (U16(os2, 0) >= 2 && os2.Length >= 90) capHeight = (short)U16(os2, 88);
        }

        var (family, subfamily, postScript) = ReadNames(Table("name"));
        var macStyle = U16(head, 44);
        var bold = (macStyle & 1) != 0;
        var italic = (macStyle & 2) != 0;
        return new FontFace(postScript ?? $"{family}-{subfamily}".Replace(" ", ""), family, bold, italic, file, data,
            upem, ascender / upem, descender / upem, lineGap / upem, capHeight / upem);
    }

    /// <summary>The cmap and the advance of every glyph, of a font <see cref="Load"/> accepted.</summary>
    private static Glyphs ReadGlyphs(ReadOnlySpan<byte> data, double unitsPerEm)
    {
        var tables = ReadTableDirectory(data);
        int numberOfHMetrics = U16(data.Slice(tables["hhea"].Offset), 34);
        int numGlyphs = U16(data.Slice(tables["maxp"].Offset), 4);
        var hmtx = data.Slice(tables["hmtx"].Offset, tables["hmtx"].Length);
        var advances = new ushort[numGlyphs];
        for (var g = 0; g < numGlyphs; g++)
            advances[g] = U16(hmtx, 4 * Math.Min(g, numberOfHMetrics - 1));
        return new Glyphs(ReadCmap(data.Slice(tables["cmap"].Offset, tables["cmap"].Length)), advances, unitsPerEm);
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12) throw new InvalidDataException("fichier trop court");
        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version != 0x00010000 && version != 0x74727565)
            throw new InvalidDataException("ce n'est pas une police TrueType (contours glyf)");
        int count = U16(data, 4);
        var tables = new Dictionary<string, (int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + 16 * i;
            var tag = System.Text.Encoding.ASCII.GetString(data.Slice(rec, 4));
            tables[tag] = ((int)U32(data, rec + 8), (int)U32(data, rec + 12));
        }
        return tables;
    }

    /// <summary>Where the best Unicode subtable is (format 12 over 4) and its format.</summary>
    private static (int Offset, int Format) UnicodeSubtable(ReadOnlySpan<byte> cmap)
    {
        int count = U16(cmap, 2);
        int best = -1, bestFormat = 0;
        for (var i = 0; i < count; i++)
        {
            int platform = U16(cmap, 4 + 8 * i), encoding = U16(cmap, 6 + 8 * i);
            var offset = (int)U32(cmap, 8 + 8 * i);
            int format = U16(cmap, offset);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode || format is not (4 or 12)) continue;
            if (format > bestFormat) { best = offset; bestFormat = format; }
        }
        if (best < 0) throw new InvalidDataException("pas de table cmap Unicode");
        return (best, bestFormat);
    }

    private static Dictionary<int, ushort> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var (best, bestFormat) = UnicodeSubtable(cmap);
        var map = new Dictionary<int, ushort>();
        var sub = cmap[best..];
        if (bestFormat == 12)
        {
            var groups = U32(sub, 12);
            for (var g = 0; g < groups; g++)
            {
                var rec = 16 + 12 * g;
                uint start = U32(sub, rec), end = U32(sub, rec + 4), glyph = U32(sub, rec + 8);
                for (var c = start; c <= end; c++) map[(int)c] = (ushort)(glyph + c - start);
            }
            return map;
        }
        var segCount = U16(sub, 6) / 2;
        int ends = 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount;
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(sub, ends + 2 * s), start = U16(sub, starts + 2 * s);
            var delta = (short)U16(sub, deltas + 2 * s);
            int rangeOffset = U16(sub, ranges + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = U16(sub, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) map[c] = (ushort)glyph;
            }
        }
        return map;
    }

    private static (string Family, string Subfamily, string? PostScript) ReadNames(ReadOnlySpan<byte> name)
    {
        int count = U16(name, 2), storage = U16(name, 4);
        string family = "", subfamily = "";
        string? postScript = null;
        for (var i = 0; i < count; i++)
        {
            var rec = 6 + 12 * i;
            int platform = U16(name, rec), id = U16(name, rec + 6), length = U16(name, rec + 8), offset = U16(name, rec + 10);
            if (platform != 3) continue;
            var text = System.Text.Encoding.BigEndianUnicode.GetString(name.Slice(storage + offset, length));
            switch (id)
            {
                case 1: family = text; break;
                case 2: subfamily = text; break;
                case 6: postScript = text; break;
            }
        }
        return (family, subfamily, postScript);
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);
    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
