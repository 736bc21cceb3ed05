using System.Runtime.CompilerServices;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// What PDFsharp 6.2.4 keeps internal about a document's fonts, read and called through unsafe
/// accessors (bound at compile time: Native AOT keeps them): its table of fonts, each font's map
/// of the characters it is used with (its <c>CMapInfo</c>), its descriptor and the descriptor's own
/// map, and what a Unicode font (<c>PdfType0Font</c>) is made of: its descendant font, its metrics,
/// its ToUnicode map.
/// </summary>
internal static class PdfSharpFonts
{
    private const string FontTableType = "PdfSharp.Pdf.Advanced.PdfFontTable, PdfSharp";
    private const string CMapInfo = "PdfSharp.Fonts.CMapInfo, PdfSharp";
    private const string Type0Font = "PdfSharp.Pdf.Advanced.PdfType0Font, PdfSharp";
    private const string CidFont = "PdfSharp.Pdf.Advanced.PdfCIDFont, PdfSharp";
    private const string OpenTypeDescriptor = "PdfSharp.Fonts.OpenType.OpenTypeDescriptor, PdfSharp";

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FontTable")]
    [return: UnsafeAccessorType(FontTableType)]
    public static extern object FontTable(PdfDocument pdf);

    /// <summary>The table's fonts, by PDFsharp's key, in the order it prepares them.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_fonts")]
    public static extern ref Dictionary<string, PdfFont> TableFonts([UnsafeAccessorType(FontTableType)] object table);

    /// <summary>PDFsharp's own preparation of every font of the table.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    public static extern void PrepareTable([UnsafeAccessorType(FontTableType)] object table);

    /// <summary>The map of a font's characters: its ToUnicode map's and its widths'.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CMapInfo")]
    [return: UnsafeAccessorType(CMapInfo)]
    public static extern object Map(PdfFont font);

    /// <summary>The map a descriptor makes its subset from.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CMapInfo")]
    [return: UnsafeAccessorType(CMapInfo)]
    public static extern object Map(PdfFontDescriptor descriptor);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AddChars")]
    public static extern void AddChars([UnsafeAccessorType(CMapInfo)] object map, CodePointGlyphIndexPair[] codePoints);

    /// <summary>A map's characters and their glyphs, in the order given.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "CodePointsToGlyphIndices")]
    public static extern ref Dictionary<int, ushort> CodePoints([UnsafeAccessorType(CMapInfo)] object map);

    /// <summary>A map's glyphs, in the order first given.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "GlyphIndices")]
    public static extern ref Dictionary<ushort, object?> GlyphIndices([UnsafeAccessorType(CMapInfo)] object map);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FontDescriptor")]
    public static extern PdfFontDescriptor Descriptor(PdfFont font);

    /// <summary>Whether PDFsharp made the descriptor's font program already (it then makes none).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_prepared")]
    public static extern ref bool Prepared(PdfFontDescriptor descriptor);

    /// <summary>A Unicode font's descendant (CIDFontType2) font, which holds its widths.</summary>
    public static PdfDictionary DescendantFont(PdfFont font) => (PdfDictionary)DescendantFontOf(font);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_DescendantFont")]
    [return: UnsafeAccessorType(CidFont)]
    private static extern object DescendantFontOf([UnsafeAccessorType(Type0Font)] object font);

    /// <summary>PDFsharp's own preparation of a descendant font and of its descriptor.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    public static extern void PrepareDescendant([UnsafeAccessorType(CidFont)] object font);

    /// <summary>The face's metrics a descriptor was made from.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Descriptor")]
    [return: UnsafeAccessorType(OpenTypeDescriptor)]
    public static extern object Metrics(PdfFontDescriptor descriptor);

    /// <summary>A glyph's advance in thousandths of the font size, as PDFsharp writes it in <c>/W</c>.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GlyphIndexToPdfWidth")]
    public static extern int PdfWidth([UnsafeAccessorType(OpenTypeDescriptor)] object metrics, ushort glyph);

    /// <summary>A font's ToUnicode map, a stream PDFsharp fills as it saves.</summary>
    public static PdfDictionary ToUnicodeMap(PdfFont font) => (PdfDictionary)ToUnicodeMapOf(font);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ToUnicodeMap")]
    [return: UnsafeAccessorType("PdfSharp.Pdf.Advanced.PdfToUnicodeMap, PdfSharp")]
    private static extern object ToUnicodeMapOf(PdfFont font);
}
