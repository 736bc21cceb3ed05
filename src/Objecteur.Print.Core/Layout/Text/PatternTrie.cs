namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Liang hyphenation patterns stored as a trie over their letters. A word is scored by walking the
/// trie from every starting position, which touches only the patterns that actually occur in the
/// word instead of testing thousands of patterns one by one.
/// </summary>
/// <remarks>
/// Transitions live in one dictionary keyed by (node, character) so that building and looking up
/// need no per-node collections; the trie is immutable once built and therefore thread-safe.
/// </remarks>
internal sealed class PatternTrie
{
    private const int Root = 0;

    private readonly Dictionary<long, int> _transitions;
    private readonly byte[]?[] _valuesByNode;

    private PatternTrie(Dictionary<long, int> transitions, byte[]?[] valuesByNode)
    {
        _transitions = transitions;
        _valuesByNode = valuesByNode;
    }

    /// <summary>Number of distinct patterns (for diagnostics and tests).</summary>
    public int Count { get; private init; }

    /// <summary>
    /// Raises <paramref name="values"/> with every pattern found in <paramref name="word"/>:
    /// <c>values[k]</c> scores the gap before <c>word[k]</c>, so <paramref name="values"/> must be
    /// one longer than <paramref name="word"/>. The word must already be lower-cased and framed by
    /// the '.' boundary markers the patterns use.
    /// </summary>
    public void Score(ReadOnlySpan<char> word, Span<byte> values)
    {
        for (var start = 0; start < word.Length; start++)
        {
            var node = Root;
            for (var i = start; i < word.Length; i++)
            {
                if (!_transitions.TryGetValue(Key(node, word[i]), out node)) break;
                if (_valuesByNode[node] is not { } pattern) continue;
                for (var k = 0; k < pattern.Length; k++)
                    if (pattern[k] > values[start + k]) values[start + k] = pattern[k];
            }
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>Accumulates patterns, then freezes them into a <see cref="PatternTrie"/>.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<long, int> _transitions = new();
        private readonly List<byte[]?> _values = [null];
        private int _patterns;

        /// <summary>
        /// Adds one pattern in TeX notation (<c>ab2h</c>, <c>.a4</c>, <c>2'2</c>): digits are the
        /// scores of the gaps between the other characters. A pattern met twice keeps the higher
        /// score of each gap, which is how Liang levels combine.
        /// </summary>
        public void Add(ReadOnlySpan<char> pattern)
        {
            Span<byte> digits = stackalloc byte[pattern.Length + 1];
            digits.Clear();
            var node = Root;
            var letters = 0;
            foreach (var c in pattern)
            {
                if (c is >= '0' and <= '9')
                {
                    digits[letters] = (byte)(c - '0');
                    continue;
                }
                var key = Key(node, char.ToLowerInvariant(c));
                if (!_transitions.TryGetValue(key, out var child))
                {
                    child = _values.Count;
                    _values.Add(null);
                    _transitions.Add(key, child);
                }
                node = child;
                letters++;
            }
            if (letters == 0) return;

            var existing = _values[node];
            if (existing is null) _patterns++;
            var merged = existing ?? new byte[letters + 1];
            for (var k = 0; k <= letters; k++) merged[k] = Math.Max(merged[k], digits[k]);
            _values[node] = merged;
        }

        public PatternTrie Build() => new(new Dictionary<long, int>(_transitions), _values.ToArray()) { Count = _patterns };
    }
}
