using Objecteur.Print.Layout.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// The font objects of one document, one per face, and the characters each has been given.
/// </summary>
/// <remarks>
/// <para>PDFsharp makes a document's font object when it first draws with a face, or when it is
/// asked to embed characters of it (<see cref="PdfDocument.AddCharacters"/>, public); it keeps
/// it in a table that is internal. So a font is made by asking for no characters, and picked
/// from that table, read through an unsafe accessor (bound at compile time: Native AOT keeps it):
/// the text is then never drawn by PDFsharp, and a page's content does not depend on whether it
/// was the first to use a face.</para>
/// <para>PDFsharp keeps each character once, in maps it sorts when it writes them; a character is
/// given once per document here, not once per word.</para>
/// </remarks>
internal sealed class DocumentFonts(PdfDocument pdf)
{
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly Dictionary<FontFace, (PdfFont Font, HashSet<int> Given)> _fonts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The document's font objects, each with its face.</summary>
    public IEnumerable<(FontFace Face, PdfFont Font)> All => _fonts.Select(f => (f.Key, f.Value.Font));

    /// <summary>The face a font object of the document is of, or null for one not made here.</summary>
    public FontFace? FaceOf(PdfFont font) => _fonts.FirstOrDefault(f => ReferenceEquals(f.Value.Font, font)).Key;

    /// <summary>Whether the document has a font object for <paramref name="face"/> already.</summary>
    public bool Has(FontFace face) => _fonts.ContainsKey(face);

    /// <summary>The document's font object for <paramref name="face"/>, made the first time.</summary>
    public PdfFont Of(FontFace face)
    {
        if (_fonts.TryGetValue(face, out var known)) return known.Font;
        EmbeddedFontResolver.Register(face);
        var table = PdfSharpFonts.TableFonts(PdfSharpFonts.FontTable(pdf));
        var before = table.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        pdf.AddCharacters(new XFont(face.Name, 10, XFontStyleEx.Regular, FontOptions), "");
        var made = table.Values.Where(f => !before.Contains(f)).ToList();
        // None made: PDFsharp drew with the face already (a sheet's note), and the font is the
        // one of the table not known here.
        if (made.Count == 0) made = [.. table.Values.Where(f => !_fonts.Values.Any(k => ReferenceEquals(k.Font, f)))];
        if (made.Count != 1) throw new InvalidOperationException($"PDFsharp holds {made.Count} font objects for {face.Name}, not one");
        var font = made[0];
        _fonts[face] = (font, []);
        return font;
    }

    /// <summary>Gives <paramref name="face"/>'s font the characters it has not been given yet.</summary>
    /// <remarks>They go to the font's map alone, its ToUnicode map's and its widths' (PDFsharp
    /// gives them to its descriptor too, whose map only makes a subset, one this program makes
    /// itself: <see cref="FontEmbedding"/> gives them there when it does not). Each map is made
    /// large enough at once: grown a character at a time, a letter's maps were a twentieth of
    /// what it allocated.</remarks>
    public void Send(FontFace face, CodePointGlyphIndexPair[] pairs)
    {
        Of(face);
        var (font, given) = _fonts[face];
        given.EnsureCapacity(given.Count + pairs.Length);
        var fresh = new List<CodePointGlyphIndexPair>(pairs.Length);
        foreach (var pair in pairs) if (given.Add(pair.CodePoint)) fresh.Add(pair);
        if (fresh.Count == 0) return;
        var map = PdfSharpFonts.Map(font);
        PdfSharpFonts.CodePoints(map).EnsureCapacity(PdfSharpFonts.CodePoints(map).Count + fresh.Count);
        PdfSharpFonts.GlyphIndices(map).EnsureCapacity(PdfSharpFonts.GlyphIndices(map).Count + fresh.Count);
        PdfSharpFonts.AddChars(map, [.. fresh]);
    }
}
