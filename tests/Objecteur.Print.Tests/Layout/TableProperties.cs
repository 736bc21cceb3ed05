using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>Rules of tables that hold for any rows, short or taller than a page, on any page.</summary>
public class TableProperties
{
    public static Arbitrary<Case> Cases() => Gen.Choose(0, int.MaxValue - 1).SelectMany(seed =>
        Gen.Elements("A6", "A5").SelectMany(format =>
            Gen.Choose(0, 90).Select(spacer => new Case(seed, format, spacer)))).ToArbitrary();

    /// <summary>A table after a spacer of <paramref name="SpacerMm"/>: 1 to 8 rows, each a label
    /// and a list of 1 to 45 numbered items.</summary>
    public sealed record Case(int Seed, string Format, int SpacerMm)
    {
        public IReadOnlyList<int> Items
        {
            get
            {
                var random = new Random(Seed);
                return Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(1, 46)).ToList();
            }
        }

        public double PageHeight => Format == "A6" ? Mm(148) : Mm(210);

        public LayoutDocument Layout() => Lay(Markup(continued: ""));

        /// <summary>The markup, the table opening with <paramref name="continued"/>.</summary>
        public string Markup(string continued) =>
            $"<document format=\"{Format}\" margin=\"8mm\"><spacer height=\"{SpacerMm}mm\"/>"
            + $"<table columns=\"18mm 1fr\" header-rows=\"1\">{continued}<tr><td><p>Atelier</p></td><td><p>Actions</p></td></tr>"
            + string.Concat(Items.Select((n, r) => $"<tr><td><p>Ligne{r}</p></td><td><list>"
                + string.Concat(Enumerable.Range(0, n).Select(k => $"<item>[{r}.{k}] {Words(1 + (r + k) % 9, Seed + r * 100 + k)}</item>")) + "</list></td></tr>"))
            + "</table></document>";
    }

    [Property(Arbitrary = [typeof(TableProperties)], MaxTest = 60)]
    public bool Every_item_is_printed_once_in_order_and_every_row_label_once(Case c)
    {
        var texts = c.Layout().Pages.SelectMany(p => p.Texts().OrderBy(t => t.Baseline).ThenBy(t => t.X)).Select(t => t.Text.Trim()).ToList();
        var printed = string.Join(" ", texts);
        return c.Items.Select((n, r) =>
                Regex.Matches(printed, $@"\[{r}\.\d+\]").Select(m => m.Value).SequenceEqual(Enumerable.Range(0, n).Select(k => $"[{r}.{k}]"))
                && texts.Count(t => t == $"Ligne{r}") == 1)
            .All(ok => ok);
    }

    /// <summary>Only the first page may hold no text: the spacer alone, when the table's first
    /// rows cannot start under it.</summary>
    [Property(Arbitrary = [typeof(TableProperties)], MaxTest = 60)]
    public bool Every_page_starts_with_the_header_and_no_cell_crosses_the_bottom_margin(Case c) =>
        c.Layout().Pages.Select((page, i) =>
        {
            var first = page.Texts().Where(t => t.Text.Trim() is not "").OrderBy(t => t.Baseline).ThenBy(t => t.X).FirstOrDefault();
            return (first?.Text.Trim() == "Atelier" || (first is null && i == 0))
                && page.Items.OfType<RectItem>().All(r => r.Bounds.Bottom <= c.PageHeight - Mm(8) + 1e-6)
                && page.Texts().All(t => t.Baseline <= c.PageHeight - Mm(8) + 1e-6);
        }).All(ok => ok);
}
