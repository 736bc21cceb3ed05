using Objecteur.Print.Cli;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

/// <summary>Badge sheets from the command line, for the kit's machine or another.</summary>
public sealed class BadgeCommandTests : IDisposable
{
    private readonly TempKit _kit = new();

    public BadgeCommandTests()
    {
        _kit.AddFixture("pins", "pins");
    }

    public void Dispose() => _kit.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Objecteur.Print.Cli.Cli.Run(["--kit", _kit.Root, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("32")]
    [InlineData("75")]
    public void A_few_badges_make_one_a4_sheet_for_the_chosen_press(string? profile)
    {
        var (code, output, error) = profile is null ? Run("build", "badges-test") : Run("build", "badges-test", "--profil", profile);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("1 page", output);
        // The file names the press when it is not the kit's own (« badges-test » is for 58 mm).
        var file = profile is null or "58" ? "badges-test" : $"badges-test-{profile}";
        var facts = PdfFacts.Read(File.ReadAllBytes(_kit.PathOf($"output/{file}.pdf")));
        Assert.Equal(1, facts.PageCount); // three designs: they all fit on one sheet
        Assert.Equal(Objecteur.Print.Layout.Units.Mm(210), facts.PageSizes[0].Width, 1);
    }

    [Fact]
    public void Every_design_is_printed_once_at_least_on_as_many_sheets_as_needed()
    {
        var more = string.Concat(Enumerable.Range(1, 10).Select(i => $"\n  - id: extra-{i}\n    texte: Badge {i}\n    fond: \"#222222\"\n    couleur: \"#FFFFFF\"\n    source: test"));
        File.AppendAllText(_kit.PathOf("content/pins/badges.yaml"), more);
        var (code, _, error) = Run("build", "badges-test", "--profil", "58");
        Assert.True(code == ExitCodes.Success, error);
        // 13 designs, 9 badges of 58 mm per A4 sheet.
        Assert.Equal(2, PdfFacts.Read(File.ReadAllBytes(_kit.PathOf("output/badges-test.pdf"))).PageCount);
    }

    [Fact]
    public void A_badge_may_name_the_kits_colours_and_follows_them()
    {
        _kit.Edit("content/pins/badges.yaml", "fond: \"#1F4E79\"", "fond: secondaire");
        _kit.Edit("content/pins/badges.yaml", "texte: Droit au papier\n    fond: secondaire\n    couleur: \"#FFFFFF\"", "texte: Droit au papier\n    fond: secondaire\n    couleur: texte_sur_secondaire");
        _kit.Edit("content/kit.yaml", "secondaire: \"#1D3557\"", "secondaire: \"#0E5E4A\"");
        _kit.Edit("content/kit.yaml", "texte_sur_secondaire: \"#FFFFFF\"", "texte_sur_secondaire: \"#FFF4CC\"");
        var pipeline = Objecteur.Print.Pipeline.KitPipeline.Open(_kit.Root);
        var spec = pipeline.Kit.Documents.Single(d => d.Id == "badges-test");
        var dump = Objecteur.Print.Layout.LayoutDump.Write(pipeline.Layout(spec, pipeline.Markup(spec)));
        Assert.Contains("fill=#0E5E4A", dump);
        Assert.Contains("#FFF4CC \"Droit", dump);
    }

    [Fact]
    public void A_colour_name_the_kit_does_not_have_is_located_with_the_closest_one()
    {
        _kit.Edit("content/pins/badges.yaml", "fond: \"#1F4E79\"", "fond: secondair");
        var (code, _, error) = Run("build", "badges-test");
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("badges.yaml, ligne", error);
        Assert.Contains("couleur « secondair » inconnue", error);
        Assert.Contains("vouliez-vous dire « secondaire » ?", error);
    }

    [Fact]
    public void A_kit_may_declare_its_own_press()
    {
        _kit.Edit("content/kit.yaml", "documents:", "badges:\n  profils:\n    - id: \"45\"\n      nom: Presse de l'atelier, 45 mm\n      face: 45mm\n      coupe: 55mm\n      securite: 41mm\n\ndocuments:");
        var (code, _, error) = Run("build", "badges-test", "--profil", "45");
        Assert.True(code == ExitCodes.Success, error);
        var facts = PdfFacts.Read(File.ReadAllBytes(_kit.PathOf("output/badges-test-45.pdf")));
        Assert.Equal(1, facts.PageCount);
        Assert.Equal("Badges de test – machine Presse de l'atelier, 45 mm", facts.Title);
    }

    [Fact]
    public void A_declared_press_whose_cut_is_smaller_than_its_face_is_refused()
    {
        _kit.Edit("content/kit.yaml", "documents:", "badges:\n  profils:\n    - id: \"45\"\n      nom: Presse\n      face: 45mm\n      coupe: 40mm\n      securite: 41mm\n\ndocuments:");
        var (code, _, error) = Run("build", "badges-test", "--profil", "45");
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("kit.yaml, ligne", error);
        Assert.Contains("incohérent", error);
    }

    [Fact]
    public void An_unknown_press_is_a_usage_error_listing_the_known_ones()
    {
        var (code, _, error) = Run("build", "badges-test", "--profil", "60");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("profil de badge inconnu « 60 »", error);
        Assert.Contains("25, 32, 38, 56, 58, 75", error);
    }

    [Fact]
    public void A_slogan_too_long_for_the_press_names_the_badge()
    {
        var manifesto = string.Join(", ", Enumerable.Repeat("droit au papier, au guichet, à un humain et à la lenteur pour toutes et tous", 6));
        _kit.Edit("content/pins/badges.yaml", "texte: Droit au papier", "texte: " + manifesto);
        var (code, _, error) = Run("build", "badges-test", "--profil", "58");
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("« papier »", error);
    }

    [Fact]
    public void The_kits_file_and_title_follow_the_press()
    {
        var (code, output, error) = CliRunner.Run(["--kit", Repo.Root, "build", "badges-58", "--profil", "25", "--sortie", _kit.PathOf("presse")]);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("badges-25.pdf — 1 page", output);
        Assert.False(File.Exists(_kit.PathOf("presse/badges-58.pdf")));
        var facts = PdfFacts.Read(File.ReadAllBytes(_kit.PathOf("presse/badges-25.pdf")));
        Assert.Equal("Badges du statut – machine 25 mm", facts.Title);
    }

    [Theory]
    [InlineData(null, "badges-test")]
    [InlineData("75", "badges-test-75")]
    [InlineData("32", "badges-test-32")]
    public void Check_tests_a_press_and_counts_the_sheets_build_writes(string? profile, string file)
    {
        var more = string.Concat(Enumerable.Range(1, 10).Select(i => $"\n  - id: extra-{i}\n    texte: Badge {i}\n    fond: \"#222222\"\n    couleur: \"#FFFFFF\"\n    source: test"));
        File.AppendAllText(_kit.PathOf("content/pins/badges.yaml"), more);
        string[] press = profile is null ? [] : ["--profil", profile];

        var (code, output, error) = Run(["check", .. press]);
        var (built, written, _) = Run(["build", "badges-test", .. press]);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(ExitCodes.Success, built);
        var sheets = PdfFacts.Read(File.ReadAllBytes(_kit.PathOf($"output/{file}.pdf"))).PageCount;
        // Sheets, not the faces the layout made (a page per design).
        Assert.True(sheets < 13, $"{sheets} sheets");
        Assert.Contains($"✓ {file} ({sheets} p.)", output);
        Assert.Contains($"{file}.pdf — {sheets} page", written);
    }
}
