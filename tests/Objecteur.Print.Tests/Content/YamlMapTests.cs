using Objecteur.Print.Content;

namespace Objecteur.Print.Tests.Content;

public class YamlMapTests
{
    private static Diagnostic Fails(Action action) => Assert.Throws<DiagnosticException>(action).Diagnostic;

    [Fact]
    public void Unknown_key_names_its_position_and_suggests_the_closest_key()
    {
        var d = Fails(() => YamlFile.LoadMapping("titre: A\nsous_titr: B\n", "x.yaml", "titre", "sous_titre"));
        Assert.Equal(("x.yaml", 2, 1), (d.File, d.Line, d.Column));
        Assert.Contains("clé inconnue « sous_titr »", d.Message);
        Assert.Contains("« sous_titre »", d.Hint);
    }

    [Fact]
    public void A_retired_key_is_named_as_gone_at_its_value_with_a_hint_made_from_the_others()
    {
        var root = YamlFile.LoadMapping("docs:\n  - id: tract\n    ancienne: oui\n", "x.yaml", "docs");
        var retired = new Dictionary<string, Func<YamlMap, string>> { ["ancienne"] = m => $"remplacée pour « {m.Text("id")} »" };
        var d = Fails(() => root.Maps("docs", ["id"], retired: retired));
        Assert.Equal(("x.yaml", 3, 15), (d.File, d.Line, d.Column));
        Assert.Equal("la clé « ancienne » n'existe plus", d.Message);
        Assert.Equal("remplacée pour « tract »", d.Hint);
        Assert.Single(root.Maps("docs", ["id", "ancienne"]));
    }

    [Fact]
    public void Missing_required_field_says_which_and_where()
    {
        var map = YamlFile.LoadMapping("titre: A\n", "x.yaml", "titre", "etat");
        var d = Fails(() => map.Text("etat"));
        Assert.Contains("champ obligatoire « etat » manquant", d.Message);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void Wrong_type_is_an_error_at_the_value()
    {
        var map = YamlFile.LoadMapping("titre:\n  - a\n  - b\n", "x.yaml", "titre");
        var d = Fails(() => map.Text("titre"));
        Assert.Contains("doit être un texte", d.Message);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Malformed_yaml_gives_a_french_message_with_line_and_column()
    {
        var d = Fails(() => YamlFile.LoadMapping("titre: A\n  etat: x: y\n", "x.yaml", "titre"));
        Assert.StartsWith("YAML mal formé", d.Message);
        Assert.Equal(2, d.Line);
        Assert.True(d.Column > 0);
    }

    [Fact]
    public void Booleans_accept_french_words_and_reject_others()
    {
        var map = YamlFile.LoadMapping("a: oui\nb: false\nc: peut-être\n", "x.yaml", "a", "b", "c");
        Assert.True(map.Bool("a"));
        Assert.False(map.Bool("b"));
        Assert.Contains("« oui » ou « non »", Fails(() => map.Bool("c")).Message);
    }

    [Fact]
    public void Dates_must_be_iso()
    {
        var map = YamlFile.LoadMapping("d: 22/11/2026\n", "x.yaml", "d");
        Assert.Contains("date valide", Fails(() => map.Date("d")).Message);
    }
}
