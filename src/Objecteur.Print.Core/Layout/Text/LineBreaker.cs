namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Breaks paragraphs into lines with Knuth and Plass's total-fit algorithm (TeX's), for every
/// alignment: justified text gets stretchable interword spaces, ragged text fixed spaces and a
/// stretchable line end, so that its lines are balanced too instead of greedily filled.
/// </summary>
/// <remarks>
/// <para>Breaks may fall at spaces, after an explicit hyphen between letters, at hyphenation
/// points and soft hyphens (a hyphen is then drawn and counted), and must fall at <c>'\n'</c>.
/// They never fall at a no-break space (U+00A0, U+2007, U+202F), at a style change, nor before
/// a source reference (« [001] »), which the previous word keeps.</para>
/// <para>Like TeX, it tries passes of growing leniency and keeps the first that succeeds:
/// (1) every line within badness 200; (2) any line that fits, however loose, also tried when
/// (1) could only end the paragraph on a last line that is half a word; (3) also between
/// any two characters of a word, at a cost so high that this only happens to a word wider than
/// its line (a URL, a long number), with no hyphen added. No line is then wider than its width,
/// except when a single character is: that character alone overflows its line.</para>
/// </remarks>
public static class LineBreaker
{
    /// <summary>TeX's <c>\tolerance</c>, plain TeX's value: lines up to badness 200 (spaces
    /// stretched by ~1.26 of their stretchability, so to 1.63 of their natural width, or shrunk to
    /// their minimum) are acceptable in the first pass. It is the value Knuth tuned for justified
    /// book text: loose enough that a paragraph almost always has a solution without an ugly gap,
    /// tight enough that rivers do not form. A looser line comes only from the second pass, when
    /// no way of breaking the paragraph keeps every line within it.</summary>
    private const double Tolerance = 200;

    /// <summary>Accepts any line that is not overfull.</summary>
    private const double AnyTolerance = KnuthPlass.InfiniteBadness;

    /// <summary>Stretch of the end of a ragged line, in ems of the paragraph's first style
    /// (ragged2e uses 2 em; a little more keeps hyphens rare in short measures).</summary>
    private const double RaggedStretchEm = 3;

    /// <summary>
    /// Breaks the paragraph into lines.
    /// </summary>
    /// <param name="runs">The paragraph's styled runs, in order.</param>
    /// <param name="lineWidth">Available width in points of line <c>i</c> (0-based), so that
    /// lines can follow a shape (a pin badge's circle). Called at most once per line index, possibly
    /// for a few indices beyond the final line count; a negative or NaN answer counts as 0.</param>
    /// <param name="options">Alignment and hyphenation.</param>
    /// <returns>The lines, empty when the paragraph has nothing to set.</returns>
    public static IReadOnlyList<LineBox> Break(IReadOnlyList<StyledRun> runs, Func<int, double> lineWidth, BreakOptions options)
    {
        ArgumentNullException.ThrowIfNull(lineWidth);
        return Break(runs, new LineWidths(lineWidth), options);
    }

    /// <summary>Breaks the paragraph into lines of one width (points), the common case, which
    /// the breaker solves in time linear in the paragraph's length. A paragraph met before in the
    /// pipeline's <see cref="BreakCache"/> gets the same lines again.</summary>
    public static IReadOnlyList<LineBox> Break(IReadOnlyList<StyledRun> runs, double width, BreakOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);
        return BreakCache.Lines(runs, width, options, static (r, w, o) => Break(r, LineWidths.Uniform(w), o));
    }

    private static IReadOnlyList<LineBox> Break(IReadOnlyList<StyledRun> runs, LineWidths widths, BreakOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);

        var justify = options.Align == TextAlign.Justify;
        // Breaking at spaces only is every run keeping its words whole, with no patterns.
        if (options.SpacesOnly) runs = runs.Select(r => r with { Style = r.Style with { KeepWords = true } }).ToList();
        var builder = new ItemBuilder(runs, options.SpacesOnly ? null : options.Hyphenator, justify);
        var items = builder.Build(emergency: false);
        if (items.IsEmpty) return [];

        var raggedStretch = justify ? 0 : RaggedStretchEm * runs[0].Style.Size;
        var breaks = FindBreaks(items, widths, raggedStretch);
        if (breaks is null)
        {
            items = builder.Build(emergency: true);
            breaks = KnuthPlass.FindBreaks(items, widths, new PassSettings(AnyTolerance, raggedStretch, Underfull: true, Overfull: true))!;
        }
        else if (options.Balanced && !justify && widths.IsUniform && breaks.Length > 1)
            breaks = Balance(items, widths[0], raggedStretch, breaks);
        return LineAssembler.Assemble(runs, items, breaks, widths, options.Align);
    }

    /// <summary>
    /// The passes that keep every word whole; null when some word is wider than its line. The
    /// second, with any tolerance, runs when the first finds nothing, and also when the first
    /// could only end the paragraph (or a forced line) on a line that is half a word: a
    /// typographer would rather open up one line's spaces than leave « suf-/fisant. » alone.
    /// </summary>
    private static int[]? FindBreaks(ItemList items, LineWidths widths, double raggedStretch)
    {
        var breaks = KnuthPlass.FindBreaks(items, widths, new PassSettings(Tolerance, raggedStretch));
        if (breaks is not null && !EndsOnFragment(items, breaks)) return breaks;
        var looser = KnuthPlass.FindBreaks(items, widths, new PassSettings(AnyTolerance, raggedStretch));
        if (breaks is null && looser is null)
            // A word too long to share its line (an address before a hashtag) is set alone on it
            // rather than every word being cut anywhere: only a word wider than its line is.
            return KnuthPlass.FindBreaks(items, widths, new PassSettings(AnyTolerance, raggedStretch, Underfull: true));
        return breaks is null || (looser is not null && !EndsOnFragment(items, looser)) ? looser : breaks;
    }

    /// <summary>Whether a line before a forced break holds nothing but the end of a word
    /// hyphenated on the line before (and the references tied to it): « fisant. », « lier. [001] ».
    /// A longer last line after a hyphen is left to the demerits.</summary>
    private static bool EndsOnFragment(ItemList items, int[] breaks)
    {
        for (var i = 0; i + 1 < breaks.Length; i++)
        {
            if (!items[breaks[i]].AddsHyphen || !items[breaks[i + 1]].IsForcedBreak) continue;
            var alone = true;
            for (var k = items.LineStart(breaks[i]); k < breaks[i + 1] && alone; k++)
                alone = !(items[k].Kind == ItemKind.Glue && items.IsBreakpoint(k));
            if (alone) return true;
        }
        return false;
    }

    /// <summary>Width steps of the search for the narrowest measure: a tenth of a point is below
    /// what a reader can tell apart in line lengths.</summary>
    private const double BalancePrecision = 0.1;

    /// <summary>
    /// Breaks again at the narrowest measure that still gives the same number of lines, found by
    /// bisection: the lines then share the text about evenly, and are set (aligned) in the real
    /// width. The narrowest measure is at least the longest word's, and at least the paragraph's
    /// natural width over its line count. The search starts from the filled lines' longest,
    /// not the measure: line counts are not monotonic in the measure (a narrower one can make
    /// another break cheaper), and a balanced heading must never have a longer line than the
    /// filled one.
    /// </summary>
    private static int[] Balance(ItemList items, double width, double raggedStretch, int[] breaks)
    {
        double low = 0, high = Math.Min(width, Longest(items, breaks));
        var best = breaks;
        while (high - low > BalancePrecision)
        {
            var middle = (low + high) / 2;
            var narrower = FindBreaks(items, LineWidths.Uniform(middle), raggedStretch);
            if (narrower is not null && narrower.Length == breaks.Length && Longest(items, narrower) <= high)
            {
                best = narrower;
                high = Longest(items, narrower);
            }
            else
                low = middle;
        }
        return best;
    }

    private static double Longest(ItemList items, int[] breaks)
    {
        var longest = 0.0;
        var before = ItemList.ParagraphStart;
        foreach (var at in breaks)
        {
            longest = Math.Max(longest, items.Measure(before, at).Natural);
            before = at;
        }
        return longest;
    }
}
