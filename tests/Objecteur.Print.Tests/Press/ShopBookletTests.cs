using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Layout;
using Objecteur.Print.Press;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Press;

/// <summary>The booklet for a print shop: the reading pages with 3 mm of bleed, padded to a multiple
/// of four with the blanks just before the back cover, as the printed booklet has them.</summary>
public class ShopBookletTests
{
    private static BuiltDocument Booklet => KitOutputs.Documents.Single(d => d.Spec.Imposition?.Imprimerie is not null);

    /// <summary>The small test booklet, whose page count is no multiple of four (the kit's own may
    /// be one): its shop copy needs blanks.</summary>
    private static readonly Lazy<(BuiltDocument Booklet, IReadOnlyList<PressFile> Files)> Short = new(() =>
    {
        using var kit = new TempKit();
        kit.AddFixture("livret", "livret");
        var pipeline = KitPipeline.Open(kit.Root, LetterExamples.BuildDate);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "livret-a5"));
        return (built, KitPipeline.OutputFiles(built).ToList());
    });

    private static PressFile ShortFile(string name) => Short.Value.Files.Single(f => f.Name == name);

    [Fact]
    public void The_shop_copy_has_every_page_of_the_printed_booklet_with_3mm_of_bleed()
    {
        var booklet = Booklet;
        var reading = PdfFacts.Read(booklet.Pdf);
        var shop = PdfFacts.Read(KitOutputs.File(booklet.Spec.Imposition!.Imprimerie + ".pdf").Pdf);
        Assert.Equal(SaddleStitch.PaddedPageCount(reading.PageCount), shop.PageCount);
        Assert.Equal(0, shop.PageCount % 4);
        for (var i = 0; i < shop.PageCount; i++)
        {
            var trim = shop.TrimBoxes[i] ?? throw new Xunit.Sdk.XunitException($"page {i + 1} has no TrimBox");
            var bleed = shop.BleedBoxes[i] ?? throw new Xunit.Sdk.XunitException($"page {i + 1} has no BleedBox");
            Assert.Equal(Units.Mm(148), trim.Width, 1);
            Assert.Equal(Units.Mm(210), trim.Height, 1);
            Assert.Equal(Units.Mm(3), trim.X1 - bleed.X1, 2);
            Assert.Equal(Units.Mm(3), bleed.Y2 - trim.Y2, 2);
            Assert.Equal(Units.Mm(154), shop.PageSizes[i].Width, 1);
        }
    }

    [Fact]
    public void The_blanks_come_just_before_the_back_cover()
    {
        var booklet = Short.Value.Booklet;
        using var reading = UglyToad.PdfPig.PdfDocument.Open(booklet.Pdf);
        using var shop = UglyToad.PdfPig.PdfDocument.Open(ShortFile(booklet.Spec.Imposition!.Imprimerie + ".pdf").Pdf);
        var n = reading.NumberOfPages;
        var p = shop.NumberOfPages;
        Assert.True(p > n, $"the test booklet has {n} pages, a multiple of 4: its shop copy needs no blank and proves nothing");
        for (var i = 1; i < n; i++) Assert.Equal(reading.GetPage(i).Text, shop.GetPage(i).Text);
        for (var i = n; i < p; i++) Assert.Empty(shop.GetPage(i).Letters);
        Assert.Equal(reading.GetPage(n).Text, shop.GetPage(p).Text);
    }

    [Fact]
    public void The_print_guide_counts_the_blank_among_the_pages_of_the_booklet()
    {
        var booklet = Short.Value.Booklet;
        using var reading = UglyToad.PdfPig.PdfDocument.Open(booklet.Pdf);
        var padded = SaddleStitch.PaddedPageCount(reading.NumberOfPages);
        Assert.NotEqual(padded, reading.NumberOfPages);
        using var guide = UglyToad.PdfPig.PdfDocument.Open(ShortFile(booklet.Spec.Imposition!.Guide + ".pdf").Pdf);
        var text = string.Concat(guide.GetPage(1).Letters.Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));
        var blanks = padded - reading.NumberOfPages;
        Assert.Contains($"{padded}pagesA5,dont{blanks}blanche", text);
        Assert.Contains(booklet.Spec.Imposition.Imprimerie + ".pdf", text);
    }
}
