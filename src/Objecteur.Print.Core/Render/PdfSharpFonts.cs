using System.Runtime.CompilerServices;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// What PDFsharp 6.2.4 keeps internal about a document's fonts, read and called through unsafe
/// accessors (bound at compile time: Native AOT keeps them): its table of fonts, each font's map
/// of the characters it is used with (its <c>CMapInfo</c>), its descriptor and the descriptor's own map.
/// </summary>
internal static class PdfSharpFonts
{
    private const string FontTableType = "PdfSharp.Pdf.Advanced.PdfFontTable, PdfSharp";
    private const string CMapInfo = "PdfSharp.Fonts.CMapInfo, PdfSharp";

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
}
