using System.Runtime.InteropServices;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Settings of one Knuth–Plass pass.
/// </summary>
/// <param name="Tolerance">Highest badness a line may have (TeX's <c>\tolerance</c>); 10,000 or
/// more accepts any line that is not overfull.</param>
/// <param name="RaggedStretch">Stretch of the line end for ragged text (TeX's <c>\rightskip</c>),
/// 0 for justified text.</param>
/// <param name="Underfull">Accept a line with nothing to stretch (a word alone on a justified
/// line): a word too long to share its line is then set whole, as TeX sets an underfull box.</param>
/// <param name="Overfull">Last resort: when a line cannot be made to fit at all, accept it overfull
/// rather than fail (TeX's final pass does the same).</param>
internal readonly record struct PassSettings(double Tolerance, double RaggedStretch, bool Underfull = false, bool Overfull = false);

/// <summary>
/// Knuth and Plass's total-fit line breaking: of all ways to break a paragraph, choose the one
/// whose lines have the least total demerits (squared badness plus penalties), instead of filling
/// each line greedily and leaving the consequences to the next ones. This is what keeps TeX's
/// justified text free of loose lines and rivers.
/// </summary>
/// <remarks>
/// <para>Parameters are TeX's plain-format defaults, which were tuned on exactly this problem.</para>
/// <para>Line widths may differ from line to line (pin badges), so break nodes are kept apart by
/// line number as well as by fitness class: reaching a word on line 5 is not the same as reaching
/// it on line 6 when line 6 is narrower. When all lines have one width the line number is
/// forgotten, as in TeX: otherwise a paragraph broken between any two characters (the last-resort
/// pass) keeps a node for every line count that can reach each point, and the search turns
/// quadratic in the paragraph's length.</para>
/// </remarks>
internal static class KnuthPlass
{
    /// <summary>Badness of a line that is short with nothing to stretch (TeX's <c>inf_bad</c>).</summary>
    public const double InfiniteBadness = 10_000;

    /// <summary>What a line with nothing to stretch costs where it is accepted (« le- » alone on a
    /// justified line): more than the loosest line with spaces, so it is taken only where nothing
    /// else is, and less than a paragraph-final fragment.</summary>
    private const double UnderfullBadness = 10 * InfiniteBadness;

    private const double LinePenalty = 10;
    private const double DoubleHyphenDemerits = 10_000;
    /// <summary>
    /// TeX's <c>\finalhyphendemerits</c> (a hyphen on the line before a paragraph's end, which
    /// leaves the paragraph ending on half a word: « rem-/plir. »), raised from plain TeX's 5,000
    /// to a last resort: beyond what any set of lines can cost, even lines of infinite badness
    /// ((10 + 10,000)² ≈ 10⁸ each), so that a paragraph ends on a fragment only when it has no
    /// other way of breaking in the pass; yet finite, so that such a paragraph is still set.
    /// </summary>
    private const double FinalHyphenDemerits = 1e12;
    private const double AdjacentDemerits = 10_000;

    private enum Fitness : byte { VeryLoose, Loose, Decent, Tight }

    private struct Node
    {
        public int Position;
        public int Line;
        public Fitness Fitness;
        public bool Flagged;
        public double Demerits;
        public int Previous;
    }

    private struct Candidate
    {
        public int Line;
        public Fitness Fitness;
        public double Demerits;
        public int From;
    }

    /// <summary>
    /// Chooses the breaks: item indices, in order, the last one being the paragraph's final forced
    /// break. Returns null when no way of breaking keeps every line within the pass's tolerance.
    /// </summary>
    public static int[]? FindBreaks(ItemList items, LineWidths widths, PassSettings settings)
    {
        var nodes = new List<Node> { new() { Position = ItemList.ParagraphStart, Fitness = Fitness.Decent, Previous = -1 } };
        var active = new List<int> { 0 };
        var candidates = new List<Candidate>();

        for (var b = 0; b < items.Count; b++)
        {
            if (!items.IsBreakpoint(b)) continue;
            var item = items[b];
            var forced = item.IsForcedBreak;
            candidates.Clear();

            var activeNodes = CollectionsMarshal.AsSpan(active);
            var kept = 0;
            for (var r = 0; r < activeNodes.Length; r++)
            {
                var node = nodes[activeNodes[r]];
                var available = widths[node.Line];
                var line = items.Measure(node.Position, b);
                var ratio = line.Ratio(available, settings.RaggedStretch);
                var stays = !forced && !line.IsOverfull(available);

                // A line with nothing to stretch would be capped at the same badness as a merely
                // loose line and could win; like an underfull box in TeX it is acceptable only
                // when nothing else is: a whole word alone (a pass that accepts underfull lines),
                // a syllable alone before its hyphen (« sa- ») only in the last resort.
                var underfull = double.IsPositiveInfinity(ratio);
                if (ratio >= -1 - LineMeasure.Epsilon && (!underfull || settings.Underfull && (settings.Overfull || !item.Flagged)))
                {
                    var badness = Badness(ratio);
                    if (badness <= settings.Tolerance)
                        Offer(candidates, node, activeNodes[r], item, underfull ? UnderfullBadness : badness,
                            FitnessOf(ratio), forced, widths.IsUniform);
                }
                else if (!stays && settings.Overfull && kept == 0 && r == activeNodes.Length - 1 && candidates.Count == 0)
                {
                    // Nothing else can reach this point: an overfull line beats no paragraph.
                    Offer(candidates, node, activeNodes[r], item, InfiniteBadness, Fitness.Tight, forced, widths.IsUniform);
                }

                if (stays) activeNodes[kept++] = activeNodes[r];
            }
            active.RemoveRange(kept, active.Count - kept);

            AddBestCandidates(candidates, nodes, active, b, item.Flagged, widths.IsUniform);
            if (active.Count == 0) return null;
        }

        return TraceBack(nodes, active);
    }

    private static void Offer(List<Candidate> candidates, in Node from, int fromIndex, in Item at, double badness,
        Fitness fitness, bool paragraphEnd, bool anyLine)
    {
        var demerits = (LinePenalty + badness) * (LinePenalty + badness);
        if (at.Kind == ItemKind.Penalty && !double.IsNegativeInfinity(at.Cost))
            demerits += at.Cost >= 0 ? at.Cost * at.Cost : -at.Cost * at.Cost;
        if (from.Flagged && at.Flagged) demerits += DoubleHyphenDemerits;
        if (from.Flagged && paragraphEnd) demerits += FinalHyphenDemerits;
        if (Math.Abs(fitness - from.Fitness) > 1) demerits += AdjacentDemerits;
        demerits += from.Demerits;

        var line = from.Line + 1;
        var span = CollectionsMarshal.AsSpan(candidates);
        for (var i = 0; i < span.Length; i++)
        {
            if (!anyLine && span[i].Line != line || span[i].Fitness != fitness) continue;
            if (demerits < span[i].Demerits) span[i] = new Candidate { Line = line, Fitness = fitness, Demerits = demerits, From = fromIndex };
            return;
        }
        candidates.Add(new Candidate { Line = line, Fitness = fitness, Demerits = demerits, From = fromIndex });
    }

    /// <summary>
    /// Turns the best way of reaching a break, per line number and fitness class, into active
    /// nodes; like TeX, drops fitness classes that are worse than the best of their line number by
    /// more than the adjacency demerits, since they could never win.
    /// </summary>
    private static void AddBestCandidates(List<Candidate> candidates, List<Node> nodes, List<int> active, int position, bool flagged, bool anyLine)
    {
        var span = CollectionsMarshal.AsSpan(candidates);
        for (var i = 0; i < span.Length; i++)
        {
            var best = double.PositiveInfinity;
            for (var j = 0; j < span.Length; j++)
                if (anyLine || span[j].Line == span[i].Line) best = Math.Min(best, span[j].Demerits);
            if (span[i].Demerits > best + AdjacentDemerits) continue;
            active.Add(nodes.Count);
            nodes.Add(new Node
            {
                Position = position, Line = span[i].Line, Fitness = span[i].Fitness, Flagged = flagged,
                Demerits = span[i].Demerits, Previous = span[i].From,
            });
        }
    }

    /// <summary>After the final forced break, only nodes at the paragraph's end remain active.</summary>
    private static int[] TraceBack(List<Node> nodes, List<int> active)
    {
        var best = active[0];
        foreach (var index in active)
            if (nodes[index].Demerits < nodes[best].Demerits) best = index;

        var breaks = new int[nodes[best].Line];
        for (var n = best; nodes[n].Position != ItemList.ParagraphStart; n = nodes[n].Previous)
            breaks[nodes[n].Line - 1] = nodes[n].Position;
        return breaks;
    }

    /// <summary>TeX's badness, ≈ 100 r³, capped at <see cref="InfiniteBadness"/>.</summary>
    private static double Badness(double ratio)
    {
        if (double.IsPositiveInfinity(ratio)) return InfiniteBadness;
        var r = Math.Abs(ratio);
        return Math.Min(100 * r * r * r, InfiniteBadness);
    }

    private static Fitness FitnessOf(double ratio) => ratio switch
    {
        < -0.5 => Fitness.Tight,
        <= 0.5 => Fitness.Decent,
        <= 1 => Fitness.Loose,
        _ => Fitness.VeryLoose,
    };
}
