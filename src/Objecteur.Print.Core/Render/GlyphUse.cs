using System.Runtime.CompilerServices;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Render;

/// <summary>
/// The glyphs a document draws in each face: PDFsharp's subsets keep every slot of the font,
/// <see cref="TrueTypeTrim"/> drops or blanks those of no use. They are known here and not from
/// the subset alone because a glyph drawn may have no outline (a space: U+202F, the narrow space
/// French puts before « ; : ! ? », is glyph 1829 of Noto Sans, after most outlines a letter uses).
/// </summary>
/// <remarks>Not thread-safe: one per document, filled while its pages are drawn.</remarks>
internal sealed class GlyphUse
{
    private readonly Dictionary<FontFace, GlyphSet> _drawn = new(ReferenceEqualityComparer.Instance);

    /// <summary>Faces known by the <c>head</c> table their subsets copy (see <see cref="TrueTypeTrim.HeadKey"/>).</summary>
    private static readonly ConditionalWeakTable<FontFace, byte[]> Keys = new();

    /// <summary>The glyphs drawn so far in <paramref name="face"/>, to add to.</summary>
    public GlyphSet Of(FontFace face)
    {
        if (!_drawn.TryGetValue(face, out var set)) _drawn[face] = set = new GlyphSet();
        return set;
    }

    /// <summary>Text drawn by PDFsharp, which looks its glyphs up in the same cmap.</summary>
    public void Add(FontFace face, string text)
    {
        var set = Of(face);
        foreach (var rune in text.EnumerateRunes()) set.Add(face.GlyphIndex(rune.Value));
    }

    /// <summary>The subset of a face this document drew in, trimmed to what it drew; null for a
    /// font program of no face drawn here (left whole).</summary>
    public byte[]? Trim(ReadOnlySpan<byte> program)
    {
        if (TrueTypeTrim.HeadKey(program) is not { } key) return null;
        GlyphSet? drawn = null;
        foreach (var (face, set) in _drawn)
        {
            if (!Keys.GetValue(face, f => TrueTypeTrim.HeadKey(f.File.Span) ?? []).AsSpan().SequenceEqual(key)) continue;
            // Two faces drawn that the subset cannot tell apart: left whole rather than guessed.
            if (drawn is not null) return null;
            drawn = set;
        }
        return drawn is null ? null : TrueTypeTrim.Trim(program, drawn.Highest, drawn.Contains);
    }
}

/// <summary>Glyph numbers, as a growing table of flags: a page adds one per character.</summary>
internal sealed class GlyphSet
{
    private bool[] _flags = new bool[512];

    /// <summary>The highest glyph added, -1 before any.</summary>
    public int Highest { get; private set; } = -1;

    public void Add(int glyph)
    {
        if (glyph >= _flags.Length) Array.Resize(ref _flags, Math.Max(glyph + 1, 2 * _flags.Length));
        _flags[glyph] = true;
        if (glyph > Highest) Highest = glyph;
    }

    public bool Contains(int glyph) => glyph < _flags.Length && _flags[glyph];

    /// <summary>The set as a string, to know it again (a font program made for it).</summary>
    public string Key()
    {
        var bits = new byte[Highest / 8 + 1];
        for (var g = 0; g <= Highest; g++) if (_flags[g]) bits[g / 8] |= (byte)(1 << (g % 8));
        return Convert.ToBase64String(bits);
    }
}
