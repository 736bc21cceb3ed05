using System.Runtime.InteropServices;

namespace Objecteur.Print.Layout.Text;

/// <summary>Part of a word in a run's text: the word may span several runs.</summary>
internal readonly record struct Segment(int Run, int Start, int Length);

/// <summary>How a piece of a word joins the next piece.</summary>
internal enum PieceBreak : byte
{
    /// <summary>No break: the style changes there, or a soft hyphen at the word's edge was dropped.</summary>
    None,
    /// <summary>A hyphenation point or soft hyphen: breaking adds a hyphen.</summary>
    Hyphenation,
    /// <summary>Just after an explicit hyphen (Saint-|Étienne): breaking adds nothing.</summary>
    ExplicitHyphen,
}

/// <summary>A measured piece of a word, between two of its possible breaks.</summary>
/// <param name="Segment">Index of the word's segment the piece lies in.</param>
/// <param name="Offset">First character, relative to the segment's start.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Width">Width in points.</param>
/// <param name="After">How it joins the next piece (ignored for the last piece).</param>
internal readonly record struct Piece(int Segment, int Offset, int Length, double Width, PieceBreak After);

/// <summary>
/// Cuts words into measured pieces at their possible breaks (hyphenation points, soft hyphens,
/// explicit hyphens, style changes). Hyphenating and measuring are the costly part of breaking,
/// and words repeat, so a word in one style is shaped once per pipeline (<see cref="BreakCache"/>)
/// and then reused.
/// </summary>
internal sealed class WordShaper
{
    private const int MinHyphenatedLength = 5;

    private readonly IReadOnlyList<StyledRun> _runs;
    private readonly Hyphenator? _hyphenator;
    private readonly Dictionary<TextStyle, Dictionary<string, Piece[]>> _wordsByStyle = new();
    private readonly Dictionary<string, Piece[]>?[] _wordsByRun;
    private readonly List<Piece> _pieces = [];

    // Scratch space for one word: its characters without soft hyphens, where each came from,
    // and the kind of break allowed before it.
    private char[] _letters = new char[32];
    private int[] _letterSegment = new int[32];
    private int[] _letterOffset = new int[32];
    private PieceBreak[] _breakBefore = new PieceBreak[32];

    /// <param name="runs">The paragraph's runs.</param>
    /// <param name="hyphenator">Patterns, or null for none.</param>
    public WordShaper(IReadOnlyList<StyledRun> runs, Hyphenator? hyphenator)
    {
        _runs = runs;
        _hyphenator = hyphenator;
        _wordsByRun = new Dictionary<string, Piece[]>?[runs.Count];
    }

    /// <summary>The pieces of the word made of <paramref name="segments"/>; valid until the next call.</summary>
    public ReadOnlySpan<Piece> Shape(ReadOnlySpan<Segment> segments)
    {
        if (segments.Length > 1) return Compute(segments); // a style change inside a word: rare, not cached

        var segment = segments[0];
        var words = WordsOf(segment.Run).GetAlternateLookup<ReadOnlySpan<char>>();
        var text = _runs[segment.Run].Text.AsSpan(segment.Start, segment.Length);
        if (words.TryGetValue(text, out var cached)) return cached;
        var pieces = BreakCache.Get(BreakCache.Shaping.Of(_runs[segment.Run].Style, _hyphenator), text,
            (Shaper: this, Segment: segment), static s => s.Shaper.Compute([s.Segment]).ToArray());
        words[text] = pieces;
        return pieces;
    }

    private Dictionary<string, Piece[]> WordsOf(int run)
    {
        if (_wordsByRun[run] is { } words) return words;
        var style = _runs[run].Style;
        if (!_wordsByStyle.TryGetValue(style, out words))
            _wordsByStyle.Add(style, words = new Dictionary<string, Piece[]>(StringComparer.Ordinal));
        return _wordsByRun[run] = words;
    }

    private ReadOnlySpan<Piece> Compute(ReadOnlySpan<Segment> segments)
    {
        var count = CollectLetters(segments);
        MarkExplicitHyphens(segments, count);
        if (_hyphenator is not null && AnyHyphenates(segments)) MarkHyphenationPoints(segments, count);

        _pieces.Clear();
        var from = 0;
        for (var k = 1; k <= count; k++)
        {
            var ends = k == count || _breakBefore[k] != PieceBreak.None
                || _letterSegment[k] != _letterSegment[k - 1] || _letterOffset[k] != _letterOffset[k - 1] + 1;
            if (!ends) continue;
            var segment = segments[_letterSegment[from]];
            var style = _runs[segment.Run].Style;
            var text = _runs[segment.Run].Text.AsSpan(segment.Start + _letterOffset[from], k - from);
            var after = k == count ? PieceBreak.None : _breakBefore[k];
            _pieces.Add(new Piece(_letterSegment[from], _letterOffset[from], k - from, style.Face.Measure(text, style.Size), after));
            from = k;
        }
        return CollectionsMarshal.AsSpan(_pieces);
    }

    /// <summary>Copies the word's characters, leaving out soft hyphens but remembering them as
    /// hyphenation points (not where the style keeps words whole); returns the number of characters.</summary>
    private int CollectLetters(ReadOnlySpan<Segment> segments)
    {
        var count = 0;
        var softHyphen = false;
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            var text = _runs[segment.Run].Text;
            EnsureCapacity(count + segment.Length);
            for (var j = 0; j < segment.Length; j++)
            {
                var c = text[segment.Start + j];
                if (c == TextChars.SoftHyphen)
                {
                    softHyphen = true;
                    continue;
                }
                _letters[count] = c;
                _letterSegment[count] = s;
                _letterOffset[count] = j;
                _breakBefore[count] = softHyphen && count > 0 && !_runs[segment.Run].Style.KeepWords ? PieceBreak.Hyphenation : PieceBreak.None;
                softHyphen = false;
                count++;
            }
        }
        return count;
    }

    /// <summary>A hyphen between two letters (Saint-Étienne, porte-monnaie) allows a break after
    /// it, unless its style keeps words whole; one in a number, a date or at a word's edge (−5, 2-3,
    /// « - ») does not.</summary>
    private void MarkExplicitHyphens(ReadOnlySpan<Segment> segments, int count)
    {
        for (var k = 1; k + 1 < count; k++)
            if (TextChars.IsBreakableHyphen(_letters[k]) && char.IsLetter(_letters[k - 1]) && char.IsLetter(_letters[k + 1])
                && !_runs[segments[_letterSegment[k]].Run].Style.KeepWords)
                _breakBefore[k + 1] = PieceBreak.ExplicitHyphen;
    }

    /// <summary>
    /// Asks the hyphenator about each word glued inside this one by no-break spaces
    /// (« «&#x202F;numérique&#x202F;» » holds one), stripped of surrounding punctuation, and keeps
    /// the points whose preceding character has a style that allows hyphenation. A point must
    /// fall between two letters: « objecteur·-trice » or « L112-/14 » would read as typos.
    /// A leading '#' or '@' stays, so that the hyphenator sees a hashtag or a handle and leaves it whole.
    /// </summary>
    private void MarkHyphenationPoints(ReadOnlySpan<Segment> segments, int count)
    {
        var start = 0;
        while (start < count)
        {
            var end = start;
            while (end < count && !TextChars.IsNoBreakSpace(_letters[end])) end++;
            int first = start, last = end;
            while (first < last && !char.IsLetterOrDigit(_letters[first]) && !IsHandleSign(_letters[first])) first++;
            while (last > first && !char.IsLetterOrDigit(_letters[last - 1])) last--;
            if (last - first >= MinHyphenatedLength)
            {
                foreach (var point in _hyphenator!.Points(new string(_letters, first, last - first)))
                {
                    var k = first + point;
                    if (_breakBefore[k] == PieceBreak.None && char.IsLetter(_letters[k - 1]) && char.IsLetter(_letters[k])
                        && _runs[segments[_letterSegment[k - 1]].Run].Style.Hyphenate)
                        _breakBefore[k] = PieceBreak.Hyphenation;
                }
            }
            start = end + 1;
        }
    }

    private static bool IsHandleSign(char c) => c is '#' or '@';

    private bool AnyHyphenates(ReadOnlySpan<Segment> segments)
    {
        foreach (var segment in segments)
            if (_runs[segment.Run].Style.Hyphenate) return true;
        return false;
    }

    private void EnsureCapacity(int count)
    {
        if (count <= _letters.Length) return;
        var size = Math.Max(count, 2 * _letters.Length);
        Array.Resize(ref _letters, size);
        Array.Resize(ref _letterSegment, size);
        Array.Resize(ref _letterOffset, size);
        Array.Resize(ref _breakBefore, size);
    }
}
