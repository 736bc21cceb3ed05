namespace Objecteur.Print.Layout.Text;

/// <summary>
/// A paragraph as Knuth–Plass items, with running totals so that the width, stretch and shrink
/// of any candidate line are two subtractions away instead of a walk over its items.
/// </summary>
internal sealed class ItemList
{
    /// <summary>Position of the break "before the paragraph", where the first line starts.</summary>
    public const int ParagraphStart = -1;

    private readonly Item[] _items;
    private readonly double[] _width;
    private readonly double[] _stretch;
    private readonly double[] _shrink;
    private readonly int[] _fills;
    private readonly int[] _lineStart;

    public ItemList(Item[] items)
    {
        _items = items;
        var n = items.Length;
        _width = new double[n + 1];
        _stretch = new double[n + 1];
        _shrink = new double[n + 1];
        _fills = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            var counts = item.Kind is ItemKind.Box or ItemKind.Glue;
            _width[i + 1] = _width[i] + (counts ? item.Width : 0);
            _stretch[i + 1] = _stretch[i] + item.Stretch;
            _shrink[i + 1] = _shrink[i] + item.Shrink;
            _fills[i + 1] = _fills[i] + (item.Kind == ItemKind.Fill ? 1 : 0);
        }

        // A line starts at the first item after its break that is not discarded there: glue and
        // optional penalties vanish at a line start (TeX's rule), boxes, fills and forced breaks stay.
        _lineStart = new int[n + 1];
        var next = n;
        for (var i = n - 1; i >= ParagraphStart; i--)
        {
            _lineStart[i + 1] = next;
            if (i >= 0 && IsKept(items[i])) next = i;
        }
    }

    public ReadOnlySpan<Item> Items => _items;

    public int Count => _items.Length;

    public Item this[int index] => _items[index];

    /// <summary>True when there is nothing to set (only spaces, or no text at all).</summary>
    public bool IsEmpty => _items.Length == 0;

    /// <summary>Index of the first item of the line that follows a break at <paramref name="breakAt"/>.</summary>
    public int LineStart(int breakAt) => _lineStart[breakAt + 1];

    /// <summary>
    /// A legal breakpoint: glue right after a box (so a space between two words, never a space
    /// that follows a break) unless it is a tie, or any penalty. Fill glue is never one: it only
    /// precedes a forced break.
    /// </summary>
    public bool IsBreakpoint(int index)
    {
        var item = _items[index];
        return item.Kind == ItemKind.Penalty
            || (item.Kind == ItemKind.Glue && !item.Flagged && index > 0 && _items[index - 1].Kind == ItemKind.Box);
    }

    /// <summary>Measures of the line between the break at <paramref name="breakBefore"/> and the break at <paramref name="breakAt"/>.</summary>
    public LineMeasure Measure(int breakBefore, int breakAt)
    {
        var start = LineStart(breakBefore);
        var end = _items[breakAt];
        return new LineMeasure(
            _width[breakAt] - _width[start],
            end.Kind == ItemKind.Penalty ? end.Width : 0,
            _stretch[breakAt] - _stretch[start],
            _shrink[breakAt] - _shrink[start],
            _fills[breakAt] > _fills[start]);
    }

    private static bool IsKept(Item item) =>
        item.Kind is ItemKind.Box or ItemKind.Fill || item.IsForcedBreak;
}

/// <summary>
/// The natural measures of one candidate line, and how far its spaces must be adjusted to fill
/// a given width (TeX's adjustment ratio <i>r</i>).
/// </summary>
/// <param name="Width">Width of boxes and glue at natural size (pt), without a final hyphen.</param>
/// <param name="HyphenWidth">Width of the hyphen added if the line ends at a hyphenation point.</param>
/// <param name="Stretch">Total stretchability of its glue.</param>
/// <param name="Shrink">Total shrinkability of its glue.</param>
/// <param name="HasFill">Ends with infinitely stretchable glue (last line, line before a forced break).</param>
internal readonly record struct LineMeasure(double Width, double HyphenWidth, double Stretch, double Shrink, bool HasFill)
{
    /// <summary>Tolerance for float noise in widths: far below what a printer can show.</summary>
    public const double Epsilon = 1e-9;

    public double Natural => Width + HyphenWidth;

    /// <summary>
    /// The ratio <i>r</i> by which stretch (r &gt; 0) or shrink (r &lt; 0) must be applied to reach
    /// <paramref name="available"/>: 0 when the line fits as is or ends in fill,
    /// +∞ when it is short with nothing to stretch, and below −1 when it cannot be made to fit.
    /// </summary>
    /// <param name="available">The line's width.</param>
    /// <param name="extraStretch">Stretch of the line end (ragged-right glue, TeX's
    /// <c>\rightskip</c>), which fills instead of the interword spaces.</param>
    public double Ratio(double available, double extraStretch)
    {
        var shortfall = available - Natural;
        if (Math.Abs(shortfall) <= Epsilon) return 0;
        if (shortfall > 0)
        {
            if (HasFill) return 0;
            var stretch = Stretch + extraStretch;
            return stretch > 0 ? shortfall / stretch : double.PositiveInfinity;
        }
        return Shrink > 0 ? shortfall / Shrink : double.NegativeInfinity;
    }

    /// <summary>True when not even this line's words fit at maximal shrink, so that no later break
    /// from the same start can fit either (its width minus shrink only grows).</summary>
    public bool IsOverfull(double available) => Width - Shrink > available + Epsilon;
}
