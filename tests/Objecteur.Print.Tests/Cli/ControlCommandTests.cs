using Objecteur.Print.Cli;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

/// <summary><c>objecteur controle</c>: a French report per file, exit 1 when a shop would refuse one.</summary>
public sealed class ControlCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "objecteur-controle-" + Guid.NewGuid().ToString("N"));

    public ControlCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Written(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, KitOutputs.File(name).Pdf);
        return path;
    }

    [Fact]
    public void A_shop_copy_passes_with_its_measures_and_exit_0()
    {
        var (code, output, error) = CliRunner.Run(["controle", Written("livret-a5-imprimerie.pdf")]);

        var pages = KitOutputs.File("livret-a5-imprimerie.pdf").Pages;
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains($"{pages} pages, PDF ", output);
        Assert.Contains($"pages 1–{pages} : page 154 × 216 mm ; format fini (TrimBox) 148 × 210 mm ; BleedBox à 3 mm du format fini", output);
        Assert.Contains("toutes incluses", output);
        Assert.Contains("tous lisibles", output);
        Assert.Contains("✓ bon pour l'imprimerie", output);
    }

    [Fact]
    public void A_file_without_trim_box_among_others_gives_exit_1_and_says_why()
    {
        var (code, output, _) = CliRunner.Run(["controle", Written("tract-statut-a5-traits-de-coupe.pdf"), Written("lettre-caf-papier.pdf")]);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("✗ une imprimerie le refuserait :", output);
        Assert.Contains("– pages 1–2 : pas de format fini (TrimBox) : l'imprimerie ne sait pas où couper", output);
        Assert.Contains("1 fichier sur 2 serait refusé par une imprimerie.", output);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_in_french()
    {
        var (code, _, error) = CliRunner.Run(["controle", Path.Combine(_folder, "absent.pdf")]);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("introuvable", error);
    }
}
