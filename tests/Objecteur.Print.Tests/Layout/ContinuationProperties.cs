using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>What a box or a table row carried over a page turn shows on each of its pages.</summary>
public class ContinuationProperties
{
    public static Arbitrary<BoxCase> Boxes() => Gen.Choose(0, 10_000).SelectMany(seed =>
        Gen.Choose(0, 120).SelectMany(spacer => Gen.Choose(1, 14).Select(items => new BoxCase(seed, spacer, items)))).ToArbitrary();

    /// <summary>A framed box of <paramref name="Items"/> paragraphs after a spacer, on A6 pages.</summary>
    public sealed record BoxCase(int Seed, int SpacerMm, int Items)
    {
        public LayoutDocument Layout() => Lay(
            $"<document format=\"A6\" margin=\"8mm\"><spacer height=\"{SpacerMm}mm\"/>"
            + "<box border=\"1pt\" padding=\"2mm\" background=\"#eeeeee\"><continued><p>Agir (suite)</p></continued><column>"
            + "<p keep-with-next=\"true\">Agir</p>"
            + string.Concat(Enumerable.Range(0, Items).Select(k => $"<p>{Words(12 + k % 5, Seed + k)}</p>"))
            + "</column></box></document>");
    }

    private static (bool Top, bool Bottom) Edges(PageFrame page)
    {
        var frame = page.Items.OfType<RectItem>().Single(r => r.Fill is not null).Bounds;
        var closed = page.Items.OfType<RectItem>().Any(r => r.Stroke is not null);
        var rules = page.Items.OfType<LineItem>().Where(l => Math.Abs(l.Y1 - l.Y2) < 1e-9).ToList();
        return (closed || rules.Any(l => Math.Abs(l.Y1 - frame.Y) < 1), closed || rules.Any(l => Math.Abs(l.Y1 - frame.Bottom) < 1));
    }

    [Property(Arbitrary = [typeof(ContinuationProperties)], MaxTest = 40)]
    public bool A_split_box_is_framed_only_where_it_begins_and_ends_and_each_continuation_says_suite(BoxCase c)
    {
        var pages = c.Layout().Pages.Where(p => p.Items.OfType<RectItem>().Any(r => r.Fill is not null)).ToList();
        return pages.Select((page, i) =>
        {
            var (top, bottom) = Edges(page);
            var first = page.Texts().OrderBy(t => t.Baseline).ThenBy(t => t.X).First().Text.Trim();
            return top == (i == 0) && bottom == (i == pages.Count - 1) && (first == "Agir (suite)") == (i > 0)
                && page.Texts().Count(t => t.Text.Contains("(suite)")) == (i > 0 ? 1 : 0);
        }).All(ok => ok);
    }

    public static Arbitrary<TableProperties.Case> Tables() => TableProperties.Cases();

    /// <summary>A row whose label was printed on an earlier page and whose items go on here shows
    /// its label again with « (suite) » under it; a label repeated without it, or « (suite) » elsewhere, fails.</summary>
    [Property(Arbitrary = [typeof(ContinuationProperties)], MaxTest = 60)]
    public bool A_split_row_repeats_its_label_with_suite_on_each_continuation(TableProperties.Case c)
    {
        var doc = Lay(c.Markup(continued: "<continued><p>(suite)</p></continued>"));
        var labelled = new HashSet<int>();
        foreach (var page in doc.Pages)
        {
            var texts = page.Texts().Select(t => (t.X, t.Baseline, Text: t.Text.Trim())).ToList();
            var labels = Enumerable.Range(0, c.Items.Count).Where(r => texts.Any(t => t.Text == $"Ligne{r}")).ToList();
            var continuing = Enumerable.Range(0, c.Items.Count).Where(r => labelled.Contains(r) && texts.Any(t => t.Text.StartsWith($"[{r}.", StringComparison.Ordinal)));
            var repeated = labels.Where(labelled.Contains).ToList();
            var suites = texts.Where(t => t.Text == "(suite)").ToList();
            if (!continuing.All(repeated.Contains) || suites.Count != repeated.Count) return false;
            if (!repeated.All(r => texts.Single(t => t.Text == $"Ligne{r}") is var label
                    && suites.Any(s => s.Baseline > label.Baseline && Math.Abs(s.X - label.X) < 1e-6)))
                return false;
            labelled.UnionWith(labels);
        }
        return true;
    }
}
