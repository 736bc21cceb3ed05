using System.Buffers;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// PDFsharp 6.2.4's <c>PdfFontTable.PrepareForSave</c> for the Unicode fonts this program makes:
/// each font's widths (<c>/W</c>) and its ToUnicode map, the bytes PDFsharp writes, written
/// without its formatted strings, its stream writer and its maps made again to be sorted (a
/// merge's letter spent a twentieth of its time there, in three fonts of a hundred characters).
/// </summary>
/// <remarks>Steps in PDFsharp's order (the widths, the descendant font and its descriptor, which
/// may make the font program, then the map), so objects are made in the same order. A table with
/// any other kind of font, or a document that compresses its streams while saving, is left to
/// PDFsharp. Tests compare the files with those PDFsharp saves (<see cref="PdfWriting"/>).</remarks>
internal static class FontPreparation
{
    public static void Prepare(object table)
    {
        var fonts = PdfSharpFonts.TableFonts(table);
        foreach (var font in fonts.Values)
        {
            // PDFsharp's one font of subtype Type0 is its PdfType0Font (internal, sealed).
            if (font.Elements.GetName("/Subtype") != "/Type0" || font.Owner.Options.CompressContentStreams)
            {
                PdfSharpFonts.PrepareTable(table);
                return;
            }
        }
        foreach (var font in fonts.Values) Prepare(font);
    }

    private static void Prepare(PdfFont font)
    {
        var descendant = PdfSharpFonts.DescendantFont(font);
        // A Type0 font has its map from the start: PDFsharp's widths, in glyph order.
        var glyphs = PdfSharpFonts.GlyphIndices(PdfSharpFonts.Map(font)).Keys.ToArray();
        Array.Sort(glyphs);
        var descriptor = PdfSharpFonts.Metrics(PdfSharpFonts.Descriptor(font));
        var w = new StringBuilder("[", 2 + 12 * glyphs.Length);
        foreach (var glyph in glyphs) w.Append(glyph).Append('[').Append(PdfSharpFonts.PdfWidth(descriptor, glyph)).Append(']');
        descendant.Elements.SetValue("/W", new PdfLiteral(w.Append(']').ToString()));
        PdfSharpFonts.PrepareDescendant(descendant);
        // PDFsharp gives the font's ToUnicode map the font's own map of characters.
        var map = PdfSharpFonts.ToUnicodeMap(font);
        var bytes = ToUnicode(PdfSharpFonts.CodePoints(PdfSharpFonts.Map(font)));
        map.Elements.Remove("/Filter");
        if (map.Stream is null) map.CreateStream(bytes);
        else
        {
            map.Stream.Value = bytes;
            map.Elements.SetInteger("/Length", map.Stream.Length);
        }
    }

    private const string Prefix = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        + "/CIDSystemInfo << /Registry (Adobe)/Ordering (UCS)/Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n";

    private const string Suffix = "endcmap CMapName currentdict /CMap defineresource pop end end";

    /// <summary>PDFsharp's map: one range per glyph, to the last character given that glyph.</summary>
    private static byte[] ToUnicode(Dictionary<int, ushort> codePoints)
    {
        int low = 65536, high = -1;
        var glyphs = new Dictionary<int, int>(codePoints.Count);
        foreach (var (codePoint, glyph) in codePoints)
        {
            low = Math.Min(low, glyph);
            high = Math.Max(high, glyph);
            glyphs[glyph] = codePoint;
        }
        var sorted = glyphs.Keys.ToArray();
        Array.Sort(sorted);
        // PDFsharp ends its lines with WriteLine: the platform's line end.
        var nl = Environment.NewLine;
        var buffer = new ArrayBufferWriter<byte>(Prefix.Length + Suffix.Length + 96 + sorted.Length * (20 + nl.Length));
        Ascii(buffer, Prefix);
        Ascii(buffer, "1 begincodespacerange");
        Ascii(buffer, nl);
        Range(buffer, low, high, null);
        Ascii(buffer, nl);
        Ascii(buffer, "endcodespacerange");
        Ascii(buffer, nl);
        Decimal(buffer, glyphs.Count);
        Ascii(buffer, " beginbfrange");
        Ascii(buffer, nl);
        foreach (var glyph in sorted)
        {
            Range(buffer, glyph, glyph, (uint)glyphs[glyph]);
            Ascii(buffer, nl);
        }
        Ascii(buffer, "endbfrange");
        Ascii(buffer, nl);
        Ascii(buffer, Suffix);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>« &lt;from&gt;&lt;to&gt; », then « &lt;value&gt; » when there is one, each in
    /// at least four upper-case hexadecimal digits.</summary>
    private static void Range(ArrayBufferWriter<byte> buffer, int from, int to, uint? value)
    {
        Hex(buffer, (uint)from);
        Hex(buffer, (uint)to);
        if (value is { } v) Hex(buffer, v);
    }

    private static void Hex(ArrayBufferWriter<byte> buffer, uint value)
    {
        var span = buffer.GetSpan(10);
        span[0] = (byte)'<';
        value.TryFormat(span[1..], out var written, "X4");
        span[1 + written] = (byte)'>';
        buffer.Advance(written + 2);
    }

    private static void Decimal(ArrayBufferWriter<byte> buffer, int value)
    {
        value.TryFormat(buffer.GetSpan(11), out var written);
        buffer.Advance(written);
    }

    private static void Ascii(ArrayBufferWriter<byte> buffer, string text) =>
        buffer.Advance(Encoding.ASCII.GetBytes(text, buffer.GetSpan(text.Length)));
}
