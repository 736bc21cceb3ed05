using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Tests.Layout;

/// <summary>The checker finds each defect on a hand-made page.</summary>
public class TypographyCheckerTests
{
    private static readonly FontFace Serif = FontLibrary.Embedded.Families.First(f => f.Name == "Noto Serif").Regular;

    private const double Measure = 200;

    /// <summary>One page of lines, each a list of words justified to <see cref="Measure"/> but
    /// the last, set 4 pt apart.</summary>
    private static LayoutDocument Page(StructureKind kind, params string[][] lines)
    {
        var node = new StructureNode(1, kind, null);
        var items = new List<FrameItem>();
        for (var l = 0; l < lines.Length; l++)
        {
            double x = 0;
            foreach (var word in lines[l])
            {
                var width = Serif.Measure(word.TrimEnd(), 10);
                items.Add(new TextItem(x, 20 + 12 * l, width, word, Serif, 10, default) { Node = node });
                x += width + Gap(lines, l);
            }
        }
        return new LayoutDocument("", "", "fr", [new PageFrame(400, 600, items)], []);
    }

    private static double Gap(string[][] lines, int l) =>
        l == lines.Length - 1 || lines[l].Length < 2 ? 4 : (Measure - lines[l].Sum(w => Serif.Measure(w.TrimEnd(), 10))) / (lines[l].Length - 1);

    [Fact]
    public void A_fragment_ending_a_paragraph_with_a_capital_and_a_short_tail_is_found()
    {
        var report = TypographyChecker.Check(Page(StructureKind.Paragraph, ["Voir ", "In-"], ["si."]), "Voir Insi.");
        Assert.Single(report.ParagraphFinalFragments);
        Assert.Single(report.FinalHyphens);
        Assert.Single(report.ForbiddenHyphenations);
        Assert.Single(report.ShortTails);
        Assert.Empty(report.ShortHeads);
    }

    [Fact]
    public void A_typed_hyphen_is_no_hyphenation_but_still_breaks_a_heading()
    {
        var report = TypographyChecker.Check(Page(StructureKind.Heading2, ["Le ", "face-"], ["à-face"]), "Le face-à-face");
        Assert.Empty(report.ParagraphFinalFragments);
        Assert.Single(report.BrokenHeadings);
    }

    [Fact]
    public void A_reference_beginning_a_line_and_the_spaces_of_a_flush_line_are_measured()
    {
        string[][] lines = [["un ", "deux ", "trois"], ["[001] ", "quatre ", "cinq"], ["six"]];
        var report = TypographyChecker.Check(Page(StructureKind.Paragraph, lines), "");
        Assert.Single(report.LoneReferences);
        var space = Serif.Advance(' ') * 10;
        Assert.Equal(2, report.SpaceRatios.Count);
        Assert.Equal(Gap(lines, 0) / space, report.SpaceRatios[0], 6);
        Assert.Equal(Gap(lines, 1) / space, report.SpaceRatios[1], 6);
    }

    [Fact]
    public void A_hyphen_ending_a_page_is_found()
    {
        var first = Page(StructureKind.Paragraph, ["un ", "mot ", "cou-"]);
        var node = ((TextItem)first.Pages[0].Items[0]).Node;
        var next = new PageFrame(400, 600, [new TextItem(0, 20, 20, "pé ", Serif, 10, default) { Node = node }, new TextItem(30, 20, 20, "net", Serif, 10, default) { Node = node }]);
        var report = TypographyChecker.Check(first with { Pages = [first.Pages[0], next] }, "");
        Assert.Single(report.BrokenPageHyphens);
        Assert.Single(report.FinalHyphens); // « pé net » is the paragraph's last line,
        Assert.Empty(report.ParagraphFinalFragments); // longer than the word's end
    }
}
