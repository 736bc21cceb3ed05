using System.Globalization;
using System.Text.RegularExpressions;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Tests.Layout;

/// <summary>What a typographer finds wrong on a laid-out document, each with the lines that show it.</summary>
/// <param name="ParagraphFinalFragments">A paragraph whose last line is only the second half of a word
/// hyphenated on the line before (« rem-/plir. », with the references tied to it).</param>
/// <param name="FinalHyphens">A paragraph whose next-to-last line ends with an added hyphen, however long
/// its last line: TeX's <c>\finalhyphendemerits</c> case, counted but allowed.</param>
/// <param name="BrokenPageHyphens">The last line of a page or column ends with a hyphen the breaker added.</param>
/// <param name="ForbiddenHyphenations">A word with a capital, a digit, '#', '@' or an address part hyphenated.</param>
/// <param name="ShortTails">Fewer than three letters carried after a hyphen (« aus-/si »).</param>
/// <param name="ShortHeads">Fewer than two letters left before a hyphen.</param>
/// <param name="LoneReferences">A line other than a paragraph's first beginning with a source reference (« [001] »).</param>
/// <param name="BrokenHeadings">A heading line ending in a hyphen, hard or added (« face-à-/face »).</param>
/// <param name="SpaceRatios">On each justified line, its word spaces over the font's natural space.</param>
internal sealed record TypographyReport(
    IReadOnlyList<string> ParagraphFinalFragments,
    IReadOnlyList<string> FinalHyphens,
    IReadOnlyList<string> BrokenPageHyphens,
    IReadOnlyList<string> ForbiddenHyphenations,
    IReadOnlyList<string> ShortTails,
    IReadOnlyList<string> ShortHeads,
    IReadOnlyList<string> LoneReferences,
    IReadOnlyList<string> BrokenHeadings,
    IReadOnlyList<double> SpaceRatios)
{
    public IEnumerable<(string Rule, IReadOnlyList<string> Cases)> Defects =>
    [
        ("fragment de mot en fin de paragraphe", ParagraphFinalFragments),
        ("coupure en bas de page ou de colonne", BrokenPageHyphens),
        ("coupure d'un mot à capitale, chiffre, #, @ ou adresse", ForbiddenHyphenations),
        ("moins de trois lettres après la coupure", ShortTails),
        ("moins de deux lettres avant la coupure", ShortHeads),
        ("renvoi en début de ligne", LoneReferences),
        ("titre coupé à un trait d'union", BrokenHeadings),
    ];

    /// <summary>Hyphens on next-to-last lines followed by a longer last line: TeX allows them at a
    /// cost, and so does the breaker when no other way stays within its tolerance.</summary>
    public string Counted => $"{FinalHyphens.Count - ParagraphFinalFragments.Count} hyphens on a next-to-last line before a longer last line";

    /// <summary>Min, median and max of the word-space ratios, and how many lines are looser than
    /// <paramref name="looseLimit"/>.</summary>
    public string Spread(double looseLimit)
    {
        if (SpaceRatios.Count == 0) return "aucune ligne justifiée";
        var sorted = SpaceRatios.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} justified lines, space/natural min {sorted[0]:0.00} median {sorted[sorted.Count / 2]:0.00} max {sorted[^1]:0.00}, "
            + $"{sorted.Count(r => r > looseLimit)} looser than {looseLimit:0.00}");
    }
}

/// <summary>
/// Reads a laid-out document back as a typographer would: lines are the text items of one block
/// on one baseline, in drawing order, so a paragraph's lines follow each other across columns and
/// pages. Whether a line-end hyphen was added by the breaker or typed (« face-à-face ») is told
/// from the document's source: a typed one joins the two halves there.
/// </summary>
internal static partial class TypographyChecker
{
    /// <summary>TeX's interword stretch is ½ space; \tolerance 200 lets it reach ≈1.26 of that.</summary>
    public static readonly double ToleranceRatio = 1 + 0.5 * Math.Cbrt(200 / 100.0);

    private sealed record Line(StructureNode Node, int Page, IReadOnlyList<TextItem> Items)
    {
        public string Text => string.Concat(Items.Select(i => i.Text)).TrimEnd();
        public double Baseline => Items[0].Baseline;
        public double Right => Items.Max(i => i.X + i.Width);
    }

    public static TypographyReport Check(LayoutDocument document, string source)
    {
        source = source.Replace("\u00AD", "", StringComparison.Ordinal);
        var byNode = Lines(document).GroupBy(l => l.Node).ToList();
        List<string> fragments = [], final = [], page = [], forbidden = [], tails = [], heads = [], references = [], headings = [];
        List<double> ratios = [];
        foreach (var group in byNode)
        {
            var lines = group.ToList();
            var heading = group.Key.Kind is StructureKind.Heading1 or StructureKind.Heading2 or StructureKind.Heading3;
            var right = lines.Max(l => l.Right);
            var flush = lines.Count(l => Math.Abs(l.Right - right) < 0.01);
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Text;
                if (i > 0 && ReferenceAtStart().IsMatch(text)) references.Add(text); // a list of sources starts with them
                if (i == lines.Count - 1)
                {
                    if (heading && text.EndsWith('-')) headings.Add(text);
                    continue;
                }
                if (flush >= 2 && Math.Abs(lines[i].Right - right) < 0.01 && Ratio(lines[i]) is { } ratio) ratios.Add(ratio);
                if (!EndsWithLetterHyphen(text)) continue;
                var next = lines[i + 1].Text;
                if (heading) headings.Add($"{text} / {next}");
                var before = LastWord(text[..^1]);
                var after = FirstWord(next);
                if (source.Contains(before + "-" + after, StringComparison.Ordinal)) continue; // a typed hyphen
                var shown = $"p. {lines[i].Page} : {text} / {next}";
                if (i + 1 == lines.Count - 1)
                {
                    final.Add(shown);
                    if (!TrailingReferences().Replace(next, "").Contains(' ')) fragments.Add(shown);
                }
                if (lines[i + 1].Page != lines[i].Page || lines[i + 1].Baseline < lines[i].Baseline) page.Add(shown);
                var word = before + after;
                if (word.Any(c => char.IsUpper(c) || char.IsDigit(c) || c is '#' or '@' or '/' or ':' or '.')) forbidden.Add(shown);
                if (Letters(after) < 3) tails.Add(shown);
                if (Letters(TrailingPart(before)) < 2) heads.Add(shown);
            }
        }
        return new TypographyReport(fragments, final, page, forbidden, tails, heads, references, headings, ratios);
    }

    /// <summary>The content lines of every page in drawing order: a new line starts where the block
    /// or the baseline changes.</summary>
    private static IEnumerable<Line> Lines(LayoutDocument document)
    {
        for (var p = 0; p < document.Pages.Count; p++)
        {
            Line? current = null;
            foreach (var item in document.Pages[p].Items.OfType<TextItem>())
            {
                if (item.Node is null || item.Text.Length == 0) continue;
                if (current is not null && current.Node == item.Node && Math.Abs(current.Baseline - item.Baseline) < 0.01)
                {
                    ((List<TextItem>)current.Items).Add(item);
                    continue;
                }
                if (current is not null) yield return current;
                current = new Line(item.Node, p + 1, new List<TextItem> { item });
            }
            if (current is not null) yield return current;
        }
    }

    /// <summary>Mean word space over natural space on a line whose words are set apart; null for a
    /// line without a space between two items.</summary>
    private static double? Ratio(Line line)
    {
        double sum = 0;
        var count = 0;
        for (var k = 0; k + 1 < line.Items.Count; k++)
        {
            var item = line.Items[k];
            if (!item.Text.EndsWith(' ')) continue;
            var natural = item.Face.Advance(' ') * item.Size;
            sum += (line.Items[k + 1].X - (item.X + item.Width)) / natural;
            count++;
        }
        return count == 0 ? null : sum / count;
    }

    private static bool EndsWithLetterHyphen(string text) => text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    private static string LastWord(string text) => text[(text.LastIndexOfAny([' ', '\u00A0', '\u202F']) + 1)..].TrimStart(Punctuation);

    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny([' ', '\u00A0', '\u202F']);
        return (end < 0 ? text : text[..end]).TrimEnd(Punctuation);
    }

    /// <summary>The part of a compound after its last typed hyphen: « porte-mon » gives « mon ».</summary>
    private static string TrailingPart(string word) => word[(word.LastIndexOf('-') + 1)..];

    private static int Letters(string text) => text.Count(char.IsLetter);

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '»', '«', '(', ')', '[', ']', '’', '\'', '"', '…', '\u202F', '\u00A0'];

    [GeneratedRegex(@"^\[\d+\]")]
    private static partial Regex ReferenceAtStart();

    [GeneratedRegex(@"(\s\[\d+\][.,;]?)+$")]
    private static partial Regex TrailingReferences();
}
