using System.Buffers.Binary;

namespace Objecteur.Print.Render;

/// <summary>
/// Shortens a TrueType subset as PDFsharp embeds it. PDFsharp keeps a subset's glyph numbers (the
/// text then needs no new encoding) by keeping every glyph slot of the font, emptied: Noto Sans has
/// 3,317, and the <c>loca</c> and <c>hmtx</c> entries of the empty slots were most of each font
/// program of a letter, which uses no glyph past number 600 in its bold and italic faces. The slots
/// after the last glyph a document uses (drawn, or part of a glyph drawn: an accent) are dropped
/// (<c>maxp</c>, <c>loca</c>, <c>hmtx</c> and <c>hhea</c> shortened, <c>loca</c> made short when
/// its offsets allow), the metrics of the empty slots kept are zeroed (they compress to nothing),
/// the checksums computed again; the glyphs used, their numbers and metrics, do not change.
/// </summary>
/// <remarks>A font that does not read as expected is left whole: trimming is only ever a saving.</remarks>
public static class TrueTypeTrim
{
    /// <summary><paramref name="font"/> without the slots after its last outline and after
    /// <paramref name="highestDrawn"/> (a glyph drawn may have no outline: a space), the metrics
    /// of an empty slot zeroed unless <paramref name="drawn"/>; null when it cannot be read as a
    /// TrueType font or would not be shorter.</summary>
    public static byte[]? Trim(ReadOnlySpan<byte> font, int highestDrawn, Func<int, bool> drawn)
    {
        if (Read(font) is not { } read) return null;
        var (tables, count, offsets) = read;
        // A slot is empty when its outline starts where the next one does.
        var outlines = count;
        while (outlines > 0 && offsets[outlines - 1] == offsets[outlines]) outlines--;
        var glyphs = Math.Max(Math.Max(highestDrawn + 1, outlines), 1);
        if (glyphs >= count || offsets[glyphs] > tables["glyf"].Length) return null;
        var output = Write(font, tables, count, offsets, font.Slice(tables["glyf"].Offset, offsets[glyphs]).ToArray(), glyphs, drawn);
        return output.Length >= font.Length ? null : output;
    }

    /// <summary>The subset of a whole font (the file of a face, not a subset PDFsharp made) that
    /// <see cref="Trim"/> makes of the subset PDFsharp would make of it: PDFsharp's tables (cvt,
    /// fpgm, glyf, head, hhea, hmtx, loca, maxp, prep), the glyphs drawn with .notdef and the parts
    /// of the composite ones, each under its number, the slots after the last of them dropped.
    /// Made so, PDFsharp need not subset the font at all (a sixteenth of a merge's time).</summary>
    /// <returns>The font program, or null when the font cannot be read as a TrueType font.</returns>
    public static byte[]? Subset(ReadOnlySpan<byte> font, int highestDrawn, Func<int, bool> drawn)
    {
        if (Read(font) is not { } read) return null;
        var (tables, count, offsets) = read;
        var glyf = tables["glyf"];
        if (offsets[count] > glyf.Length) return null;
        var kept = new bool[count];
        var pending = new Stack<int>();
        pending.Push(0);
        for (var g = 1; g <= Math.Min(highestDrawn, count - 1); g++) if (drawn(g)) pending.Push(g);
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (g >= count || kept[g]) continue;
            kept[g] = true;
            foreach (var part in Components(font.Slice(glyf.Offset + offsets[g], offsets[g + 1] - offsets[g]))) pending.Push(part);
        }
        var glyphs = Array.LastIndexOf(kept, true) + 1;
        var subset = new int[count + 1];
        for (var g = 0; g < count; g++) subset[g + 1] = subset[g] + (kept[g] ? offsets[g + 1] - offsets[g] : 0);
        var data = new byte[subset[glyphs]];
        for (var g = 0; g < glyphs; g++)
            if (kept[g]) font.Slice(glyf.Offset + offsets[g], offsets[g + 1] - offsets[g]).CopyTo(data.AsSpan(subset[g]));
        var chosen = tables.Where(t => SubsetTables.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        return Write(font, chosen, count, subset, data, Math.Min(Math.Max(glyphs, highestDrawn + 1), count), drawn);
    }

    /// <summary>The tables PDFsharp 6.2.4 keeps in a subset for a CID font (OpenTypeFontFace.CreateFontSubset).</summary>
    private static readonly HashSet<string> SubsetTables = new(StringComparer.Ordinal) { "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep" };

    /// <summary>The glyphs a composite glyph is made of (OpenType « glyf », composite glyph description).</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var parts = new List<int>();
        if (glyph.Length < 10 || (short)U16(glyph, 0) >= 0) return parts;
        for (var at = 10; at + 4 <= glyph.Length;)
        {
            int flags = U16(glyph, at);
            parts.Add(U16(glyph, at + 2));
            at += 4 + ((flags & 0x1) != 0 ? 4 : 2);
            if ((flags & 0x8) != 0) at += 2;
            else if ((flags & 0x40) != 0) at += 4;
            else if ((flags & 0x80) != 0) at += 8;
            if ((flags & 0x20) == 0) break;
        }
        return parts;
    }

    /// <summary>The tables, the number of glyph slots and their outlines' offsets in glyf, or null
    /// when the font does not read as expected.</summary>
    private static (Dictionary<string, (int Offset, int Length)> Tables, int Count, int[] Offsets)? Read(ReadOnlySpan<byte> font)
    {
        if (Tables(font) is not { } tables
            || !tables.TryGetValue("head", out var head) || head.Length < 54
            || !tables.TryGetValue("maxp", out var maxp) || maxp.Length < 6
            || !tables.TryGetValue("hhea", out var hhea) || hhea.Length < 36
            || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("hmtx", out var hmtx)
            || !tables.ContainsKey("glyf"))
            return null;
        int count = U16(font, maxp.Offset + 4), metrics = U16(font, hhea.Offset + 34);
        var longLoca = U16(font, head.Offset + 50) == 1;
        if (metrics == 0 || metrics > count
            || loca.Length < (count + 1) * (longLoca ? 4 : 2) || hmtx.Length < 4 * metrics + 2 * (count - metrics))
            return null;
        var offsets = new int[count + 1];
        for (var g = 0; g <= count; g++)
            offsets[g] = longLoca ? (int)U32(font, loca.Offset + 4 * g) : 2 * U16(font, loca.Offset + 2 * g);
        for (var g = 0; g < count; g++) if (offsets[g + 1] < offsets[g]) return null;
        return (tables, count, offsets);
    }

    /// <summary>The font with <paramref name="glyphs"/> slots, outlines at <paramref name="offsets"/>
    /// in <paramref name="glyf"/>, the metrics of an empty slot zeroed unless <paramref name="drawn"/>,
    /// the other tables of <paramref name="tables"/> copied.</summary>
    private static byte[] Write(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, int count, int[] offsets, byte[] glyf,
        int glyphs, Func<int, bool> drawn)
    {
        var (head, maxp, hhea, hmtx) = (tables["head"], tables["maxp"], tables["hhea"], tables["hmtx"]);
        int metrics = U16(font, hhea.Offset + 34);
        // A short loca counts in words: every offset must be even.
        var shortLoca = glyf.Length <= 2 * 0xFFFF;
        for (var g = 0; g <= glyphs && shortLoca; g++) shortLoca = (offsets[g] & 1) == 0;
        var newLoca = new byte[(glyphs + 1) * (shortLoca ? 2 : 4)];
        for (var g = 0; g <= glyphs; g++)
            if (shortLoca) BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * g), (ushort)(offsets[g] / 2));
            else BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)offsets[g]);
        var keptMetrics = Math.Min(metrics, glyphs);
        var newHmtx = font.Slice(hmtx.Offset, 4 * keptMetrics + 2 * (glyphs - keptMetrics)).ToArray();
        // Glyph 0 (.notdef) is what a reader draws for a code the font lacks: kept as it is.
        for (var g = 1; g < glyphs; g++)
        {
            if (offsets[g + 1] != offsets[g] || drawn(g)) continue;
            if (g < keptMetrics) newHmtx.AsSpan(4 * g, 4).Clear();
            else newHmtx.AsSpan(4 * keptMetrics + 2 * (g - keptMetrics), 2).Clear();
        }
        var newMaxp = font.Slice(maxp.Offset, maxp.Length).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)glyphs);
        var newHhea = font.Slice(hhea.Offset, hhea.Length).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)keptMetrics);
        var newHead = font.Slice(head.Offset, head.Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt16BigEndian(newHead.AsSpan(50), (ushort)(shortLoca ? 0 : 1));

        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = newLoca,
            ["hmtx"] = newHmtx,
            ["maxp"] = newMaxp,
            ["hhea"] = newHhea,
            ["head"] = newHead,
        };
        var output = Write(font, tables, replaced, out var headAt);
        // The whole font sums to 0xB1B0AFBA once head's adjustment is set (OpenType, « head »).
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), 0xB1B0AFBA - Checksum(output));
        return output;
    }

    /// <summary>The <c>head</c> table without its checksum adjustment: what a subset PDFsharp made
    /// of a font shares with that font (it copies the table), to tell which face a subset is of.</summary>
    public static byte[]? HeadKey(ReadOnlySpan<byte> font)
    {
        if (Tables(font) is not { } tables || !tables.TryGetValue("head", out var head) || head.Length < 54) return null;
        var key = font.Slice(head.Offset, 54).ToArray();
        key.AsSpan(8, 4).Clear();
        // A subset may store loca long where the font stored it short, or the other way.
        key.AsSpan(50, 2).Clear();
        return key;
    }

    private static byte[] Write(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, Dictionary<string, byte[]> replaced, out int headAt)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var data = new List<byte[]>(tags.Count);
        foreach (var tag in tags)
            data.Add(replaced.TryGetValue(tag, out var r) ? r : font.Slice(tables[tag].Offset, tables[tag].Length).ToArray());
        var directory = 12 + 16 * tags.Count;
        var output = new byte[directory + data.Sum(d => Padded(d.Length))];
        BinaryPrimitives.WriteUInt32BigEndian(output, BinaryPrimitives.ReadUInt32BigEndian(font));
        var selector = (int)Math.Log2(tags.Count);
        var range = 16 << selector;
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)tags.Count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)range);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(16 * tags.Count - range));
        var at = directory;
        headAt = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var record = output.AsSpan(12 + 16 * i);
            System.Text.Encoding.ASCII.GetBytes(tags[i], record);
            data[i].CopyTo(output, at);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(output.AsSpan(at, Padded(data[i].Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data[i].Length);
            if (tags[i] == "head") headAt = at;
            at += Padded(data[i].Length);
        }
        return output;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The table directory, or null when the data is not a TrueType font whose tables lie inside it.</summary>
    private static Dictionary<string, (int Offset, int Length)>? Tables(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version != 0x00010000 && version != 0x74727565) return null;
        int count = U16(font, 4);
        if (font.Length < 12 + 16 * count) return null;
        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            long offset = U32(font, record + 8), length = U32(font, record + 12);
            if (offset + length > font.Length) return null;
            tables[System.Text.Encoding.ASCII.GetString(font.Slice(record, 4))] = ((int)offset, (int)length);
        }
        return tables;
    }

    /// <summary>The sum of the big-endian 32-bit words (the last one padded with zeros).</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
