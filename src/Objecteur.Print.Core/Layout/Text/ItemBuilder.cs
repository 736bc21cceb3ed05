using System.Runtime.InteropServices;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Turns a paragraph's styled runs into Knuth–Plass items: words into boxes (cut at their
/// possible breaks), runs of spaces into one glue, '\n' into a forced break.
/// </summary>
/// <remarks>
/// Spaces at the start and end of the paragraph or of a forced line are dropped, and a run of
/// spaces becomes one interword glue in the style of its first space. A paragraph's trailing
/// '\n' is dropped too (the paragraph ends there anyway), so "a\n" is one line and "a\n\n" two.
/// </remarks>
internal sealed class ItemBuilder
{
    // TeX's plain-format \hyphenpenalty and \exhyphenpenalty.
    private const double HyphenPenalty = 50;
    private const double ExplicitHyphenPenalty = 50;

    /// <summary>Cost of an emergency break between two characters: far above anything else, so
    /// that it is only taken where no other break makes the line fit.</summary>
    private const double EmergencyPenalty = 100_000;

    // TeX's interword glue for Computer Modern: stretch ½ and shrink ⅓ of the space.
    private const double JustifiedStretch = 1 / 2.0;
    private const double JustifiedShrink = 1 / 3.0;

    private readonly IReadOnlyList<StyledRun> _runs;
    private readonly bool _justify;
    private readonly WordShaper _shaper;
    private readonly List<Segment> _word = [];
    private readonly List<Item> _items = [];
    private bool _emergency;
    private int _pendingGlue;
    private int _pendingBreak;
    private bool _lineHasWord;

    public ItemBuilder(IReadOnlyList<StyledRun> runs, Hyphenator? hyphenator, bool justify)
    {
        _runs = runs;
        _justify = justify;
        _shaper = new WordShaper(runs, hyphenator);
    }

    /// <summary>
    /// Builds the items. With <paramref name="emergency"/>, every boundary between two characters
    /// of a word also becomes a (very costly) break, so that a URL or a long number wider than the
    /// line can still be set without overflowing.
    /// </summary>
    public ItemList Build(bool emergency)
    {
        _emergency = emergency;
        _items.Clear();
        _word.Clear();
        _pendingGlue = _pendingBreak = -1;
        _lineHasWord = false;

        for (var run = 0; run < _runs.Count; run++)
        {
            var text = _runs[run].Text;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == TextChars.ForcedBreak)
                {
                    EndWord();
                    if (_pendingBreak >= 0) AddForcedBreak(_pendingBreak);
                    _pendingBreak = run;
                    _pendingGlue = -1;
                    _lineHasWord = false;
                    i++;
                }
                else if (TextChars.IsBreakableSpace(c))
                {
                    EndWord();
                    if (_lineHasWord && _pendingGlue < 0) _pendingGlue = run;
                    i++;
                }
                else
                {
                    var start = i;
                    while (i < text.Length && text[i] != TextChars.ForcedBreak && !TextChars.IsBreakableSpace(text[i])) i++;
                    _word.Add(new Segment(run, start, i - start));
                }
            }
        }
        EndWord();
        if (_items.Count > 0) AddForcedBreak(_runs.Count - 1);
        return new ItemList(_items.ToArray());
    }

    private void EndWord()
    {
        if (_word.Count == 0) return;
        var segments = CollectionsMarshal.AsSpan(_word);
        if (_pendingBreak >= 0) AddForcedBreak(_pendingBreak);
        else if (_pendingGlue >= 0) AddGlue(_pendingGlue, tied: IsSourceReference(segments[0]));
        _pendingBreak = _pendingGlue = -1;

        var pieces = _shaper.Shape(segments);
        for (var k = 0; k < pieces.Length; k++)
        {
            var piece = pieces[k];
            var segment = segments[piece.Segment];
            AddBox(segment.Run, segment.Start + piece.Offset, piece.Length, piece.Width);
            if (k == pieces.Length - 1) break;
            switch (piece.After)
            {
                case PieceBreak.Hyphenation:
                    var style = _runs[segment.Run].Style;
                    _items.Add(Item.Penalty(segment.Run, style.Face.Advance(TextChars.Hyphen) * style.Size, HyphenPenalty, flagged: true));
                    break;
                case PieceBreak.ExplicitHyphen:
                    _items.Add(Item.Penalty(segment.Run, 0, ExplicitHyphenPenalty, flagged: true));
                    break;
                case PieceBreak.None when _emergency:
                    var next = segments[pieces[k + 1].Segment];
                    var last = _runs[segment.Run].Text[segment.Start + piece.Offset + piece.Length - 1];
                    if (TextChars.CanSplit(last, _runs[next.Run].Text[next.Start + pieces[k + 1].Offset]))
                        _items.Add(Item.Penalty(segment.Run, 0, EmergencyPenalty, flagged: false));
                    break;
            }
        }
        _word.Clear();
        _lineHasWord = true;
    }

    private void AddBox(int run, int start, int length, double width)
    {
        if (!_emergency)
        {
            _items.Add(Item.Box(run, start, length, width));
            return;
        }
        var text = _runs[run].Text;
        var style = _runs[run].Style;
        var from = start;
        for (var i = start + 1; i <= start + length; i++)
        {
            if (i < start + length && !TextChars.CanSplit(text[i - 1], text[i])) continue;
            _items.Add(Item.Box(run, from, i - from, style.Face.Measure(text.AsSpan(from, i - from), style.Size)));
            if (i < start + length) _items.Add(Item.Penalty(run, 0, EmergencyPenalty, flagged: false));
            from = i;
        }
    }

    /// <summary>The space before a source reference (« … refuser. [001] ») is a tie: the reference
    /// belongs to what it sources and would read as a stray label at the start of a line.</summary>
    private void AddGlue(int run, bool tied)
    {
        var style = _runs[run].Style;
        var space = style.Face.Advance(' ') * style.Size;
        double stretch = _justify ? space * JustifiedStretch : 0, shrink = _justify ? space * JustifiedShrink : 0;
        _items.Add(tied ? Item.Tie(run, space, stretch, shrink) : Item.Glue(run, space, stretch, shrink));
    }

    private bool IsSourceReference(Segment first) => TextChars.IsSourceReference(_runs[first.Run].Text.AsSpan(first.Start, first.Length));

    private void AddForcedBreak(int run)
    {
        _items.Add(Item.Fill(run));
        _items.Add(Item.ForcedBreak(run));
    }
}
