using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

/// <summary>The program's French does not come from the host's culture data: containers often
/// run .NET without it, and the same kit must give the same bytes there.</summary>
public class GlobalizationTests
{
    [Fact]
    public void French_numbers_use_a_decimal_comma_and_narrow_spaces_between_thousands()
    {
        Assert.Equal("1\u202F234\u202F567,5", 1234567.5.ToString("N1", French.Culture));
        Assert.Equal("85,6 × 54 mm", string.Create(French.Culture, $"{85.6:0.#} × {54:0.#} mm"));
        Assert.Equal("42000 SAINT-ÉTIENNE", French.Upper("42000 Saint-Étienne"));
        Assert.True(French.SameText("Numéro d'allocataire", "NUMÉRO D'ALLOCATAIRE"));
    }

    [Fact]
    public void Invariant_globalization_builds_the_same_bytes()
    {
        using var kit = new TempKit();
        var normal = Build(kit, "normal", invariant: false);
        var invariant = Build(kit, "invariant", invariant: true);
        Assert.Equal(normal.Output.Replace("normal", "X"), invariant.Output.Replace("invariant", "X"));
        foreach (var file in Directory.GetFiles(kit.PathOf("normal")))
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(kit.PathOf($"invariant/{Path.GetFileName(file)}"))), file);
    }

    private static (int Code, string Output) Build(TempKit kit, string folder, bool invariant)
    {
        var (code, output, error) = CliProcess.Run(
            new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0", ["SOURCE_DATE_EPOCH"] = "1764547200" },
            "--kit", kit.Root, "build", "statut-a4", "carte-objecteur", "--sortie", kit.PathOf(folder));
        Assert.True(code == 0, error);
        Assert.DoesNotContain("Exception", error);
        return (code, output);
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("demain")]
    [InlineData("-5")]
    public void A_source_date_epoch_that_is_no_date_is_a_french_error(string value)
    {
        using var kit = new TempKit();
        var (code, _, error) = CliProcess.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value },
            "--kit", kit.Root, "build", "statut-a4", "--sortie", kit.PathOf("x"));
        Assert.Equal(1, code);
        Assert.Contains($"SOURCE_DATE_EPOCH vaut « {value} »", error);
        Assert.DoesNotContain("Exception", error);
    }
}

/// <summary>A terminal left in a folder that was then deleted (a USB key pulled out, a folder
/// removed from the file manager): a French message, never a .NET crash.</summary>
public sealed class DeletedFolderTests
{
    [Fact]
    public void A_command_run_from_a_deleted_folder_says_so_in_french_and_writes_nothing()
    {
        var gone = Path.Combine(Path.GetTempPath(), "objecteur-parti-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(Path.GetTempPath(), "objecteur-sortie-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(gone);
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("cd \"$1\" && rmdir \"$1\" && exec dotnet \"$2\" build statut-a4 --kit \"$3\" --sortie \"$4\"");
        start.ArgumentList.Add("bash");
        foreach (var arg in new[] { gone, Path.Combine(AppContext.BaseDirectory, "objecteur.dll"), Repo.Root, output }) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(Objecteur.Print.Cli.ExitCodes.ContentError, process.ExitCode);
        Assert.Contains("le dossier où vous êtes n'existe plus", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(output));
    }
}
