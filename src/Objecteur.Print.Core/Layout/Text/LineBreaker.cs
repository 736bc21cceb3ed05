namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Breaks paragraphs into lines with Knuth and Plass's total-fit algorithm (TeX's), for every
/// alignment: justified text gets stretchable interword spaces, ragged text fixed spaces and a
/// stretchable line end, so that its lines are balanced too instead of greedily filled.
/// </summary>
/// <remarks>
/// <para>Breaks may fall at spaces, after an explicit hyphen between letters, at hyphenation
/// points and soft hyphens (a hyphen is then drawn and counted), and must fall at <c>'\n'</c>.
/// They never fall at a no-break space (U+00A0, U+2007, U+202F) nor at a style change.</para>
/// <para>Like TeX, it tries passes of growing leniency and keeps the first that succeeds:
/// (1) every line within badness 200; (2) any line that fits, however loose; (3) also between
/// any two characters of a word, at a cost so high that this only happens to a word wider than
/// its line (a URL, a long number), with no hyphen added. No line is then wider than its width,
/// except when a single character is: that character alone overflows its line.</para>
/// </remarks>
public static class LineBreaker
{
    /// <summary>TeX's <c>\tolerance</c>: lines up to badness 200 (spaces stretched by ~1.26 of
    /// their stretchability) are acceptable in the first pass.</summary>
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
    /// the breaker solves in time linear in the paragraph's length.</summary>
    public static IReadOnlyList<LineBox> Break(IReadOnlyList<StyledRun> runs, double width, BreakOptions options) =>
        Break(runs, LineWidths.Uniform(width), options);

    private static IReadOnlyList<LineBox> Break(IReadOnlyList<StyledRun> runs, LineWidths widths, BreakOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);

        var justify = options.Align == TextAlign.Justify;
        var builder = new ItemBuilder(runs, options.Hyphenator, justify);
        var items = builder.Build(emergency: false);
        if (items.IsEmpty) return [];

        var raggedStretch = justify ? 0 : RaggedStretchEm * runs[0].Style.Size;
        var breaks = KnuthPlass.FindBreaks(items, widths, new PassSettings(Tolerance, raggedStretch, Final: false))
            ?? KnuthPlass.FindBreaks(items, widths, new PassSettings(AnyTolerance, raggedStretch, Final: false));
        if (breaks is null)
        {
            items = builder.Build(emergency: true);
            breaks = KnuthPlass.FindBreaks(items, widths, new PassSettings(AnyTolerance, raggedStretch, Final: true))!;
        }
        return LineAssembler.Assemble(runs, items, breaks, widths, options.Align);
    }
}
