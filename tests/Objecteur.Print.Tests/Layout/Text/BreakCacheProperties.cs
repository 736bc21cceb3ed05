using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Tests.Layout.Text;

/// <summary>A pipeline's break cache never hands a word or a paragraph made in one style to
/// another: whatever it met before, a word's pieces are those its own face, size and hyphenation
/// give, and a paragraph's lines those of its own runs, width and options.</summary>
public class BreakCacheProperties
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzéèàçô";
    private static readonly FontFace[] Faces =
    [
        FontLibrary.Embedded.Families.First(f => f.Name == "Noto Serif").Regular,
        FontLibrary.Embedded.Families.First(f => f.Name == "Noto Sans").Bold,
    ];

    public sealed record Shaping(int Face, double Size, bool Hyphenate, bool Patterns, bool KeepWords)
    {
        public TextStyle Style => new(Faces[Face], Size, Color.Black, Hyphenate, KeepWords: KeepWords);
        public Hyphenator? Hyphenator => Patterns ? Hyphenator.French : null;
    }

    public sealed record Case(string Word, IReadOnlyList<Shaping> Shapings);

    public static Arbitrary<Case> Cases()
    {
        var shaping = Gen.Choose(0, Faces.Length - 1).SelectMany(face => Gen.Elements(8.0, 9.5, 10.0, 12.0).SelectMany(size =>
            Gen.Elements(true, false).SelectMany(hyphenate => Gen.Elements(true, false).SelectMany(patterns =>
                Gen.Elements(true, false).Select(keep => new Shaping(face, size, hyphenate, patterns, keep))))));
        var part = Gen.Choose(3, 10).SelectMany(length => Gen.ArrayOf(Gen.Elements(Letters.ToCharArray()), length)).Select(c => new string(c));
        // Some words are compounds (porte-monnaie), where keeping words whole changes the pieces.
        var word = Gen.ListOf(part, 1).SelectMany(first => Gen.Elements(0, 0, 1).SelectMany(hyphens =>
            Gen.ListOf(part, hyphens).Select(rest => string.Join('-', first.Concat(rest)))));
        // The second shaping differs from the first in one thing only: the closest a wrong key can come.
        return word.SelectMany(w => shaping.SelectMany(first => Gen.Choose(0, 4).Select(change => new Case(w, [first, change switch
        {
            0 => first with { Face = 1 - first.Face },
            1 => first with { Size = first.Size + 0.5 },
            2 => first with { Hyphenate = !first.Hyphenate },
            3 => first with { Patterns = !first.Patterns },
            _ => first with { KeepWords = !first.KeepWords },
        }])))).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(BreakCacheProperties)], MaxTest = 300)]
    public bool A_word_has_the_pieces_of_its_own_style_whatever_was_shaped_before(Case c)
    {
        using var scope = BreakCache.Use(new BreakCache());
        return c.Shapings.All(s => Shape(c.Word, s).SequenceEqual(Expected(c.Word, s)));
    }

    [Fact]
    public void Words_are_remembered_only_inside_a_cache_in_use_and_each_cache_starts_empty()
    {
        var shaping = BreakCache.Shaping.Of(new TextStyle(Faces[0], 10, Color.Black), Hyphenator.French);
        var calls = 0;
        Piece[] Count(int _) { calls++; return []; }
        BreakCache.Get(shaping, "papier", 0, Count);
        BreakCache.Get(shaping, "papier", 0, Count);
        Assert.Equal(2, calls);
        using (BreakCache.Use(new BreakCache()))
        {
            BreakCache.Get(shaping, "papier", 0, Count);
            BreakCache.Get(shaping, "papier", 0, Count);
        }
        Assert.Equal(3, calls);
        using (BreakCache.Use(new BreakCache())) BreakCache.Get(shaping, "papier", 0, Count);
        Assert.Equal(4, calls);
    }

    /// <summary>A paragraph, and a second one that differs from it in one thing only.</summary>
    public sealed record Paragraphs(LineBreakerProperties.Case First, int Change)
    {
        public (IReadOnlyList<StyledRun> Runs, double Width, BreakOptions Options) Of(bool second)
        {
            var runs = First.Runs;
            var width = (double)First.Width;
            var options = new BreakOptions(First.Align, Hyphenator.French);
            if (!second) return (runs, width, options);
            return Change switch
            {
                0 => (runs, width + 0.5, options),
                1 => (runs, width, options with { Align = First.Align == TextAlign.Justify ? TextAlign.Left : TextAlign.Justify }),
                2 => (runs, width, options with { Hyphenator = null }),
                3 => (runs.Select((r, i) => i == 0 ? r with { Style = r.Style with { Size = r.Style.Size + 0.5 } } : r).ToList(), width, options),
                4 => (runs.Select((r, i) => i == 0 ? r with { Style = r.Style with { Color = new Color(192, 0, 0) } } : r).ToList(), width, options),
                _ => (runs.Select((r, i) => i == runs.Count - 1 ? r with { Text = r.Text + " fin" } : r).ToList(), width, options),
            };
        }
    }

    public static Arbitrary<Paragraphs> ParagraphCases() =>
        LineBreakerProperties.Cases().Generator.SelectMany(c => Gen.Choose(0, 5).Select(change => new Paragraphs(c, change))).ToArbitrary();

    [Property(Arbitrary = [typeof(BreakCacheProperties)], MaxTest = 200)]
    public bool A_paragraph_gets_the_lines_of_its_own_runs_width_and_options_whatever_was_broken_before(Paragraphs p)
    {
        var (runs, width, options) = p.Of(second: true);
        var alone = Describe(LineBreaker.Break(runs, width, options));
        using var scope = BreakCache.Use(new BreakCache());
        var (firstRuns, firstWidth, firstOptions) = p.Of(second: false);
        LineBreaker.Break(firstRuns, firstWidth, firstOptions);
        return Describe(LineBreaker.Break(runs, width, options)) == alone
            && Describe(LineBreaker.Break(runs, width, options)) == alone;
    }

    [Fact]
    public void A_paragraph_met_again_in_a_cache_gets_the_same_lines_without_being_broken_again()
    {
        var runs = new LineBreakerProperties.Case(42, 200, TextAlign.Justify).Runs;
        var options = new BreakOptions(TextAlign.Justify, Hyphenator.French);
        Assert.NotSame(LineBreaker.Break(runs, 200, options), LineBreaker.Break(runs, 200, options));
        using var scope = BreakCache.Use(new BreakCache());
        var first = LineBreaker.Break(runs, 200, options);
        Assert.Same(first, LineBreaker.Break(runs.ToList(), 200, options with { }));
    }

    private static string Describe(IReadOnlyList<LineBox> lines) => string.Join("\n", lines.Select(l =>
        $"{l.AvailableWidth}|{l.NaturalWidth}|{l.EndsWithHyphen}|{l.IsLast}|{l.EndsInsideWord}|" +
        string.Join(";", l.Fragments.Select(f => $"{f.Text}@{f.X}+{f.Width}:{f.Style}"))));

    private static Piece[] Shape(string word, Shaping s) =>
        new WordShaper([new StyledRun(word, s.Style)], s.Hyphenator).Shape([new Segment(0, 0, word.Length)]).ToArray();

    /// <summary>A word of letters breaks after its own hyphens unless its style keeps words whole,
    /// and at its hyphenation points between two letters when its style hyphenates and patterns
    /// are given; each piece measures what its face says.</summary>
    private static IEnumerable<Piece> Expected(string word, Shaping s)
    {
        var breaks = new SortedDictionary<int, PieceBreak>();
        if (!s.KeepWords)
            for (var i = 1; i + 1 < word.Length; i++)
                if (word[i] == '-') breaks[i + 1] = PieceBreak.ExplicitHyphen;
        if (s.Hyphenate && s.Hyphenator is { } h)
            foreach (var p in h.Points(word))
                if (char.IsLetter(word[p - 1]) && char.IsLetter(word[p])) breaks.TryAdd(p, PieceBreak.Hyphenation);
        var from = 0;
        foreach (var (at, kind) in breaks.Append(new(word.Length, PieceBreak.None)))
        {
            yield return new Piece(0, from, at - from, Faces[s.Face].Measure(word.AsSpan(from, at - from), s.Size), kind);
            from = at;
        }
    }
}
