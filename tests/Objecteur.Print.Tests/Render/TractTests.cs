using Objecteur.Print.Layout;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

/// <summary>Flyers go to a guillotine: every page has its trim and bleed boxes, 3 mm apart.</summary>
public sealed class TractTests : IDisposable
{
    private readonly TempKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void Every_flyer_page_has_trim_and_bleed_boxes_3mm_apart_and_a_background_to_the_bleed()
    {
        _kit.AddFixture("tracts", "tracts");
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "tract-test-a6"));
        var facts = PdfFacts.Read(built.Pdf);
        Assert.Equal(2, facts.PageCount);
        for (var i = 0; i < facts.PageCount; i++)
        {
            var trim = facts.TrimBoxes[i]!;
            var bleed = facts.BleedBoxes[i]!;
            Assert.Equal(Units.Mm(3), trim.X1 - bleed.X1, 3);
            Assert.Equal(Units.Mm(3), bleed.Y2 - trim.Y2, 3);
            Assert.Equal(Units.Mm(105), trim.Width, 2);
        }
        var background = Assert.IsType<Objecteur.Print.Layout.Frames.RectItem>(built.Layout.Pages[0].Items[0]);
        Assert.Equal(built.Layout.Pages[0].Width, background.Bounds.Width, 3);
    }

    public static TheoryData<string> KitFlyersAndCards() => new(KitPipeline.Open(Repo.Root).Kit.Documents
        .Where(d => d.Kind.CutPiece).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(KitFlyersAndCards))]
    public void Every_page_of_the_kit_s_flyers_and_cards_has_its_boxes_3mm_apart_on_two_sides(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var facts = PdfFacts.Read(pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == id)).Pdf);
        Assert.Equal(2, facts.PageCount);
        for (var i = 0; i < facts.PageCount; i++)
        {
            Assert.Equal(Units.Mm(3), facts.TrimBoxes[i]!.X1 - facts.BleedBoxes[i]!.X1, 3);
            Assert.Equal(Units.Mm(3), facts.BleedBoxes[i]!.X2 - facts.TrimBoxes[i]!.X2, 3);
        }
    }
}
