using static Objecteur.Print.Web.KitYamlEditor;

namespace Objecteur.Print.Web.Tests;

public sealed class KitYamlEditorTests
{
    private const string Kit = """
        # Le kit : l'organisation qui signe.
        organisation:
          nom: Halte au contrôle numérique
          # Site cité dans les comptes rendus.
          site_web: halteaucontrolenumerique.fr   # commentaire en fin de ligne

        documents:
          - id: statut-a4
            titre: "Statut : A4"
        """;

    private static Value One(string key, string text) => new(key, [text], false);

    [Fact]
    public void Changing_a_value_changes_only_that_value()
    {
        var edited = Write(Kit, "organisation", [One("nom", "Collectif du Vieux-Lyon")]);
        Assert.Equal(Kit.Replace("nom: Halte au contrôle numérique", "nom: Collectif du Vieux-Lyon"), edited);
    }

    [Fact]
    public void A_trailing_comment_stays_after_a_new_value()
    {
        var edited = Write(Kit, "organisation", [One("site_web", "exemple.org")]);
        Assert.Contains("  site_web: exemple.org   # commentaire en fin de ligne\n", edited);
        Assert.Equal(Kit.Split('\n').Length, edited.Split('\n').Length);
    }

    [Fact]
    public void A_new_key_goes_after_the_block_last_key_with_its_indentation()
    {
        var edited = Write(Kit, "organisation", [new Value("contact", ["permanence@exemple.org", "04 00 00 00 00"], true)]);
        Assert.True(edited.Contains("# commentaire en fin de ligne\n  contact:\n    - permanence@exemple.org\n    - 04 00 00 00 00\n\ndocuments:"), edited);
        Assert.Equal(["permanence@exemple.org", "04 00 00 00 00"], Read(edited, "organisation")["contact"]);
    }

    [Fact]
    public void A_list_is_replaced_whole_and_the_rest_kept()
    {
        var withList = Write(Kit, "organisation", [new Value("contact", ["a@exemple.org", "b"], true)]);
        var edited = Write(withList, "organisation", [new Value("contact", ["c"], true)]);
        Assert.Equal(["c"], Read(edited, "organisation")["contact"]);
        Assert.Equal(Kit, Write(edited, "organisation", [new Value("contact", [], true)]));
    }

    [Fact]
    public void An_emptied_optional_value_loses_its_line_only()
    {
        var edited = Write(Kit, "organisation", [One("site_web", "")]);
        Assert.DoesNotContain("site_web", edited);
        Assert.Contains("  # Site cité dans les comptes rendus.\n\ndocuments:", edited);
    }

    [Theory]
    [InlineData("Collectif : numérique & droits")]
    [InlineData("#hashtag")]
    [InlineData("true")]
    [InlineData("2026")]
    [InlineData("- tiret")]
    [InlineData("« guillemets » \"doubles\" et \\ barre")]
    [InlineData("L'Assemblée")]
    public void Any_text_reads_back_as_typed(string text)
    {
        var edited = Write(Kit, "organisation", [One("nom", text)]);
        Assert.Equal(text, Read(edited, "organisation")["nom"].Single());
        Assert.EndsWith("documents:\n  - id: statut-a4\n    titre: \"Statut : A4\"", edited);
    }

    [Fact]
    public void Windows_line_endings_are_kept()
    {
        var crlf = Kit.Replace("\n", "\r\n");
        var edited = Write(crlf, "organisation", [One("nom", "X"), new Value("contact", ["c"], true)]);
        Assert.DoesNotContain("\n", edited.Replace("\r\n", ""));
        Assert.Equal("X", Read(edited, "organisation")["nom"].Single());
        Assert.Equal(["c"], Read(edited, "organisation")["contact"]);
    }

    [Fact]
    public void The_repository_kit_survives_a_round_trip_byte_for_byte()
    {
        var text = File.ReadAllText(Path.Combine(TestKit.RepositoryRoot, "content", "kit.yaml"));
        var current = Read(text, "organisation");
        var rewritten = Write(text, "organisation", OrganisationPage.Fields.Where(f => current.ContainsKey(f.Key))
            .Select(f => new Value(f.Key, current[f.Key], f.IsList)));
        Assert.Equal(text, rewritten);
    }
}
