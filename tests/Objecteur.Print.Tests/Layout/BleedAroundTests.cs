using Objecteur.Print.Layout;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Layout;

/// <summary>A bleed added to a laid-out document is the document laid out again with that bleed.</summary>
public class BleedAroundTests
{
    [Fact]
    public void The_booklet_with_a_bleed_added_is_the_booklet_laid_out_with_it()
    {
        var pipeline = LetterExamples.Pipeline();
        var spec = pipeline.Kit.Documents.Single(d => d.Id == "livret-a5");
        var bledSpec = spec with { Options = new Dictionary<string, string>(spec.Options) { ["fond_perdu"] = "3mm" } };
        var (plain, bled) = (pipeline.Markup(spec), pipeline.Markup(bledSpec));
        var bleed = BleedAround.Added(plain, bled);
        Assert.NotNull(bleed);
        Assert.Equal(3 * Units.PointsPerMm, bleed!.Value, 9);
        var laidOut = pipeline.Layout(bledSpec, bled);
        Assert.Contains(laidOut.Pages[0].Items, i => i.Artifact == Objecteur.Print.Layout.Frames.ArtifactKind.Background);
        Assert.Equal(LayoutDump.Write(laidOut), LayoutDump.Write(BleedAround.Add(pipeline.Layout(spec, plain), bleed.Value)));
    }

    [Theory]
    [InlineData("<document bleed=\"\"><p>a</p></document>", "<document bleed=\"3mm\"><p>b</p></document>")]
    [InlineData("<document bleed=\"2mm\"><p>a</p></document>", "<document bleed=\"3mm\"><p>a</p></document>")]
    [InlineData("<document><p>a</p></document>", "<document bleed=\"3mm\"><p>a</p></document>")]
    [InlineData("<document bleed=\"\" margin=\"1cm\"><p>a</p></document>", "<document bleed=\"3mm\" margin=\"2cm\"><p>a</p></document>")]
    public void Markups_that_differ_in_more_than_the_bleed_are_laid_out_again(string plain, string bled) =>
        Assert.Null(BleedAround.Added(plain, bled));

    [Fact]
    public void Markups_that_differ_by_the_bleed_alone_give_it() =>
        Assert.Equal(3 * Units.PointsPerMm, BleedAround.Added("<document bleed=\"\"><p>a</p></document>", "<document bleed=\"3mm\"><p>a</p></document>")!.Value, 9);
}
