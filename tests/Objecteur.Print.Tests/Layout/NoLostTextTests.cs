using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>Nothing written may silently vanish between the content and the page.</summary>
public class NoLostTextTests
{
    [Theory]
    [InlineData("statut-texte-integral-a3")]
    [InlineData("statut-a4")]
    public void Every_article_and_source_of_the_statute_is_printed(string id)
    {
        var pipeline = KitPipeline.Open(Repo.Root, new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        var spec = pipeline.Kit.Documents.Single(d => d.Id == id);
        var layout = pipeline.Layout(spec, pipeline.Markup(spec));
        var printed = string.Join(" ", layout.Pages.SelectMany(p => p.Items.OfType<TextItem>()).Select(t => t.Text));
        var statute = Objecteur.Print.Content.StatuteLoader.Load(Path.Combine(Repo.Root, "content", "statut.yaml"), "statut.yaml");
        foreach (var source in statute.Sources) Assert.Contains($"[{source.Id}]", printed);
        Assert.Equal(statute.Articles.Count, layout.Pages.SelectMany(p => p.Items.OfType<TextItem>()).Count(t => t.Text.StartsWith("Article") && t.Node?.Kind == StructureKind.Heading3));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(160)]
    [InlineData(220)]
    [InlineData(251)]
    [InlineData(262)]
    public void Columns_near_the_bottom_of_a_page_keep_every_paragraph(int spacerMm)
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 7).Select(i => $"<p>[{i}] {Words(10 + 7 * i, i)}</p>"));
        var doc = Lay($"<document><spacer height=\"{spacerMm}mm\"/><columns count=\"2\"><column spacing=\"2pt\">{paragraphs}</column></columns><p>fin</p></document>");
        var texts = doc.Pages.SelectMany(p => p.Texts()).Select(t => t.Text).ToList();
        for (var i = 0; i < 7; i++) Assert.Contains(texts, t => t.StartsWith($"[{i}]"));
        Assert.Contains("fin", texts);
    }

    [Theory]
    [InlineData("0.8pt", "2.2mm")]
    [InlineData("0.3pt", "1mm")]
    [InlineData("2pt", "3.3mm")]
    public void A_rule_below_a_spacer_in_a_column_inside_a_row_is_drawn(string thickness, string gap)
    {
        // The row draws the column in the very height it measured: the rule must still fit.
        var doc = Lay($"<document><row spacing=\"2mm\"><p width=\"5mm\">x</p><column><spacer height=\"{gap}\"/><line thickness=\"{thickness}\"/></column></row></document>");
        Assert.Single(doc.Pages[0].Items.OfType<LineItem>());
    }
}
