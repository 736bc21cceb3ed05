using Objecteur.Print.Content;
using Objecteur.Print.Layout;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Golden;

/// <summary>Layout dumps of the kit's real documents: what was looked at on paper and approved.</summary>
public class GoldenLayoutTests
{
    private static readonly DateTimeOffset BuildDate = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static KitPipeline Pipeline() => KitPipeline.Open(Repo.Root, BuildDate);

    [Theory]
    [InlineData("statut-affiche-a3")]
    [InlineData("statut-a4")]
    [InlineData("lettre-caf-papier")]
    public void Kit_document_layout_is_unchanged(string id)
    {
        var pipeline = Pipeline();
        var spec = pipeline.Kit.Documents.Single(d => d.Id == id);
        Support.Golden.Verify(id, LayoutDump.Write(pipeline.Layout(spec, pipeline.Markup(spec))));
    }

    [Fact]
    public void Prefilled_caf_letter_layout_is_unchanged()
    {
        var pipeline = Pipeline();
        var model = pipeline.Letter("caf-papier");
        var known = model.Champs.Select(f => f.Cle).ToList();
        var sender = SenderValues.Load(Path.Combine(Repo.TestDirectory, "Fixtures", "expediteur.yaml"), "expediteur.yaml", known);
        var spec = pipeline.LetterSpec(model);
        Support.Golden.Verify("lettre-caf-papier-remplie", LayoutDump.Write(pipeline.Layout(spec, pipeline.Markup(spec, sender))));
    }
}
