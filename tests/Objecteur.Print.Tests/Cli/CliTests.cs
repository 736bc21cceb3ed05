using Objecteur.Print.Cli;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Build_writes_every_document_of_the_kit()
    {
        using var kit = new TempKit();
        var (code, output, error) = Run("--kit", kit.Root, "build");
        Assert.True(code == ExitCodes.Success, error);
        var documents = KitPipeline.Open(kit.Root).Kit.Documents;
        Assert.True(documents.Count >= 4);
        foreach (var document in documents)
        {
            var pdf = File.ReadAllBytes(kit.PathOf($"output/{document.Id}.pdf"));
            Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        }
        Assert.Contains($"{documents.Count} documents fabriqués", output);
    }

    [Fact]
    public void A_build_that_fails_leaves_the_previous_files_as_they_were()
    {
        using var kit = new TempKit();
        Assert.Equal(ExitCodes.Success, Run("--kit", kit.Root, "build", "statut-a4", "carte-objecteur", "--sortie", kit.PathOf("sortie")).Code);
        var before = File.ReadAllBytes(kit.PathOf("sortie/statut-a4.pdf"));
        // The statute builds again, then the card's template breaks: neither file is replaced.
        kit.Edit("content/statut.yaml", "titre:", "titre: Un autre titre\nancien_titre:");
        kit.Edit("templates/carte.hbs", "</document>", "<inconnu/></document>");
        var (code, output, error) = Run("--kit", kit.Root, "build", "statut-a4", "carte-objecteur", "--sortie", kit.PathOf("sortie"));
        Assert.NotEqual(ExitCodes.Success, code);
        Assert.DoesNotContain("✓", output);
        Assert.Equal(before, File.ReadAllBytes(kit.PathOf("sortie/statut-a4.pdf")));
        Assert.DoesNotContain(Directory.GetFiles(kit.PathOf("sortie")).Select(Path.GetFileName), f => f!.Contains("tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_builds_into_one_folder_do_not_mix()
    {
        using var kit = new TempKit();
        using var other = Objecteur.Print.Render.OutputBatch.Open(kit.PathOf("sortie"), "sortie");
        var (code, _, error) = Run("--kit", kit.Root, "build", "statut-a4", "--sortie", kit.PathOf("sortie"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("une autre fabrication écrit déjà dans ce dossier", error);
    }

    [Fact]
    public void Build_of_named_documents_only_builds_those()
    {
        using var kit = new TempKit();
        var (code, _, _) = Run("--kit", kit.Root, "build", "statut-a4", "--sortie", kit.PathOf("ailleurs"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["statut-a4.pdf"], Directory.GetFiles(kit.PathOf("ailleurs")).Select(Path.GetFileName));
    }

    [Fact]
    public void Unknown_document_is_a_usage_error_with_a_suggestion()
    {
        using var kit = new TempKit();
        var (code, _, error) = Run("--kit", kit.Root, "build", "statut-a5");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("document « statut-a5 » inconnu", error);
        Assert.Contains("vouliez-vous dire", error);
    }

    [Fact]
    public void Usage_errors_exit_with_2_in_french()
    {
        var (code, _, error) = Run("construire");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("objecteur aide", error);
    }

    [Fact]
    public void Check_validates_without_writing_anything()
    {
        using var kit = new TempKit();
        var (code, output, _) = Run("--kit", kit.Root, "check");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Le kit est correct", output);
        Assert.False(Directory.Exists(kit.PathOf("output")));
    }

    [Fact]
    public void Check_of_a_new_collective_s_kit_lists_what_is_still_to_fill_in()
    {
        var folder = Path.Combine(Path.GetTempPath(), "objecteur-nouveau-" + Guid.NewGuid().ToString("N"));
        try
        {
            Objecteur.Print.Content.KitScaffold.Write(Repo.Root, folder, "Collectif Guichets Lyon");
            var (code, output, error) = Run("--kit", folder, "check");
            Assert.True(code == ExitCodes.Success, error);
            Assert.Contains("À compléter dans content", output);
            Assert.Contains("organisation.adresse : encore « À compléter »", output);
            Assert.Contains("organisation.permanence", output);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void A_16_bit_png_logo_passes_check_and_builds_and_a_broken_one_is_a_content_error_never_an_internal_one()
    {
        using var kit = new TempKit();
        File.Copy(Path.Combine(Repo.TestDirectory, "Fixtures", "lyon", "logo.png"), kit.PathOf("content/logo.png"));
        kit.Edit("content/kit.yaml", "  tampon: oui", "  tampon: oui\n  logo: logo.png");
        Assert.Equal(ExitCodes.Success, Run("--kit", kit.Root, "check").Code);
        Assert.Equal(ExitCodes.Success, Run("--kit", kit.Root, "build", "livret-a5", "tract-soigner-a6").Code);
        File.WriteAllBytes(kit.PathOf("content/logo.png"), File.ReadAllBytes(kit.PathOf("content/logo.png"))[..60]);
        foreach (var command in new[] { "check", "build" })
        {
            var (code, _, error) = Run("--kit", kit.Root, command);
            Assert.Equal(ExitCodes.ContentError, code);
            Assert.Contains("« logo.png »", error);
        }
    }

    [Fact]
    public void A_content_error_leaves_earlier_output_untouched_and_shows_no_stack_trace()
    {
        using var kit = new TempKit();
        Assert.Equal(ExitCodes.Success, Run("--kit", kit.Root, "build").Code);
        var before = File.ReadAllBytes(kit.PathOf("output/statut-a4.pdf"));
        kit.Edit("content/statut.yaml", "titre:", "titr:");
        var (code, _, error) = Run("--kit", kit.Root, "build");
        Assert.Equal(ExitCodes.ContentError, code);
        var line = File.ReadAllLines(kit.PathOf("content/statut.yaml")).ToList().FindIndex(l => l.StartsWith("titr:")) + 1;
        Assert.Contains(Path.Combine("content", "statut.yaml") + $", ligne {line}, colonne 1", error);
        Assert.Contains("« titre »", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, File.ReadAllBytes(kit.PathOf("output/statut-a4.pdf")));
        Assert.Empty(Directory.GetFiles(kit.PathOf("output"), "*.tmp*"));
    }

    [Fact]
    public void A_markup_error_points_at_the_template_line()
    {
        using var kit = new TempKit();
        kit.Edit("templates/statut.hbs", "<h2 font=\"sans\"", "<h2 fonte=\"sans\"");
        var (code, _, error) = Run("--kit", kit.Root, "check");
        Assert.Equal(ExitCodes.ContentError, code);
        var line = File.ReadAllLines(kit.PathOf("templates/statut.hbs")).ToList().FindIndex(l => l.Contains("fonte=")) + 1;
        Assert.Contains($"{Path.Combine("templates", "statut.hbs")}, ligne {line}", error);
        Assert.Contains("attribut inconnu « fonte »", error);
    }

    [Fact]
    public void List_json_describes_documents_and_letter_fields()
    {
        var (code, output, _) = Run("--kit", Repo.Root, "list", "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("id").GetString() == "statut-affiche-a3"
            && d.GetProperty("fichiers")[0].GetString() == "statut-affiche-a3.pdf");
        var caf = json.RootElement.GetProperty("lettres").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "caf-papier");
        var nom = caf.GetProperty("champs").EnumerateArray().Single(f => f.GetProperty("cle").GetString() == "nom");
        Assert.True(nom.GetProperty("obligatoire").GetBoolean());
        Assert.False(string.IsNullOrEmpty(nom.GetProperty("libelle").GetString()));
        Assert.False(string.IsNullOrEmpty(nom.GetProperty("exemple").GetString()));
    }

    [Fact]
    public void List_lines_up_titles_and_fields_and_keeps_each_example_on_its_line()
    {
        var (code, output, _) = Run("--kit", Repo.Root, "list");
        Assert.Equal(ExitCodes.Success, code);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Every line is a heading, an entry (two spaces, an id, its title) or a field (six spaces).
        Assert.All(lines, l => Assert.Matches(@"^(\S.*:|  [a-z0-9-]+ +\S.*|      [a-z0-9_]+ +\S.* — ex\. : .+)$", l));
        Assert.Single(lines, l => !l.StartsWith(' ') && l.Contains("Modèles de lettres"));
        var entries = lines.Where(l => l.StartsWith("  ") && !l.StartsWith("   ")).ToList();
        Assert.Single(entries.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^  \S+ +").Length).Distinct());
        Assert.Contains(lines, l => l.Contains("— ex. : 8 impasse des Modèles / 99000 VILLE-EXEMPLE"));
    }

    [Fact]
    public void Prefilled_letter_contains_the_sender_but_never_prints_it()
    {
        using var kit = new TempKit();
        var sender = Path.Combine(Repo.TestDirectory, "Fixtures", "expediteur.yaml");
        var (code, output, error) = Run("--kit", kit.Root, "lettre", "caf-papier", "--expediteur", sender);
        Assert.True(code == ExitCodes.Success, error);
        Assert.DoesNotContain("Aubigné", output + error);
        Assert.True(File.Exists(kit.PathOf("output/lettre-caf-papier-remplie.pdf")));
    }

    [Fact]
    public void Prefilled_letter_with_a_missing_required_field_names_the_field_not_the_values()
    {
        using var kit = new TempKit();
        var (code, _, error) = Run("--kit", kit.Root, "lettre", "caf-papier", "--champ", "nom=Marie Secret");
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("adresse", error);
        Assert.DoesNotContain("Secret", error);
    }

    [Fact]
    public void Sender_file_with_a_misspelt_key_is_an_error_with_suggestion()
    {
        using var kit = new TempKit();
        kit.Write("moi.yaml", "nom: X\nadresse_: Y\n");
        var (code, _, error) = Run("--kit", kit.Root, "lettre", "caf-papier", "--expediteur", kit.PathOf("moi.yaml"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("moi.yaml, ligne 2", error);
        Assert.Contains("« adresse »", error);
    }
}
