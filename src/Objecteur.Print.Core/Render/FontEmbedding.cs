using System.Collections.Concurrent;
using Objecteur.Print.Layout.Text;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// Embeds the fonts of a document as this program subsets them (<see cref="TrueTypeTrim.Subset"/>),
/// compressed, before PDFsharp saves it: PDFsharp then has no subset to make (it makes one per font
/// descriptor not marked as prepared), and a subset made for one letter of a merge serves the
/// next letters that draw the same glyphs, compressed once.
/// </summary>
internal static class FontEmbedding
{
    /// <summary>Gives each font of <paramref name="fonts"/> its program for the glyphs
    /// <paramref name="glyphs"/> holds; the programs' streams are added to <paramref name="compressed"/>.</summary>
    public static void Embed(PdfDocument pdf, DocumentFonts fonts, GlyphUse glyphs, List<PdfDictionary> compressed)
    {
        foreach (var (face, font) in fonts.All)
        {
            if (Program(face, glyphs.Of(face)) is not { } made)
            {
                // PDFsharp makes this one's subset, from its descriptor's characters.
                GiveDescriptor(font);
                continue;
            }
            var descriptor = PdfSharpFonts.Descriptor(font);
            var program = new PdfDictionary(pdf);
            program.Elements["/Length1"] = new PdfInteger(made.Length);
            PdfStreams.SetCompressed(program, made.Zlib, compressed);
            pdf.Internals.AddObject(program);
            descriptor.Elements["/FontFile2"] = program.Reference;
            PdfSharpFonts.Prepared(descriptor) = true;
        }
    }

    /// <summary>Gives the descriptor of <paramref name="font"/> the characters its font was given
    /// (<see cref="DocumentFonts.Send"/> gives them to the font alone), in the order given.</summary>
    private static void GiveDescriptor(PdfFont font)
    {
        var given = PdfSharpFonts.CodePoints(PdfSharpFonts.Map(font));
        var pairs = new CodePointGlyphIndexPair[given.Count];
        var i = 0;
        foreach (var (codePoint, glyph) in given) pairs[i++] = new CodePointGlyphIndexPair(codePoint, glyph);
        PdfSharpFonts.AddChars(PdfSharpFonts.Map(PdfSharpFonts.Descriptor(font)), pairs);
    }

    private static (int Length, byte[] Zlib)? Program(FontFace face, GlyphSet drawn)
    {
        var key = (face, drawn.Key());
        if (Made.TryGetValue(key, out var known)) return known;
        if (TrueTypeTrim.Subset(face.File.Span, drawn.Highest, drawn.Contains) is not { } program) return null;
        var made = (program.Length, PdfStreams.Zlib(program));
        // What a merge's rows add (a name's letters) makes new subsets without end: emptied when
        // full rather than left to grow.
        if (Made.Count >= Kept) Made.Clear();
        return Made[key] = made;
    }

    private const int Kept = 64;

    private static readonly ConcurrentDictionary<(FontFace, string), (int Length, byte[] Zlib)> Made = new();
}
