using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Tests.Layout.Text;

/// <summary>The process-wide word cache never hands a word shaped in one style to another: whatever
/// the styles a word met before, its pieces are those its own face, size and hyphenation give.</summary>
public class WordCacheProperties
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzéèàçô";
    private static readonly FontFace[] Faces =
    [
        FontLibrary.Embedded.Families.First(f => f.Name == "Noto Serif").Regular,
        FontLibrary.Embedded.Families.First(f => f.Name == "Noto Sans").Bold,
    ];

    public sealed record Shaping(int Face, double Size, bool Hyphenate, bool Patterns)
    {
        public TextStyle Style => new(Faces[Face], Size, Color.Black, Hyphenate);
        public Hyphenator? Hyphenator => Patterns ? Hyphenator.French : null;
    }

    public sealed record Case(string Word, IReadOnlyList<Shaping> Shapings);

    public static Arbitrary<Case> Cases()
    {
        var shaping = Gen.Choose(0, Faces.Length - 1).SelectMany(face => Gen.Elements(8.0, 9.5, 10.0, 12.0).SelectMany(size =>
            Gen.Elements(true, false).SelectMany(hyphenate => Gen.Elements(true, false).Select(patterns => new Shaping(face, size, hyphenate, patterns)))));
        var word = Gen.Choose(5, 18).SelectMany(length => Gen.ArrayOf(Gen.Elements(Letters.ToCharArray()), length)).Select(c => new string(c));
        return word.SelectMany(w => Gen.ListOf(shaping, 2).Select(s => new Case(w, s.ToList())))
            .Where(c => c.Shapings.Count > 0).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(WordCacheProperties)], MaxTest = 300)]
    public bool A_word_has_the_pieces_of_its_own_style_whatever_was_shaped_before(Case c) =>
        c.Shapings.All(s => Shape(c.Word, s).SequenceEqual(Expected(c.Word, s)));

    private static Piece[] Shape(string word, Shaping s) =>
        new WordShaper([new StyledRun(word, s.Style)], s.Hyphenator).Shape([new Segment(0, 0, word.Length)]).ToArray();

    /// <summary>A word of plain letters breaks exactly at its hyphenation points, when its style
    /// hyphenates and patterns are given, and each piece measures what its face says.</summary>
    private static IEnumerable<Piece> Expected(string word, Shaping s)
    {
        var points = s.Hyphenate && s.Hyphenator is { } h ? h.Points(word) : [];
        var bounds = points.Prepend(0).Append(word.Length).ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
            yield return new Piece(0, bounds[i], bounds[i + 1] - bounds[i], Faces[s.Face].Measure(word.AsSpan(bounds[i], bounds[i + 1] - bounds[i]), s.Size),
                i + 2 < bounds.Count ? PieceBreak.Hyphenation : PieceBreak.None);
    }
}
