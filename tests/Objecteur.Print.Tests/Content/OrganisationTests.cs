using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Content;

/// <summary>kit.yaml's <c>organisation:</c>: its keys, its colours' contrast, its printer.</summary>
public sealed class OrganisationTests : IDisposable
{
    private readonly TempKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private void Organisation(string block)
    {
        var path = _kit.PathOf("content/kit.yaml");
        File.WriteAllText(path, KitScaffold.WithOrganisation(File.ReadAllText(path), block));
    }

    private Diagnostic LoadFails() => Assert.Throws<DiagnosticException>(() => KitLoader.Load(_kit.Root, KindRegistry.Default.Rules)).Diagnostic;

    public static Arbitrary<string> Colours() =>
        Gen.Choose(0, 0xFFFFFF).Select(v => $"#{v:X6}").ToArbitrary();

    [Property(Arbitrary = [typeof(OrganisationTests)])]
    public void Contrast_is_symmetric_and_between_1_and_21(string a, string b)
    {
        var ratio = Contrast.Ratio(a, b);
        Assert.Equal(ratio, Contrast.Ratio(b, a), 12);
        Assert.InRange(ratio, 1, 21.0000001);
        Assert.Equal(1, Contrast.Ratio(a, a), 12);
    }

    [Fact]
    public void Black_on_white_is_21_to_1_and_the_kit_s_colours_pass()
    {
        Assert.Equal(21, Contrast.Ratio("#000000", "#FFFFFF"), 9);
        var c = ThemeColours.Default;
        Assert.True(Contrast.Ratio(c.Principale, c.TexteSurPrincipale) >= Contrast.Normal);
        Assert.True(Contrast.Ratio(c.Secondaire, c.TexteSurSecondaire) >= Contrast.Normal);
        Assert.Equal(c, KitLoader.Load(Repo.Root, KindRegistry.Default.Rules).Organisation.Couleurs);
    }

    [Fact]
    public void A_text_colour_too_pale_on_the_main_colour_is_refused_naming_both_keys_and_the_ratio()
    {
        Organisation("organisation:\n  nom: Test\n  couleurs:\n    principale: \"#2A9D8F\"\n    texte_sur_principale: \"#FFFFFF\"\n");
        var d = LoadFails();
        Assert.Equal(Path.Combine("content", "kit.yaml"), d.File);
        Assert.Contains("couleurs.principale (#2A9D8F) et couleurs.texte_sur_principale (#FFFFFF) : contraste 3,3:1, il faut au moins 4,5:1", d.Message);
        Assert.True(d.Line > 0);
    }

    [Fact]
    public void A_main_colour_that_reads_on_its_text_but_not_on_paper_is_refused_too()
    {
        Organisation("organisation:\n  nom: Test\n  couleurs:\n    principale: \"#F4D35E\"\n    texte_sur_principale: \"#1B1B1B\"\n");
        Assert.Contains("couleurs.principale (#F4D35E) et le blanc du papier (#FFFFFF)", LoadFails().Message);
    }

    [Fact]
    public void The_light_tint_follows_a_new_main_colour()
    {
        Organisation("organisation:\n  nom: Test\n  couleurs:\n    principale: \"#006D77\"\n");
        var colours = KitLoader.Load(_kit.Root, KindRegistry.Default.Rules).Organisation.Couleurs;
        Assert.Equal("#006D77", colours.Principale);
        Assert.Equal(Contrast.Tint("#006D77", 0.11), colours.Claire);
        Assert.Equal(ThemeColours.Default.Secondaire, colours.Secondaire);
    }

    [Fact]
    public void The_old_contact_key_says_what_replaces_it()
    {
        Organisation("organisation:\n  nom: Test\n  contact: [12 rue X]\n");
        var d = LoadFails();
        Assert.Contains("« contact » n'existe plus", d.Message);
        Assert.Contains("telephone", d.Hint);
    }

    [Fact]
    public void A_copy_shop_without_an_address_is_refused_with_the_law_that_asks_for_it()
    {
        Organisation("organisation:\n  nom: Test\n  imprimeur:\n    nom: Copie Express\n");
        Assert.Contains("29 juillet 1881", LoadFails().Hint);
    }

    [Fact]
    public void The_printer_is_the_organisation_itself_at_its_address_by_default()
    {
        Organisation("organisation:\n  nom: Test\n  adresse: [1 rue A, 42000 Saint-Étienne]\n");
        var o = KitLoader.Load(_kit.Root, KindRegistry.Default.Rules).Organisation;
        Assert.Null(o.Imprimeur.Nom);
        Assert.Equal(["1 rue A", "42000 Saint-Étienne"], o.Imprimeur.Adresse);
        Assert.True(o.Tampon);
        Assert.Empty(o.Reminders());
    }

    [Fact]
    public void The_default_kit_is_reminded_that_its_printer_s_mention_has_no_address()
    {
        var reminders = KitLoader.Load(Repo.Root, KindRegistry.Default.Rules).Organisation.Reminders();
        Assert.Contains(reminders, r => r.Contains("organisation.adresse", StringComparison.Ordinal) && r.Contains("1881", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreadable_logo_is_refused_from_kit_yaml_naming_the_file_and_what_to_do()
    {
        File.WriteAllBytes(_kit.PathOf("content/logo.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        Organisation("organisation:\n  nom: Test\n  logo: logo.png\n");
        var d = LoadFails();
        Assert.Contains("« logo.png »", d.Message);
        Assert.Contains("PNG ou en JPEG", d.Hint);
    }

    [Fact]
    public void A_flyer_s_own_colours_are_checked_like_the_theme_s()
    {
        _kit.Edit("content/tracts/guichets.yaml", "format: A5\n", "format: A5\ncouleurs:\n  fond: \"#FFC300\"\n  texte: \"#FFFFFF\"\n  accent: \"#14213D\"\n");
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var d = Assert.Throws<DiagnosticException>(() => pipeline.Markup(pipeline.Kit.Documents.Single(x => x.Id == "tract-guichets-a5"))).Diagnostic;
        Assert.Contains("couleurs.texte (#FFFFFF) et couleurs.fond (#FFC300) : contraste", d.Message);
    }
}
