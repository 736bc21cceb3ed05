using System.Globalization;
using System.Text;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Objecteur.Print.Render;

/// <summary>
/// Writes a page's text into its content stream directly: glyph indices from our own reading of
/// the font, positions from the frames. <c>XGraphics.DrawString</c> measures every string again,
/// looks every character up in dictionaries and formats with custom number formats: it was a
/// quarter of a merge's time. All text goes this way, so a page's content stream depends on its
/// frame alone, not on what the document drew before it (see <see cref="DrawnPage"/>).
/// </summary>
/// <remarks>
/// <para>The text written here is wrapped in <c>q … Q</c>: the font and colour it sets are then
/// undone, and PDFsharp, which believes its own font and colour are still current, is right.</para>
/// <para>The characters a page draws are gathered per face and given to the document's fonts
/// once, when the page is done (<see cref="Finish"/>): a page draws each letter hundreds of times.</para>
/// <para>The text goes straight into PDFsharp's content stream (<see cref="PageContent"/>): a run
/// of text items is written where it was written once flushed, as nothing else is drawn in between.</para>
/// </remarks>
internal sealed class PageText(PdfPage page, XGraphics graphics, StringBuilder content, PdfColorMode colorMode, DocumentFonts fonts)
{
    private readonly StringBuilder _content = content;
    private bool _open;
    private readonly Dictionary<FontFace, (string Name, Dictionary<int, ushort> Chars)> _faces = new(ReferenceEqualityComparer.Instance);
    private FontFace? _face;
    private double _size;
    private Color? _color;
    private (double X, double Y) _line;

    /// <summary>Writes <paramref name="text"/>, in the text object the next <see cref="Flush"/> ends.</summary>
    public void Add(TextItem text)
    {
        if (!_faces.TryGetValue(text.Face, out var face))
            _faces[text.Face] = face = (page.Resources.AddFont(fonts.Of(text.Face)), new Dictionary<int, ushort>());
        if (!_open)
        {
            PdfRendererExtensions.BeginGraphicMode(graphics);
            _content.Append("q\nBT\n");
            _open = true;
        }
        if (!ReferenceEquals(_face, text.Face) || _size != text.Size)
        {
            _content.Append(face.Name).Append(' ');
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
        Glyphs(text, face.Chars);
    }

    /// <summary>Ends the text written since the first <see cref="Add"/> (begun outside any text
    /// object PDFsharp has open).</summary>
    public void Flush()
    {
        if (!_open) return;
        _content.Append("ET\nQ\n");
        _open = false;
        (_face, _color, _line) = (null, null, (0, 0));
    }

    /// <summary>Gives the characters this page drew to the document's fonts (for their subsets and
    /// ToUnicode maps) and to <paramref name="use"/>; returns them, per face in order of first use.</summary>
    public PageChars[] Finish(GlyphUse use)
    {
        var chars = new PageChars[_faces.Count];
        var i = 0;
        foreach (var (face, (_, drawn)) in _faces)
        {
            var pairs = new CodePointGlyphIndexPair[drawn.Count];
            var k = 0;
            foreach (var (codePoint, glyph) in drawn) pairs[k++] = new CodePointGlyphIndexPair(codePoint, glyph);
            chars[i++] = new PageChars(face, pairs);
        }
        Give(chars, fonts, use);
        return chars;
    }

    /// <summary>What <see cref="Finish"/> gives, for a page drawn here or added as drawn elsewhere.</summary>
    public static void Give(IEnumerable<PageChars> chars, DocumentFonts fonts, GlyphUse use)
    {
        foreach (var (face, pairs) in chars)
        {
            fonts.Send(face, pairs);
            var glyphs = use.Of(face);
            foreach (var pair in pairs) glyphs.Add(pair.GlyphIndex);
        }
    }

    /// <summary>The text as glyph indices, two bytes each (the font is Identity-H), in a literal
    /// string: half the bytes of a hex string, so half the work for deflate, which compressed the
    /// hex digits of a letter in twice the time. The content stream reaches the file byte for char
    /// (PDFsharp's raw encoding), so each byte is written as the char of its value.</summary>
    private void Glyphs(TextItem text, Dictionary<int, ushort> drawn)
    {
        _content.Append('(');
        foreach (var rune in text.Text.EnumerateRunes())
        {
            var glyph = text.Face.GlyphIndex(rune.Value);
            drawn.TryAdd(rune.Value, glyph);
            Byte(glyph >> 8);
            Byte(glyph & 0xFF);
        }
        _content.Append(") Tj\n");
    }

    /// <summary>One byte of a literal string: the delimiters and the escape escaped, and a carriage
    /// return written as « \r » (a reader takes a bare one for an end of line, ISO 32000-1 §7.3.4.2).</summary>
    private void Byte(int value)
    {
        switch (value)
        {
            case '(' or ')' or '\\':
                _content.Append('\\').Append((char)value);
                break;
            case '\r':
                _content.Append("\\r");
                break;
            default:
                _content.Append((char)value);
                break;
        }
    }

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

    private static readonly double[] Powers = [1, 10, 100, 1000, 10000];

    /// <summary>A number with at most <paramref name="decimals"/> decimals: rounded, then written
    /// in its shortest form. That form is the rounded decimal itself (a double correctly rounded
    /// from a decimal of fewer than 15 digits prints as that decimal), so it is written from the
    /// scaled integer that rounding computes: formatting a double the general way cost a merge 1.5 %.</summary>
    private StringBuilder Number(double value, int decimals = 4)
    {
        var power = Powers[decimals];
        var scaled = Math.Round(value * power);
        if (scaled == 0) return _content.Append('0');
        if (Math.Abs(scaled) >= 1e15) return General(Math.Round(value, decimals));
        var units = (long)Math.Abs(scaled);
        if (scaled < 0) _content.Append('-');
        var whole = units / (long)power;
        var fraction = units % (long)power;
        _content.Append(whole);
        if (fraction == 0) return _content;
        Span<char> digits = stackalloc char[4];
        for (var d = decimals - 1; d >= 0; d--, fraction /= 10) digits[d] = (char)('0' + fraction % 10);
        var end = decimals;
        while (digits[end - 1] == '0') end--;
        return _content.Append('.').Append(digits[..end]);
    }

    private StringBuilder General(double rounded)
    {
        Span<char> digits = stackalloc char[32];
        rounded.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return _content.Append(digits[..written]);
    }
}

/// <summary>The characters a page drew in one face, each with its glyph.</summary>
internal readonly record struct PageChars(FontFace Face, CodePointGlyphIndexPair[] Pairs);
