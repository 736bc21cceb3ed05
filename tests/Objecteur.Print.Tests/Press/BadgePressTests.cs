using Objecteur.Print.Press;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Press;

/// <summary>The kit's badges on every press it ships a profile for: every slogan fits, the file
/// and title name the press, and the cut line lies outside the artwork with no face guide on it.</summary>
public class BadgePressTests
{
    public static TheoryData<string> Presses() => new(PinProfileCatalog.BuiltIn.Profiles.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Presses))]
    public void Every_shipped_slogan_fits_and_the_file_and_title_follow_the_press(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var spec = pipeline.ForPress(pipeline.Kit.Documents.Single(d => d.Type == "badges"), id);
        var profile = pipeline.PinProfile(spec);

        var built = pipeline.Build(spec);

        Assert.Equal($"badges-{id}", built.Spec.Id);
        var facts = PdfFacts.Read(built.Pdf);
        Assert.Equal($"Badges du statut – machine {profile.Name}", facts.Title);
        Assert.Equal(pipeline.PrintedPages(spec, pipeline.Layout(spec, pipeline.Markup(spec))), facts.PageCount);
    }

    [Theory]
    [MemberData(nameof(Presses))]
    public void The_cut_line_is_black_outside_the_cut_circle_and_nothing_is_dashed(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var spec = pipeline.ForPress(pipeline.Kit.Documents.Single(d => d.Type == "badges"), id);
        var profile = pipeline.PinProfile(spec);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pipeline.Build(spec).Pdf);

        var page = pdf.GetPage(1);
        var lines = page.Paths.Where(p => p.IsStroked).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.Equal(PinSheetImposer.CutLineWidth, line.LineWidth, 6);
            Assert.True(line.LineDashPattern is null || line.LineDashPattern.Value.Array.Count == 0, "a dashed line is printed");
            // Its inner edge is the cut: the stroke's middle lies half its width outside the artwork's circle.
            var box = line.GetBoundingRectangle()!.Value;
            Assert.Equal(Objecteur.Print.Layout.Units.Mm(profile.CutDiameter) + line.LineWidth, box.Width, 1);
            Assert.Equal(box.Width, box.Height, 1);
        });
    }
}
