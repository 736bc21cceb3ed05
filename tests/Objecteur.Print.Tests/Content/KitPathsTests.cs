using Objecteur.Print.Content;

namespace Objecteur.Print.Tests.Content;

public sealed class KitPathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("objecteur-paths-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("objecteur-outside-").FullName;

    public KitPathsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "livret"));
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "x");
    }

    public void Dispose()
    {
        Directory.Delete(_root, true);
        Directory.Delete(_outside, true);
    }

    private string Content => Path.Combine(_root, "content");

    [Theory]
    [InlineData("statut.yaml")]
    [InlineData("livret/social.yaml")]
    [InlineData("livret/../statut.yaml")]
    public void Paths_inside_the_kit_resolve(string relative) =>
        Assert.Equal(Path.GetFullPath(Path.Combine(Content, relative)), KitPaths.Inside(_root, Content, relative));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("a\0b")]
    public void Paths_that_leave_the_kit_are_refused(string relative) =>
        Assert.Null(KitPaths.Inside(_root, Content, relative));

    [Fact]
    public void A_sibling_folder_sharing_the_kits_name_prefix_is_outside()
    {
        var sibling = _root + "-bis";
        Directory.CreateDirectory(sibling);
        try { Assert.Null(KitPaths.Inside(_root, Content, $"../../{Path.GetFileName(sibling)}/x.yaml")); }
        finally { Directory.Delete(sibling); }
    }

    [Fact]
    public void A_link_inside_the_kit_that_points_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Content, "logo.png"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "images"), _outside);
        Assert.Null(KitPaths.Inside(_root, Content, "logo.png"));
        Assert.Null(KitPaths.Inside(_root, Content, "images/secret.txt"));
    }

    [Fact]
    public void A_link_that_stays_inside_the_kit_is_followed()
    {
        File.WriteAllText(Path.Combine(Content, "vrai.yaml"), "x: y");
        File.CreateSymbolicLink(Path.Combine(Content, "lien.yaml"), "vrai.yaml");
        Assert.Equal(Path.Combine(Content, "vrai.yaml"), KitPaths.Inside(_root, Content, "lien.yaml"));
    }

    [Fact]
    public void A_loop_of_links_does_not_hang()
    {
        File.CreateSymbolicLink(Path.Combine(Content, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(Content, "b"), "a");
        _ = KitPaths.Inside(_root, Content, "a");
    }

    [Fact]
    public void The_error_names_the_path_and_says_what_to_do()
    {
        var e = Assert.Throws<DiagnosticException>(() => KitPaths.Resolve(_root, Content, "/etc/passwd",
            (message, hint) => new DiagnosticException(new Diagnostic("content/kit.yaml", 12, 14, message, hint))));
        Assert.Equal(("content/kit.yaml", 12, 14), (e.Diagnostic.File, e.Diagnostic.Line, e.Diagnostic.Column));
        Assert.Contains("« /etc/passwd » sort du dossier du kit", e.Diagnostic.Message);
    }
}

/// <summary>A kit received from someone else reads no file of the computer outside it.</summary>
public class KitConfinementTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Objecteur.Print.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertRefused(Support.TempKit kit, string file, string expected)
    {
        var (code, output, error) = Run("--kit", kit.Root, "build", "--sortie", kit.PathOf("sortie"));
        Assert.Equal(1, code);
        Assert.Contains(expected, error);
        Assert.Contains(file, error);
        Assert.Contains("sort du dossier du kit", error);
        Assert.DoesNotContain("root:", output + error);
    }

    [Fact]
    public void A_content_file_outside_the_kit_is_refused_at_its_kit_yaml_line()
    {
        using var kit = new Support.TempKit();
        kit.Edit("content/kit.yaml", "contenu: statut.yaml", "contenu: ../../../../../../etc/passwd");
        AssertRefused(kit, "content/kit.yaml, ligne", "« ../../../../../../etc/passwd »");
    }

    [Fact]
    public void A_template_outside_the_kit_is_refused()
    {
        using var kit = new Support.TempKit();
        kit.Edit("content/kit.yaml", "gabarit: statut", "gabarit: /etc/passwd");
        AssertRefused(kit, "content/kit.yaml, ligne", "« /etc/passwd.hbs »");
    }

    [Fact]
    public void An_image_outside_the_kit_is_refused_at_its_template_line()
    {
        using var kit = new Support.TempKit();
        kit.Edit("templates/carte.hbs", "leading=\"1.22\" hyphenate=\"false\">", "leading=\"1.22\" hyphenate=\"false\">\n<image src=\"../../../../../etc/passwd\" width=\"10mm\"/>");
        var (code, _, error) = Run("--kit", kit.Root, "build", "carte-objecteur", "--sortie", kit.PathOf("sortie"));
        Assert.Equal(1, code);
        Assert.Contains("sort du dossier du kit", error);
    }

    [Fact]
    public void A_partial_linked_outside_the_kit_is_refused()
    {
        using var kit = new Support.TempKit();
        File.CreateSymbolicLink(kit.PathOf("templates/_fuite.hbs"), "/etc/passwd");
        var (code, _, error) = Run("--kit", kit.Root, "build", "statut-a4", "--sortie", kit.PathOf("sortie"));
        Assert.Equal(1, code);
        Assert.Contains("templates/_fuite.hbs", error);
        Assert.Contains("sort du dossier du kit", error);
    }
}
