using System.Collections.Concurrent;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Words already cut into measured pieces, and paragraphs already broken into lines, for every
/// thread of one pipeline: a mail merge lays out the same paragraphs of its model for every row,
/// and the kit's documents share most of their words. It lives as long as its owner (a pipeline,
/// which the workshop opens per request), never for the whole process, so that the words of a
/// sender's letter are not kept once it is made. A thin wrapper on purpose: how a word is shaped
/// stays in <see cref="WordShaper"/>, how lines are found in <see cref="LineBreaker"/>; this only
/// remembers the result under everything that decides it.
/// </summary>
internal sealed class BreakCache
{
    /// <summary>What decides a word's pieces besides its characters: its style (face and size that
    /// measure it, whether it hyphenates, keeps words whole…) and the patterns (the language, its
    /// minima). The whole style is the key, so a setting added to it later is part of the key too;
    /// only colour and leading, which never change a word's pieces, are left out.</summary>
    public readonly record struct Shaping(TextStyle Style, Hyphenator? Hyphenator)
    {
        public static Shaping Of(TextStyle style, Hyphenator? hyphenator) =>
            new(style with { Color = Color.Black, LineHeight = 1 }, hyphenator);
    }

    /// <summary>The cache of the layout running on this thread (and the tasks it starts), if any.</summary>
    private static readonly AsyncLocal<BreakCache?> s_current = new();

    private readonly ConcurrentDictionary<Shaping, ConcurrentDictionary<string, Piece[]>> _words = new();

    private readonly ConcurrentDictionary<Paragraph, IReadOnlyList<LineBox>> _paragraphs = new();
    private int _paragraphCount;

    /// <summary>Paragraphs kept at most. A merge's model paragraphs all come in its first row;
    /// what each row adds (a name, an address) never comes again, so past this many the cache
    /// stops growing and memory stays flat for any number of rows.</summary>
    private const int MaxParagraphs = 4096;

    /// <summary>Makes <paramref name="cache"/> the one words are remembered in until the result is disposed.</summary>
    public static Scope Use(BreakCache cache)
    {
        var previous = s_current.Value;
        s_current.Value = cache;
        return new Scope(previous);
    }

    /// <summary>Puts back the cache that was in use before <see cref="Use"/>.</summary>
    public readonly struct Scope(BreakCache? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }

    /// <summary>Pieces of a single-run word, computed by <paramref name="shape"/> the first time
    /// the cache in use meets it under <paramref name="shaping"/>; computed each time outside any.</summary>
    public static Piece[] Get<TState>(Shaping shaping, ReadOnlySpan<char> word, TState state, Func<TState, Piece[]> shape)
    {
        if (s_current.Value is not { } cache) return shape(state);
        var words = cache._words.GetOrAdd(shaping, static _ => new ConcurrentDictionary<string, Piece[]>(StringComparer.Ordinal))
            .GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.TryGetValue(word, out var pieces)) return pieces;
        pieces = shape(state);
        // Two threads meeting a new word shape it alike: whichever is kept, the pieces are the same.
        return words.TryAdd(word, pieces) || !words.TryGetValue(word, out var kept) ? pieces : kept;
    }

    /// <summary>The lines of a paragraph of one width, broken by <paramref name="breakLines"/> the
    /// first time the cache in use meets the same runs (text and whole style), width and options;
    /// broken each time outside any. Lines are immutable, so a row shares its model's.</summary>
    public static IReadOnlyList<LineBox> Lines(IReadOnlyList<StyledRun> runs, double width, BreakOptions options,
        Func<IReadOnlyList<StyledRun>, double, BreakOptions, IReadOnlyList<LineBox>> breakLines)
    {
        if (s_current.Value is not { } cache) return breakLines(runs, width, options);
        var key = new Paragraph(runs, width, options);
        if (cache._paragraphs.TryGetValue(key, out var lines)) return lines;
        lines = breakLines(runs, width, options);
        if (Volatile.Read(ref cache._paragraphCount) < MaxParagraphs && cache._paragraphs.TryAdd(new Paragraph([.. runs], width, options), lines))
            Interlocked.Increment(ref cache._paragraphCount);
        return lines;
    }

    /// <summary>Everything that decides a paragraph's lines. Runs compare by text and style
    /// (faces and patterns by identity: there is one of each per process).</summary>
    private sealed record Paragraph(IReadOnlyList<StyledRun> Runs, double Width, BreakOptions Options)
    {
        private readonly int _hash = Hash(Runs, Width, Options);

        private static int Hash(IReadOnlyList<StyledRun> runs, double width, BreakOptions options)
        {
            var hash = new HashCode();
            hash.Add(width);
            hash.Add(options);
            foreach (var run in runs)
            {
                hash.Add(run.Text);
                hash.Add(run.Style);
            }
            return hash.ToHashCode();
        }

        public bool Equals(Paragraph? other) => other is not null && other._hash == _hash && other.Width == Width
            && other.Options.Equals(Options) && other.Runs.SequenceEqual(Runs);

        public override int GetHashCode() => _hash;
    }
}
