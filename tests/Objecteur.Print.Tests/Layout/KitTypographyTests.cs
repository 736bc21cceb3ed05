using Objecteur.Print.Tests.Support;
using Xunit.Abstractions;

namespace Objecteur.Print.Tests.Layout;

/// <summary>The kit's booklet and statute read back by <see cref="TypographyChecker"/>: no defect,
/// and the spread of their word spaces printed for the record.</summary>
public class KitTypographyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("livret-a5")]
    [InlineData("statut-a4")]
    public void The_kit_s_booklet_and_statute_have_no_typographic_defect(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var spec = pipeline.Kit.Documents.Single(d => d.Id == id);
        var markup = pipeline.Markup(spec);
        var report = TypographyChecker.Check(pipeline.Layout(spec, markup), markup.Replace('\'', '’'));
        output.WriteLine($"{id}: {report.Spread(TypographyChecker.ToleranceRatio)}; {report.Counted}");
        foreach (var (rule, cases) in report.Defects)
        {
            output.WriteLine($"{rule}: {cases.Count}");
            foreach (var c in cases) output.WriteLine($"    {c}");
        }
        Assert.All(report.Defects, d => Assert.Empty(d.Cases));
    }
}
