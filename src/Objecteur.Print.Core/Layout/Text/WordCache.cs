using System.Collections.Concurrent;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Words already cut into measured pieces, for the whole process and every thread: a mail merge
/// lays out the same paragraphs of its model for every row, and the kit's documents share most
/// of their words. A thin wrapper on purpose: how a word is shaped stays in <see cref="WordShaper"/>;
/// this only remembers the result under everything that decides it.
/// </summary>
internal static class WordCache
{
    /// <summary>What decides a word's pieces besides its characters: its style (face and size that
    /// measure it, whether it hyphenates, keeps words whole…) and the patterns (the language, its
    /// minima), and whether the paragraph breaks at spaces only. The whole style is the key, so a setting added to it later is part of the key too;
    /// only colour and leading, which never change a word's pieces, are left out.</summary>
    public readonly record struct Shaping(TextStyle Style, Hyphenator? Hyphenator, bool SpacesOnly)
    {
        public static Shaping Of(TextStyle style, Hyphenator? hyphenator, bool spacesOnly) =>
            new(style with { Color = Color.Black, LineHeight = 1 }, hyphenator, spacesOnly);
    }

    private static readonly ConcurrentDictionary<Shaping, ConcurrentDictionary<string, Piece[]>> Words = new();

    /// <summary>Pieces of a single-run word, computed by <paramref name="shape"/> the first time
    /// the process meets it under <paramref name="shaping"/>.</summary>
    public static Piece[] Get<TState>(Shaping shaping, ReadOnlySpan<char> word, TState state, Func<TState, Piece[]> shape)
    {
        var words = Words.GetOrAdd(shaping, static _ => new ConcurrentDictionary<string, Piece[]>(StringComparer.Ordinal))
            .GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.TryGetValue(word, out var pieces)) return pieces;
        pieces = shape(state);
        // Two threads meeting a new word shape it alike: whichever is kept, the pieces are the same.
        return words.TryAdd(word, pieces) || !words.TryGetValue(word, out var kept) ? pieces : kept;
    }
}
