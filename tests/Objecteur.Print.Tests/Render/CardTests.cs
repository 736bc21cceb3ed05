using Objecteur.Print.Layout;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

/// <summary>The wallet card: credit-card size with bleed, and ten to an A4 sheet with crop marks.</summary>
public sealed class CardTests : IDisposable
{
    private readonly TempKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private BuiltDocument Build(string? editFind = null, string? editReplace = null)
    {
        _kit.AddFixture("carte", "");
        if (editFind is not null) _kit.Edit("content/carte.yaml", editFind, editReplace!);
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        return pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "carte-test"));
    }

    [Fact]
    public void The_card_is_credit_card_size_with_3mm_bleed_on_both_sides()
    {
        var facts = PdfFacts.Read(Build().Pdf);
        Assert.Equal(2, facts.PageCount);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(Units.Mm(85.6), facts.TrimBoxes[i]!.Width, 2);
            Assert.Equal(Units.Mm(54), facts.TrimBoxes[i]!.Height, 2);
            Assert.Equal(Units.Mm(3), facts.TrimBoxes[i]!.X1 - facts.BleedBoxes[i]!.X1, 3);
        }
    }

    [Fact]
    public void Ten_cards_go_on_an_a4_sheet_recto_and_verso()
    {
        var sheet = Build().PressFiles.Single(f => f.Name == "carte-test-planche-a4.pdf");
        var facts = PdfFacts.Read(sheet.Pdf);
        Assert.Equal(2, facts.PageCount);
        Assert.Equal(Units.Mm(210), facts.PageSizes[0].Width, 1);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(sheet.Pdf);
        var recto = pdf.GetPage(1).Text;
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(recto, "Je suis objecteur").Count);
    }

    [Fact]
    public void The_back_prints_an_article_that_the_statute_has()
    {
        var e = Assert.Throws<DiagnosticException>(() => Build("article: 1", "article: 99"));
        Assert.Contains("article « 99 » absent du statut", e.Diagnostic.Message);
    }

    [Fact]
    public void A_print_shop_copy_has_its_crop_marks_outside_the_bleed()
    {
        var copy = Build().PressFiles.Single(f => f.Name == "carte-test-traits-de-coupe.pdf");
        var facts = PdfFacts.Read(copy.Pdf);
        Assert.Equal(2, facts.PageCount);
        // Trim, then 3 mm of bleed, 3 mm of offset, 5 mm of mark and 2 mm of paper on each side.
        Assert.Equal(Units.Mm(85.6 + 2 * 13), facts.PageSizes[0].Width, 1);
        Assert.Equal(Units.Mm(54 + 2 * 13), facts.PageSizes[0].Height, 1);
    }
}
