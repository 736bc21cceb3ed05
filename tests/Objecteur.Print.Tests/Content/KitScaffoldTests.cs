using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Content;

/// <summary>A new kit for a collective (<c>nouveau-kit</c>): complete, built at once, with its
/// placeholders listed by <c>check</c>.</summary>
public sealed class KitScaffoldTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "objecteur-scaffold-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_new_kit_has_the_collective_s_name_placeholders_for_the_rest_and_builds_at_once()
    {
        KitScaffold.Write(Repo.Root, _folder, "Collectif \"Guichets\" : Lyon");
        Assert.True(File.Exists(Path.Combine(_folder, "templates", "livret.hbs")));
        Assert.True(File.Exists(Path.Combine(_folder, "content", "statut.yaml")));
        var kit = KitLoader.Load(_folder, KindRegistry.Default.Rules);
        Assert.Equal("Collectif \"Guichets\" : Lyon", kit.Organisation.Nom);
        Assert.Equal(KitLoader.Load(Repo.Root, KindRegistry.Default.Rules).Documents.Select(d => d.Id), kit.Documents.Select(d => d.Id));
        Assert.Equal(["organisation.adresse", "organisation.telephone", "organisation.permanence", "organisation.imprimeur"], kit.Organisation.Placeholders());
        Assert.Contains(kit.Organisation.Reminders(), r => r.StartsWith("organisation.adresse : encore « À compléter »", StringComparison.Ordinal));

        var pipeline = KitPipeline.Open(_folder, LetterExamples.BuildDate);
        var flyer = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "tract-guichets-a5"));
        Assert.Equal(2, flyer.Pages);
    }

    [Fact]
    public void The_organisation_block_alone_is_replaced_comments_and_documents_kept()
    {
        var yaml = "# en-tête\norganisation:\n  nom: A\n  # commentaire\n  site_web: a.fr\n\n# Les documents\ndocuments:\n  - id: x\n";
        var result = KitScaffold.WithOrganisation(yaml, "organisation:\n  nom: B\n");
        Assert.Equal("# en-tête\norganisation:\n  nom: B\n\n# Les documents\ndocuments:\n  - id: x\n", result);
    }

    [Fact]
    public void It_never_writes_into_a_folder_that_holds_files()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "mien.txt"), "à garder");
        var d = Assert.Throws<DiagnosticException>(() => KitScaffold.Write(Repo.Root, _folder, "Test")).Diagnostic;
        Assert.Contains("n'est pas vide", d.Message);
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(_folder, "mien.txt")));
    }
}
