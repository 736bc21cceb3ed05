using System.Collections.Concurrent;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Words already cut into measured pieces, for every thread of one pipeline: a mail merge lays
/// out the same paragraphs of its model for every row, and the kit's documents share most of
/// their words. It lives as long as its owner (a pipeline, which the workshop opens per request),
/// never for the whole process, so that the words of a sender's letter are not kept once it is
/// made. A thin wrapper on purpose: how a word is shaped stays in <see cref="WordShaper"/>; this
/// only remembers the result under everything that decides it.
/// </summary>
internal sealed class WordCache
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
    private static readonly AsyncLocal<WordCache?> s_current = new();

    private readonly ConcurrentDictionary<Shaping, ConcurrentDictionary<string, Piece[]>> _words = new();

    /// <summary>Makes <paramref name="cache"/> the one words are remembered in until the result is disposed.</summary>
    public static Scope Use(WordCache cache)
    {
        var previous = s_current.Value;
        s_current.Value = cache;
        return new Scope(previous);
    }

    /// <summary>Puts back the cache that was in use before <see cref="Use"/>.</summary>
    public readonly struct Scope(WordCache? previous) : IDisposable
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
}
