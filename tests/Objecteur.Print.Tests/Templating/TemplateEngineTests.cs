using Objecteur.Print.Templating;

namespace Objecteur.Print.Tests.Templating;

public sealed class TemplateEngineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("objecteur-hbs-").FullName;

    private string Render(string template, object model)
    {
        File.WriteAllText(Path.Combine(_dir, "t.hbs"), template);
        return new TemplateEngine(_dir, new DateOnly(2026, 11, 22)).Render("t", model);
    }

    private static Dictionary<string, object?> Model(string key, object? value) => new() { [key] = value };

    [Fact]
    public void Content_values_cannot_inject_markup()
    {
        var output = Render("<p>{{x}}</p>", Model("x", "</p><box height=\"1mm\"><p>piège & co</p></box>"));
        Assert.Equal("<p>&lt;/p&gt;&lt;box height=&quot;1mm&quot;&gt;&lt;p&gt;piège &amp; co&lt;/p&gt;&lt;/box&gt;</p>", output);
    }

    [Fact]
    public void Markdown_helper_converts_paragraphs_emphasis_and_lists_and_escapes_html()
    {
        var output = Render("{{markdown x}}", Model("x", "Un *mot* et **deux**.\n\n- a <b>\n- b\n"));
        Assert.Contains("<p>Un <i>mot</i> et <b>deux</b>.</p>", output);
        Assert.Contains("<list>", output);
        Assert.Contains("<item><p>a &lt;b&gt;</p>", output);
    }

    [Theory]
    [InlineData("2026-11-22", "22 novembre 2026")]
    [InlineData("2026-12-01", "1er décembre 2026")]
    [InlineData("2027-08-15", "15 août 2027")]
    public void Date_helper_writes_french_long_dates(string iso, string expected) =>
        Assert.Equal(expected, Render("{{date d}}", Model("d", iso)));

    [Fact]
    public void Date_helper_without_argument_is_the_build_date() =>
        Assert.Equal("22 novembre 2026", Render("{{date}}", new { }));

    [Fact]
    public void Adresse_helper_breaks_lines_and_capitalises_the_town() =>
        Assert.Equal("12 rue des Lilas<br/>42000 SAINT-ÉTIENNE", Render("{{adresse a}}", Model("a", new List<object> { "12 rue des Lilas", "42000 Saint-Étienne" })));

    [Fact]
    public void Ordinal_helper_numbers_the_first_article_1er() =>
        Assert.Equal("1er 2", Render("{{ordinal a}} {{ordinal b}}", new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }));

    [Fact]
    public void Unclosed_block_is_a_french_template_error()
    {
        var e = Assert.Throws<DiagnosticException>(() => Render("<p>\n{{#if x}}oui\n</p>", Model("x", true)));
        Assert.Contains("erreur de gabarit", e.Diagnostic.Message);
        Assert.Equal(Path.Combine("templates", "t.hbs"), e.Diagnostic.File);
    }

    [Fact]
    public void Unknown_helper_is_named()
    {
        var e = Assert.Throws<DiagnosticException>(() => Render("<p>{{majuscules x}}</p>", Model("x", "a")));
        Assert.Contains("majuscules", e.Diagnostic.ToString());
    }

    [Fact]
    public void Missing_template_suggests_existing_ones()
    {
        File.WriteAllText(Path.Combine(_dir, "lettre.hbs"), "<p/>");
        var e = Assert.Throws<DiagnosticException>(() => new TemplateEngine(_dir, default).Render("letre", new { }));
        Assert.Contains("« lettre »", e.Diagnostic.Hint);
    }

    [Fact]
    public void A_partial_is_compiled_when_a_template_names_it_and_its_errors_name_its_file()
    {
        File.WriteAllText(Path.Combine(_dir, "_pied.hbs"), "<p>{{> _signature}}</p>");
        File.WriteAllText(Path.Combine(_dir, "_signature.hbs"), "{{nom}}");
        File.WriteAllText(Path.Combine(_dir, "_casse.hbs"), "{{#each}}{{/each}}");
        Assert.Equal("<p>Camille</p>", Render("{{> _pied}}", Model("nom", "Camille")));
        var e = Assert.Throws<DiagnosticException>(() => Render("{{> _casse}}", Model("nom", "Camille")));
        Assert.Equal(Path.Combine("templates", "_casse.hbs"), e.Diagnostic.File);
    }

    [Fact]
    public void A_partial_that_names_itself_compiles_and_renders_a_tree()
    {
        File.WriteAllText(Path.Combine(_dir, "_noeud.hbs"), "({{nom}}{{#each enfants}}{{> _noeud}}{{/each}})");
        var tree = new Dictionary<string, object?>
        {
            ["nom"] = "a",
            ["enfants"] = new List<object?> { new Dictionary<string, object?> { ["nom"] = "b", ["enfants"] = new List<object?>() } },
        };
        Assert.Equal("(a(b))", Render("{{> _noeud}}", tree));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
