using Objecteur.Print.Layout.Frames;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

public class PaginationTests
{
    [Fact]
    public void Long_text_flows_onto_as_many_pages_as_needed_inside_the_margins()
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 30).Select(i => $"<p>{Words(80, i)}</p>"));
        var doc = Lay($"<document format=\"A5\" margin=\"15mm\">{paragraphs}</document>");
        Assert.True(doc.Pages.Count > 2);
        foreach (var page in doc.Pages)
            foreach (var t in page.Texts())
            {
                Assert.InRange(t.X, Mm(15) - 1e-6, Mm(148 - 15));
                Assert.True(t.X + t.Width <= Mm(148 - 15) + 1e-6, $"overflow: {t.Text}");
                Assert.InRange(t.Baseline, Mm(15), Mm(210 - 15));
            }
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var doc = Lay("<document><p>un</p><page-break/><p>deux</p></document>");
        Assert.Equal(2, doc.Pages.Count);
        Assert.Equal("deux", doc.Pages[1].Texts().Single().Text);
    }

    [Theory]
    [InlineData("<page-break/><page-break/>", 2)]
    [InlineData("<page-break parity=\"odd\"/><page-break parity=\"odd\"/>", 3)]
    public void A_page_break_at_the_top_of_a_page_keeps_what_follows(string breaks, int pages)
    {
        var doc = Lay($"<document><p>un</p>{breaks}<p>deux</p></document>");
        Assert.Equal(pages, doc.Pages.Count);
        Assert.Equal("deux", doc.Pages[^1].Texts().Single().Text);
    }

    [Fact]
    public void Footer_page_number_counts_pages()
    {
        var doc = Lay("<document><footer><p align=\"right\"><page-number/></p></footer><p>a</p><page-break/><p>b</p><page-break/><p>c</p></document>");
        Assert.Equal(["1", "2", "3"], doc.Pages.Select(p => p.Texts().Last().Text));
    }

    [Fact]
    public void Paragraphs_split_across_pages_leave_no_widow_or_orphan()
    {
        for (var filler = 20; filler < 80; filler += 3)
        {
            var doc = Lay($"<document format=\"A6\" margin=\"10mm\"><p>{Words(filler, filler)}</p><p>{Words(90, 7)}</p></document>");
            var lines = doc.Pages.Select(p => p.Texts().Select(t => t.Baseline).Distinct().Count()).ToList();
            // The second paragraph is the only one split: every page holds at least 2 of its lines.
            Assert.All(lines, count => Assert.True(count >= 2));
        }
    }

    [Fact]
    public void A_page_never_ends_on_a_hyphenated_line()
    {
        // The vocabulary has no typed hyphen: a hyphen ending a line was added by the breaker.
        for (var filler = 20; filler < 80; filler += 3)
        {
            var doc = Lay($"<document format=\"A6\" margin=\"10mm\"><p align=\"justify\">{Words(filler, filler)}</p><p align=\"justify\">{Words(160, 7)}</p></document>");
            foreach (var page in doc.Pages.SkipLast(1))
            {
                var last = page.Texts().GroupBy(t => t.Baseline).MaxBy(g => g.Key)!;
                Assert.False(string.Concat(last.Select(t => t.Text)).TrimEnd().EndsWith('-'), $"filler {filler}");
            }
        }
    }

    [Fact]
    public void Heading_is_never_the_last_thing_on_a_page()
    {
        for (var filler = 60; filler < 200; filler += 7)
        {
            var doc = Lay($"<document format=\"A6\" margin=\"10mm\"><p>{Words(filler, filler)}</p><h2>Titre</h2><p>{Words(60, 3)}</p></document>");
            foreach (var page in doc.Pages)
            {
                var last = page.Texts().MaxBy(t => t.Baseline)!;
                Assert.NotEqual(StructureKind.Heading2, last.Node?.Kind);
            }
        }
    }

    [Fact]
    public void Place_puts_content_at_exact_millimetres_from_the_trim_corner()
    {
        var doc = Lay("<document bleed=\"3mm\"><place x=\"110mm\" y=\"40mm\" width=\"85mm\" height=\"38mm\"><p>CAF</p></place><p>corps</p></document>");
        var caf = doc.Pages[0].Texts().Single(t => t.Text == "CAF");
        Assert.Equal(Mm(113), caf.X, 6);
        Assert.InRange(caf.Baseline, Mm(43), Mm(43 + 10));
        Assert.Equal(Mm(216), doc.Pages[0].Width, 6);
        Assert.Equal(new Rect(Mm(3), Mm(3), Mm(210), Mm(297)), doc.Pages[0].TrimBox);
    }

    [Fact]
    public void Balanced_columns_end_at_about_the_same_height()
    {
        var doc = Lay($"<document margin=\"15mm\"><columns count=\"3\" gap=\"5mm\"><p>{Words(400, 2)}</p></columns><p>après</p></document>");
        Assert.Single(doc.Pages);
        var texts = doc.Pages[0].Texts().Where(t => t.Text != "après").ToList();
        var pitch = (Mm(180) - Mm(10)) / 3 + Mm(5);
        var bottoms = texts.GroupBy(t => (int)((t.X - Mm(15)) / pitch)).OrderBy(g => g.Key).Select(g => g.Max(t => t.Baseline)).ToList();
        Assert.Equal(3, bottoms.Count);
        // Balanced: whole lines shared out, so the last column is at most two lines
        // (2 × 10.5 pt × 1.3 ≈ 27.3 pt) shorter than the others.
        Assert.True(bottoms.Max() - bottoms.Min() <= 27.5, string.Join(", ", bottoms));
        var after = doc.Pages[0].Texts().Single(t => t.Text == "après");
        Assert.True(after.Baseline > bottoms.Max());
    }

    [Fact]
    public void Row_children_with_width_keep_it_and_others_share_the_rest()
    {
        var doc = Lay("<document margin=\"10mm\"><row spacing=\"10mm\"><p width=\"50mm\">gauche</p><p>milieu</p><p>droite</p></row></document>");
        var xs = doc.Pages[0].Texts().Select(t => t.X).ToList();
        Assert.Equal(Mm(10), xs[0], 6);
        Assert.Equal(Mm(70), xs[1], 6);
        Assert.Equal(Mm(70 + (190 - 50 - 20) / 2.0 + 10), xs[2], 6);
    }

    [Fact]
    public void Inherited_text_attributes_reach_nested_paragraphs()
    {
        var doc = Lay("<document font=\"sans\" size=\"14\"><column color=\"#FF0000\"><p weight=\"bold\">a</p></column></document>");
        var t = doc.Pages[0].Texts().Single();
        Assert.Equal("NotoSans-Bold", t.Face.Name);
        Assert.Equal(14, t.Size);
        Assert.Equal(new Color(255, 0, 0), t.Color);
    }
}
