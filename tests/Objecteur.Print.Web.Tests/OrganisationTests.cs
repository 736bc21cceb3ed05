using System.Net;

namespace Objecteur.Print.Web.Tests;

/// <summary>« Mon collectif »: kit.yaml's organisation block edited from the workshop.</summary>
public sealed class OrganisationTests : IAsyncLifetime
{
    private WorkshopServer _server = null!;
    private string KitFile => Path.Combine(_server.KitRoot, "content", "kit.yaml");

    public Task InitializeAsync()
    {
        _server = new WorkshopServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_page_shows_the_current_settings_in_labelled_fields()
    {
        var html = await _server.Html("/collectif");
        Assert.Contains("<label for=\"champ-nom\">Nom du collectif", html);
        Assert.Contains("value=\"Halte au contrôle numérique\"", html);
        Assert.Contains("value=\"halteaucontrolenumerique.fr\"", html);
        Assert.Contains("<textarea id=\"champ-adresse\"", html);
        Assert.Contains("autocomplete=\"organization\"", html);
    }

    [Fact]
    public async Task Saving_changes_only_the_organisation_lines_of_kit_yaml_and_shows_the_result()
    {
        var before = File.ReadAllText(KitFile);
        var response = await _server.Post("/collectif", "/collectif",
            [("nom", "Collectif du Vieux-Lyon"), ("site_web", "halteaucontrolenumerique.fr"), ("adresse", "3 place de la Mairie\n42000 Saint-Étienne"), ("courriel", "HalteauControleNumerique@protonmail.com")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/collectif?enregistre=1", response.Headers.Location!.ToString());
        var after = File.ReadAllText(KitFile);
        var values = KitYamlEditor.Read(after, "organisation");
        Assert.Equal("Collectif du Vieux-Lyon", values["nom"].Single());
        Assert.Equal(["3 place de la Mairie", "42000 Saint-Étienne"], values["adresse"]);
        // Every line of the file but the edited ones is still there, in order.
        var kept = before.Split('\n').Where(l => !l.StartsWith("  nom:", StringComparison.Ordinal)).ToList();
        var now = after.Split('\n').Where(l => !l.StartsWith("  nom:", StringComparison.Ordinal) && !l.StartsWith("  adresse:", StringComparison.Ordinal) && !l.StartsWith("    - ", StringComparison.Ordinal)).ToList();
        Assert.Equal(kept.Where(l => !l.StartsWith("    - ", StringComparison.Ordinal)), now);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(KitFile)!, "*.tmp"));

        var page = await _server.Html("/collectif?enregistre=1");
        Assert.Contains("C’est enregistré", page);
        Assert.Contains("value=\"Collectif du Vieux-Lyon\"", page);
        Assert.Contains("Collectif du Vieux-Lyon", await _server.Html("/collectif/apercu.svg"));
        Assert.Contains("Collectif du Vieux-Lyon", await _server.Html("/"));
    }

    [Fact]
    public async Task A_missing_name_is_refused_next_to_its_field_and_kit_yaml_is_untouched()
    {
        var before = File.ReadAllText(KitFile);
        var response = await _server.Post("/collectif", "/collectif", [("nom", "  "), ("site_web", "exemple.org")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"erreur-nom\"", html);
        Assert.Contains("champ obligatoire manquant : nom", html);
        Assert.Contains("value=\"exemple.org\"", html);
        Assert.Equal(before, File.ReadAllText(KitFile));
    }

    [Fact]
    public async Task Saving_without_the_anti_forgery_token_is_refused()
    {
        var before = File.ReadAllText(KitFile);
        var response = await _server.Send("/collectif", new FormUrlEncodedContent([new("nom", "Pirate")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, File.ReadAllText(KitFile));
    }
}
