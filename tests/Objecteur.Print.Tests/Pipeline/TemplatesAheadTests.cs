using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Pipeline;

/// <summary>A pipeline opened with a template to prepare reads its templates before the kit and
/// compiles that one meanwhile: what it builds, and the order of what it reports, do not change.</summary>
public class TemplatesAheadTests
{
    [Fact]
    public void A_letter_built_by_a_pipeline_that_prepared_its_template_is_the_letter_built_without()
    {
        var ahead = KitPipeline.Open(Repo.Root, LetterExamples.BuildDate, prepare: LetterKind.Template);
        var plain = LetterExamples.Pipeline();
        var model = plain.Letter("caf-papier");
        var sender = LetterExamples.Sender(model);
        Assert.Equal(plain.Build(plain.LetterSpec(model), sender).Pdf, ahead.Build(ahead.LetterSpec(ahead.Letter("caf-papier")), sender).Pdf);
    }

    [Fact]
    public void A_fault_of_kit_yaml_is_still_reported_before_a_fault_of_a_partial()
    {
        using var kit = new TempKit();
        File.WriteAllBytes(kit.PathOf("templates/_mode_emploi.hbs"), [0x7B, 0x7B, 0xFF, 0xFE, 0x7D, 0x7D]);
        kit.Edit("content/kit.yaml", "type: carte", "type: cartes");
        var d = Assert.Throws<DiagnosticException>(() => KitPipeline.Open(kit.Root, prepare: LetterKind.Template)).Diagnostic;
        Assert.Contains("type de document inconnu « cartes »", d.Message);
        kit.Edit("content/kit.yaml", "type: cartes", "type: carte");
        d = Assert.Throws<DiagnosticException>(() => KitPipeline.Open(kit.Root, prepare: LetterKind.Template)).Diagnostic;
        Assert.Equal(Path.Combine("templates", "_mode_emploi.hbs"), d.File);
    }

    [Fact]
    public void Preparing_a_template_the_kit_lacks_does_not_stop_the_kit_from_opening()
    {
        var pipeline = KitPipeline.Open(Repo.Root, LetterExamples.BuildDate, prepare: "nulle-part");
        Assert.NotEmpty(pipeline.Letters());
    }
}
