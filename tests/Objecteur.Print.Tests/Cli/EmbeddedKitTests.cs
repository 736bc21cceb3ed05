using Objecteur.Print.Cli;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

/// <summary>The kit inside the program: used where there is none, written out by nouveau-kit.</summary>
public sealed class EmbeddedKitTests : IDisposable
{
    private readonly string _here = Directory.CreateTempSubdirectory("objecteur-ici-").FullName;

    public void Dispose() => Directory.Delete(_here, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args, workingDirectory: _here);

    private static IEnumerable<string> RepositoryKitFiles() =>
        new[] { "content", "templates" }.SelectMany(folder =>
            Directory.EnumerateFiles(Path.Combine(Repo.Root, folder), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void The_program_carries_every_file_of_the_repository_s_kit()
    {
        Assert.Equal(RepositoryKitFiles(), EmbeddedKit.Files);
        foreach (var file in EmbeddedKit.Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, file)), EmbeddedKit.Read(file));
    }

    [Fact]
    public void Without_a_kit_here_the_embedded_kit_builds_into_output_here()
    {
        var (code, _, error) = Run("build", "statut-a4");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("kit intégré", error);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(_here, "output", "statut-a4.pdf"))[..5]);
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_here).Select(Path.GetFileName));
    }

    [Fact]
    public void Nouveau_kit_writes_the_embedded_kit_which_then_checks()
    {
        var target = Path.Combine(_here, "mon-kit");
        var (code, output, error) = Run("nouveau-kit", target);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"{EmbeddedKit.Files.Count} fichiers", output);
        foreach (var file in RepositoryKitFiles())
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, file)), File.ReadAllBytes(Path.Combine(target, file)));
        Assert.Equal(ExitCodes.Success, Run("--kit", target, "check").Code);
    }

    [Fact]
    public void Nouveau_kit_with_a_name_makes_the_collectives_own_kit_that_builds_at_once()
    {
        var target = Path.Combine(_here, "lyon");
        var (code, output, error) = Run("nouveau-kit", target, "--nom", "Collectif Guichets Lyon");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("organisation:", output);
        var kitYaml = File.ReadAllText(Path.Combine(target, "content", "kit.yaml"));
        Assert.Contains("nom: \"Collectif Guichets Lyon\"", kitYaml);
        Assert.Contains("À compléter", kitYaml);
        var check = Run("--kit", target, "check");
        Assert.Equal(ExitCodes.Success, check.Code);
        Assert.Contains("À compléter", check.Out + check.Err);
        var build = Run("--kit", target, "build", "carte-objecteur");
        Assert.True(build.Code == ExitCodes.Success, build.Err);
    }

    [Fact]
    public void Nouveau_kit_refuses_an_empty_name()
    {
        var (code, _, error) = Run("nouveau-kit", Path.Combine(_here, "x"), "--nom", "  ");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--nom", error);
        Assert.False(Directory.Exists(Path.Combine(_here, "x")));
    }

    [Fact]
    public void Nouveau_kit_refuses_a_folder_that_is_not_empty()
    {
        File.WriteAllText(Path.Combine(_here, "notes.txt"), "à garder");
        var (code, _, error) = Run("nouveau-kit", _here);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("n'est pas vide", error);
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(_here, "notes.txt")));
        Assert.Single(Directory.GetFileSystemEntries(_here));
    }

    /// <summary>The kept copy is the kit the program carries, whatever was done to it since:
    /// written once, then only what differs is written again.</summary>
    [Fact]
    public void The_kept_copy_of_the_kit_is_written_once_and_mended_when_changed()
    {
        var store = Path.Combine(_here, "store");
        var root = EmbeddedKit.Kept(store)!;
        Assert.Equal(EmbeddedKit.Files, Files(root));
        var kitYaml = Path.Combine(root, "content", "kit.yaml");
        var untouched = Path.Combine(root, "templates", Path.GetFileName(Directory.GetFiles(Path.Combine(root, "templates"), "*.hbs")[0]));
        var written = File.GetLastWriteTimeUtc(untouched);
        File.WriteAllText(kitYaml, "changé");
        File.WriteAllText(Path.Combine(root, "templates", "ajout.hbs"), "{{ajout}}");
        File.Delete(Path.Combine(root, EmbeddedKit.Files[^1]));

        Assert.Equal(root, EmbeddedKit.Kept(store));
        Assert.Equal(EmbeddedKit.Files, Files(root));
        foreach (var file in EmbeddedKit.Files) Assert.Equal(EmbeddedKit.Read(file), File.ReadAllBytes(Path.Combine(root, file)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(untouched));
        // A run that uses it leaves it for the next one.
        var (code, _, error) = CliRunner.Run(["build", "statut-a4"], workingDirectory: _here, kitStore: store);
        Assert.True(code == ExitCodes.Success, error);
        Assert.True(File.Exists(kitYaml));
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Without_a_store_the_embedded_kit_is_written_for_the_run_alone()
    {
        // A store that cannot be made: a file stands where its folder would.
        var blocked = Path.Combine(_here, "fichier");
        File.WriteAllText(blocked, "");
        var (code, _, error) = CliRunner.Run(["build", "statut-a4"], workingDirectory: _here, kitStore: Path.Combine(blocked, "objecteur"));
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("kit intégré", error);
        Assert.True(File.Exists(Path.Combine(_here, "output", "statut-a4.pdf")));
    }

    [Theory]
    [InlineData("../dehors.yaml")]
    [InlineData("content/../../dehors.yaml")]
    [InlineData("/etc/dehors.yaml")]
    [InlineData("autre/fichier.yaml")]
    public void A_kit_path_never_leaves_the_kit(string path) =>
        Assert.Throws<InvalidOperationException>(() => EmbeddedKit.Target(_here, path));
}
