using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;

namespace Objecteur.Print.Render;

/// <summary>
/// Writes a page's text into its content stream directly: glyph indices from our own reading of
/// the font, positions from the frames, the glyphs recorded in PDFsharp's font so that its subset
/// and its ToUnicode map hold them. <c>XGraphics.DrawString</c> measures every string again,
/// looks every character up in dictionaries and formats with custom number formats: it was a
/// quarter of a merge's time.
/// </summary>
/// <remarks>
/// <para>PDFsharp makes a document's font object only when it first draws with that face (its
/// font table is internal, keyed by an internal enum), so the first piece of text in each face is
/// drawn by PDFsharp and the font object it made is picked up from the page's resources; every
/// later piece in that face, on any page, is written here.</para>
/// <para>The text written here is wrapped in <c>q … Q</c>: the font and colour it sets are then
/// undone, and PDFsharp, which believes its own font and colour are still current, is right.</para>
/// </remarks>
internal sealed class PageText(PdfPage page, XGraphics graphics, PdfColorMode colorMode, Dictionary<FontFace, PdfFont> fonts, GlyphUse use)
{
    private readonly StringBuilder _pending = new();
    private readonly Dictionary<FontFace, string> _names = new(ReferenceEqualityComparer.Instance);
    private FontFace? _face;
    private double _size;
    private Color? _color;
    private (double X, double Y) _line;

    /// <summary>Adds <paramref name="text"/> to what is written at the next <see cref="Flush"/>,
    /// or says no when PDFsharp has not yet made a font object for its face (then PDFsharp draws
    /// it, and <see cref="Learn"/> is called after).</summary>
    public bool TryAdd(TextItem text)
    {
        if (!fonts.TryGetValue(text.Face, out var font)) return false;
        if (!_names.TryGetValue(text.Face, out var name)) _names[text.Face] = name = page.Resources.AddFont(font);
        if (_pending.Length == 0) _pending.Append("q\nBT\n");
        if (!ReferenceEquals(_face, text.Face) || _size != text.Size)
        {
            _pending.Append(name).Append(' ');
            Number(text.Size).Append(" Tf\n");
            (_face, _size) = (text.Face, text.Size);
        }
        if (_color != text.Color)
        {
            FillColor(text.Color);
            _color = text.Color;
        }
        // Td moves from the start of the last line (from the origin, in a new text object).
        var (x, y) = (text.X, page.Height.Point - text.Baseline);
        Number(x - _line.X).Append(' ');
        Number(y - _line.Y).Append(" Td\n");
        _line = (x, y);
        Glyphs(text, font);
        return true;
    }

    /// <summary>After PDFsharp drew a piece of text in a face it had no font object for: that
    /// object is the one font of this page's resources not known yet.</summary>
    public void Learn(FontFace face)
    {
        if (fonts.ContainsKey(face) || page.Resources.Elements.GetDictionary("/Font") is not { } resources) return;
        var known = fonts.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var (name, item) in resources.Elements)
        {
            if (item is not PdfReference { Value: PdfFont font } || known.Contains(font)) continue;
            fonts[face] = font;
            _names[face] = name;
            return;
        }
    }

    /// <summary>Writes what was added, outside any text object PDFsharp has open.</summary>
    public void Flush()
    {
        if (_pending.Length == 0) return;
        _pending.Append("ET\nQ\n");
        PdfRendererExtensions.BeginGraphicMode(graphics);
        PdfStructure.AppendToContentStream(graphics, _pending.ToString());
        _pending.Clear();
        (_face, _color, _line) = (null, null, (0, 0));
    }

    /// <summary>The text as glyph indices in a hex string (the font is Identity-H), each glyph
    /// recorded in the font for its subset and its ToUnicode map.</summary>
    private void Glyphs(TextItem text, PdfFont font)
    {
        var pairs = new List<CodePointGlyphIndexPair>(text.Text.Length);
        var drawn = use.Of(text.Face);
        _pending.Append('<');
        foreach (var rune in text.Text.EnumerateRunes())
        {
            var glyph = text.Face.GlyphIndex(rune.Value);
            pairs.Add(new CodePointGlyphIndexPair(rune.Value, glyph));
            drawn.Add(glyph);
            _pending.Append(Hex[glyph >> 12]).Append(Hex[glyph >> 8 & 0xF]).Append(Hex[glyph >> 4 & 0xF]).Append(Hex[glyph & 0xF]);
        }
        _pending.Append("> Tj\n");
        AddChars(font, [.. pairs]);
    }

    private const string Hex = "0123456789abcdef";

    /// <summary>The fill colour, as PDFsharp writes it in the document's colour mode (registration
    /// black included: <see cref="PdfRenderer.ToX"/> maps colours for both).</summary>
    private void FillColor(Color color)
    {
        var x = PdfRenderer.ToX(color);
        if (colorMode == PdfColorMode.Cmyk)
        {
            Number(x.C, 3).Append(' ');
            Number(x.M, 3).Append(' ');
            Number(x.Y, 3).Append(' ');
            Number(x.K, 3).Append(" k\n");
        }
        else
        {
            Number(x.R / 255.0, 3).Append(' ');
            Number(x.G / 255.0, 3).Append(' ');
            Number(x.B / 255.0, 3).Append(" rg\n");
        }
    }

    /// <summary>A number with at most <paramref name="decimals"/> decimals: rounded, then written
    /// in its shortest form (the rounded double prints as the decimal it is nearest to).</summary>
    private StringBuilder Number(double value, int decimals = 4)
    {
        var rounded = Math.Round(value, decimals);
        if (rounded == 0) return _pending.Append('0');
        Span<char> digits = stackalloc char[32];
        rounded.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return _pending.Append(digits[..written]);
    }

    /// <summary>PDFsharp's record of the glyphs a font is used with (internal in 6.2.4; an unsafe
    /// accessor is bound at compile time, so Native AOT keeps it).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AddChars")]
    private static extern void AddChars(PdfFont font, CodePointGlyphIndexPair[] codePoints);
}
