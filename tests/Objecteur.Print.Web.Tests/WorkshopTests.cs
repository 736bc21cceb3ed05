using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Objecteur.Print.Web.Tests;

/// <summary>Every page and error path of the workshop, on an in-memory server.</summary>
public sealed class WorkshopTests(WorkshopServer server) : IClassFixture<WorkshopServer>
{
    private readonly WorkshopServer _server = server;

    private static IEnumerable<(string, string)> Form(string action, params (string, string)[] values) =>
        values.Append(("action", action));

    /// <summary>The CLI's letter for the same values: <c>objecteur lettre caf-papier --champ …</c>.</summary>
    private byte[] CliLetter(bool blank = false)
    {
        var output = Path.Combine(_server.KitRoot, "cli-" + Guid.NewGuid().ToString("N"));
        var args = new List<string> { "lettre", "caf-papier", "--kit", _server.KitRoot, "--sortie", output };
        if (blank) args.Add("--vierge");
        else foreach (var (key, value) in TestKit.CafValues) args.AddRange(["--champ", $"{key}={value.Replace("\n", "/")}"]);
        var messages = new StringWriter();
        Assert.Equal(0, Objecteur.Print.Cli.Cli.Run(args.ToArray(), messages, messages));
        return File.ReadAllBytes(Path.Combine(output, blank ? "lettre-caf-papier.pdf" : "lettre-caf-papier-remplie.pdf"));
    }

    [Fact]
    public async Task Home_lists_every_kit_document_with_its_facts_thumbnail_and_a_build_button()
    {
        var html = await _server.Html("/");
        Assert.Contains("<html lang=\"fr\">", html);
        var kit = Objecteur.Print.Pipeline.KitPipeline.Open(_server.KitRoot).Kit;
        foreach (var document in kit.Documents)
        {
            Assert.Contains($"action=\"/documents/{document.Id}\"", html);
            Assert.Contains($"src=\"/vignettes/{document.Id}.svg\"", html);
            foreach (var file in document.Files) Assert.Contains($"<code>{file}</code>", html);
        }
        Assert.Contains("210 × 297 mm", html);
        // How to print each file: the catalogue's advice, decoded once (no « &amp;apos; »).
        Assert.Contains("recto verso retourné sur le bord long", html);
        Assert.Contains("plier en deux et agrafer au pli", html);
        Assert.DoesNotContain("&amp;", html);
        using var client = _server.Client();
        var svg = await client.GetAsync($"/vignettes/{kit.Documents[0].Id}.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", await svg.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_answer_forbids_outside_resources_and_caching()
    {
        using var client = _server.Client();
        var response = await client.GetAsync("/");
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        var css = await client.GetAsync("/assets/atelier.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8123")]
    [InlineData("127.0.0.1:9999")]
    [InlineData("192.168.1.10:8123")]
    public async Task A_host_other_than_the_loopback_address_is_refused(string host)
    {
        using var client = _server.Client(host);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Contains("L’atelier ne répond qu’à l’adresse", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Localhost_with_the_right_port_is_accepted()
    {
        using var client = _server.Client("localhost:8123");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lettres")).StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_its_anti_forgery_token_is_refused()
    {
        var content = new FormUrlEncodedContent(TestKit.CafValues.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        var response = await _server.Send("/lettres/caf-papier", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Formulaire expiré", await response.Content.ReadAsStringAsync());
        var build = await _server.Send("/documents/statut-a4", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, build.StatusCode);
    }

    [Fact]
    public async Task Letter_list_links_every_model()
    {
        var html = await _server.Html("/lettres");
        foreach (var id in new[] { "caf-papier", "cpam-mon-espace-sante", "prefecture-alternative" })
            Assert.Contains($"href=\"/lettres/{id}\"", html);
    }

    [Fact]
    public async Task A_first_letter_links_its_follow_ups_and_a_follow_up_its_first_letter()
    {
        var first = await _server.Html("/lettres/caf-papier");
        Assert.Contains("Sans réponse : la lettre suivante", first);
        Assert.Contains("href=\"/lettres/caf-papier-relance\"", first);
        Assert.Contains("href=\"/lettres/caf-mediateur\"", first);
        var followUp = await _server.Html("/lettres/caf-mediateur");
        Assert.Contains("lettre de suite", followUp);
        Assert.Contains("href=\"/lettres/caf-papier\"", followUp);
        Assert.Contains("id=\"champ-date_premiere\"", followUp);
    }

    [Fact]
    public async Task A_follow_up_is_prepared_from_what_was_typed_for_the_first_letter_without_building_it()
    {
        var first = await _server.Html("/lettres/caf-papier");
        Assert.Contains("form=\"formulaire-lettre\" formaction=\"/lettres/caf-papier-relance\" formnovalidate name=\"action\" value=\"reprendre\"", first);
        var response = await _server.Post("/lettres/caf-papier", "/lettres/caf-papier-relance", Form("reprendre", TestKit.CafValues));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("name=\"nom\" value=\"Camille Martin\"", html);
        Assert.Contains("name=\"numero_allocataire\" value=\"7654321\"", html);
        Assert.Contains("4 rue des Tilleuls\n42100 Saint-Étienne</textarea>", html.ReplaceLineEndings("\n"));
        // What the first letter did not have is still to be typed, and nothing is called an error yet.
        Assert.Contains("name=\"date_premiere\" value=\"\"", html);
        Assert.DoesNotContain("La lettre n’a pas pu être fabriquée", html);
        Assert.DoesNotContain("aria-invalid", html);
    }

    [Fact]
    public async Task Letter_form_is_generated_from_the_model_fields_with_labels_hints_and_autocomplete()
    {
        var html = await _server.Html("/lettres/caf-papier");
        foreach (var (key, _) in TestKit.CafValues)
        {
            Assert.Contains($"<label for=\"champ-{key}\">", html);
            Assert.Contains($"id=\"champ-{key}\" name=\"{key}\"", html);
            Assert.Contains($"aria-describedby=\"aide-{key}\"", html);
        }
        Assert.Contains("autocomplete=\"name\"", html);
        Assert.Contains("<textarea id=\"champ-caf_adresse\" name=\"caf_adresse\"", html);
        Assert.Contains("data-max-lignes=\"3\" data-max-caracteres=\"38\"", html);
        Assert.Contains("Exemple : Camille Exemple", html);
        Assert.Contains("href=\"/lettres/caf-papier/vierge\"", html);
    }

    [Fact]
    public async Task Choice_fields_are_radio_buttons_in_a_fieldset()
    {
        var letters = Objecteur.Print.Pipeline.KitPipeline.Open(_server.KitRoot).Letters();
        var model = letters.FirstOrDefault(l => l.Champs.Any(f => f.Type == Content.FieldType.Choix));
        if (model is null) return;
        var field = model.Champs.First(f => f.Type == Content.FieldType.Choix);
        var html = await _server.Html($"/lettres/{model.Id}");
        Assert.Contains("<fieldset", html);
        for (var i = 1; i <= field.Options.Count; i++)
            Assert.Contains($"<input type=\"radio\" id=\"champ-{field.Cle}-{i}\" name=\"{field.Cle}\" value=\"{i}\"", html);
    }

    [Fact]
    public async Task Unknown_letter_and_page_answer_in_french_404()
    {
        Assert.Contains("Page introuvable", await _server.Html("/lettres/inconnue", HttpStatusCode.NotFound));
        Assert.Contains("Page introuvable", await _server.Html("/vignettes/inconnu.svg", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Missing_fields_are_announced_next_to_each_field_and_in_a_summary()
    {
        var response = await _server.Post("/lettres/caf-papier", "/lettres/caf-papier",
            Form("telecharger", TestKit.CafValues.Where(v => v.Key is not ("nom" or "numero_allocataire")).ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("<a href=\"#champ-nom\">Prénom et nom : champ obligatoire manquant : nom</a>", html);
        Assert.Contains("id=\"erreur-numero_allocataire\"", html);
        Assert.Contains("aria-describedby=\"aide-nom erreur-nom\" aria-invalid=\"true\"", html);
        // What was typed comes back in the form, so nothing has to be typed twice.
        Assert.Contains("value=\"CAF de la Loire\"", html);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task An_address_line_too_long_for_the_window_gets_the_cli_message_next_to_its_field()
    {
        var values = TestKit.CafValues.Select(v => v.Key == "caf_adresse"
            ? (v.Key, "Caisse d'allocations familiales, 3 avenue du Président Émile Loubet\n42000 Saint-Étienne") : v).ToArray();
        var response = await _server.Post("/lettres/caf-papier", "/lettres/caf-papier", Form("telecharger", values));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var message = Regex.Match(html, "id=\"erreur-caf_adresse\"><span class=\"prefixe\">Erreur :</span> ([^<]+)</p>").Groups[1].Value;
        Assert.True(message.Length > 0, html);
        Assert.StartsWith("la ligne 4 du bloc destinataire fait 67 caractères (38 au plus, norme NF Z10-011)", message);

        // The CLI says the same.
        var error = new StringWriter();
        Objecteur.Print.Cli.Cli.Run(["lettre", "caf-papier", "--kit", _server.KitRoot, .. values.SelectMany(v => new[] { "--champ", $"{v.Item1}={v.Item2.Replace("\n", "/")}" })], new StringWriter(), error);
        Assert.Contains("la ligne 4 du bloc destinataire fait 67 caractères (38 au plus, norme NF Z10-011)", error.ToString());
    }

    [Fact]
    public async Task The_letter_from_the_form_is_byte_identical_to_the_cli_letter()
    {
        var expected = CliLetter();
        var download = await _server.Post("/lettres/caf-papier", "/lettres/caf-papier", Form("telecharger", TestKit.CafValues));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("lettre-caf-papier-remplie.pdf", download.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains("no-store", download.Headers.CacheControl!.ToString());
        Assert.Equal(expected, await download.Content.ReadAsByteArrayAsync());

        var preview = await _server.Post("/lettres/caf-papier", "/lettres/caf-papier", Form("apercu", TestKit.CafValues));
        Assert.Equal("inline", preview.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(expected, await preview.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_blank_letter_is_the_cli_blank_letter()
    {
        using var client = _server.Client();
        var response = await client.GetAsync("/lettres/caf-papier/vierge");
        Assert.Equal("lettre-caf-papier.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(CliLetter(blank: true), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_large_print_blank_letter_is_the_cli_one()
    {
        using var client = _server.Client();
        var response = await client.GetAsync("/lettres/cnil-plainte/vierge-gros-caracteres");
        Assert.Equal("lettre-cnil-plainte-gros-caracteres.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var output = Path.Combine(_server.KitRoot, "cli-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, Objecteur.Print.Cli.Cli.Run(["lettre", "cnil-plainte", "--vierge", "--gros-caracteres", "--kit", _server.KitRoot, "--sortie", output], new StringWriter(), new StringWriter()));
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "lettre-cnil-plainte-gros-caracteres.pdf")), await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("href=\"/lettres/cnil-plainte/vierge-gros-caracteres\"", await _server.Html("/lettres/cnil-plainte"));
    }

    [Fact]
    public async Task Twenty_concurrent_letters_all_succeed_with_the_cli_bytes()
    {
        var expected = CliLetter();
        var token = await _server.Token("/lettres/caf-papier");
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var content = new FormUrlEncodedContent(Form("telecharger", TestKit.CafValues)
                .Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)).Append(new("__RequestVerificationToken", token)));
            var response = await _server.Send("/lettres/caf-papier", content);
            return (response.StatusCode, Bytes: await response.Content.ReadAsByteArrayAsync());
        }));
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(expected, r.Bytes);
        });
    }

    [Fact]
    public async Task Building_a_document_writes_it_to_output_and_downloads_it()
    {
        var response = await _server.Post("/", "/documents/statut-a4", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(_server.KitRoot, "output", "statut-a4.pdf")), bytes);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_server.KitRoot, "output"), "*.tmp"));

        var booklet = await _server.Post("/", "/documents/livret-a5", []);
        Assert.Equal("application/zip", booklet.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await booklet.Content.ReadAsStreamAsync());
        var files = Objecteur.Print.Pipeline.KitPipeline.Open(_server.KitRoot).Kit.Documents.Single(d => d.Id == "livret-a5").Files;
        Assert.Equal(files.Order(), zip.Entries.Select(e => e.Name).Order());
    }

    // ---- mail merge ----

    private Task<HttpResponseMessage> Upload(string model, string csv, string name = "personnes.csv", bool largePrint = false) => Upload(_server, model, csv, name, largePrint);

    private static async Task<HttpResponseMessage> Upload(WorkshopServer server, string model, string csv, string name, bool largePrint = false)
    {
        var token = await server.Token("/publipostage");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(model), "modele" },
        };
        if (largePrint) content.Add(new StringContent("oui"), "gros-caracteres");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "fichier", name);
        return await server.Send("/publipostage", content);
    }

    private async Task<string> WaitForMerge(HttpResponseMessage started)
    {
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        for (var i = 0; i < 600; i++)
        {
            var html = await _server.Html(location);
            if (!html.Contains("http-equiv=\"refresh\"")) return html;
            await Task.Delay(100);
        }
        throw new TimeoutException("merge did not finish");
    }

    private const string Header = "nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n";
    private const string Good = "Camille Martin;4 rue des Tilleuls / 42100 Saint-Étienne;7654321;CAF de la Loire;3 av Émile Loubet / 42000 Saint-Étienne;Saint-Étienne\n";

    [Fact]
    public async Task Merge_form_lists_models_and_their_columns()
    {
        var html = await _server.Html("/publipostage");
        Assert.Contains("<option value=\"caf-papier\">", html);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Contains("nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville", html);
    }

    [Fact]
    public async Task Merge_lists_skipped_rows_by_spreadsheet_line_and_zips_the_letters()
    {
        var csv = Header + Good
            + "Sans Numéro;1 rue A / 42000 Saint-Étienne;;CAF de la Loire;3 av Émile Loubet / 42000 Saint-Étienne;Saint-Étienne\n"
            + Good
            + "Trop Long;1 rue A / 42000 Saint-Étienne;1;CAF de la Loire;Caisse d'allocations familiales, 3 avenue du Président Émile Loubet / 42000 Saint-Étienne;Saint-Étienne\n";
        var html = WebUtility.HtmlDecode(await WaitForMerge(await Upload("caf-papier", csv)));
        Assert.Contains("2 lettre(s) fabriquée(s), 2 ligne(s) ignorée(s)", html);
        Assert.Contains("<tr><td>3</td><td>champ numero_allocataire manquant</td></tr>", html);
        Assert.Matches("<tr><td>5</td><td>la ligne 4 du bloc destinataire fait", html);
        Assert.DoesNotContain("Sans Numéro", html);

        var link = Regex.Match(html, "href=\"(/publipostage/[0-9a-f]+/lettres.zip)\"").Groups[1].Value;
        using var client = _server.Client();
        var zipResponse = await client.GetAsync(link);
        Assert.Contains("no-store", zipResponse.Headers.CacheControl!.ToString());
        using (var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync()))
            Assert.Equal(["lettre-caf-papier-a-imprimer-01.pdf", "lettre-caf-papier-ligne-00002.pdf", "lettre-caf-papier-ligne-00004.pdf"],
                zip.Entries.Select(e => e.Name).Order());
        // Handed out once, then forgotten.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link)).StatusCode);
        // Nothing of the table was written into the kit.
        Assert.False(Directory.Exists(Path.Combine(_server.KitRoot, "output", "publipostage-caf-papier")));
    }

    [Fact]
    public async Task A_merge_in_large_print_zips_large_print_letters_and_keeps_the_box_ticked_on_an_error()
    {
        var html = WebUtility.HtmlDecode(await WaitForMerge(await Upload("caf-papier", Header + Good + Good, largePrint: true)));
        var link = Regex.Match(html, "href=\"(/publipostage/[0-9a-f]+/lettres.zip)\"").Groups[1].Value;
        using var client = _server.Client();
        using (var zip = new ZipArchive(await (await client.GetAsync(link)).Content.ReadAsStreamAsync()))
        {
            Assert.Equal(["lettre-caf-papier-gros-caracteres-a-imprimer-01.pdf", "lettre-caf-papier-gros-caracteres-ligne-00002.pdf", "lettre-caf-papier-gros-caracteres-ligne-00003.pdf"],
                zip.Entries.Select(e => e.Name).Order());
            using var letter = new MemoryStream();
            using (var entry = zip.GetEntry("lettre-caf-papier-gros-caracteres-ligne-00002.pdf")!.Open()) await entry.CopyToAsync(letter);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(letter.ToArray());
            Assert.All(pdf.GetPage(2).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.True(l.PointSize >= 16 - 0.01 || l.BoundingBox.Top > pdf.GetPage(2).Height - 25 * 72 / 25.4, $"« {l.Value} » en {l.PointSize} pt"));
        }
        var refused = await Upload("caf-papier", "", largePrint: true);
        Assert.Matches("id=\"gros-caracteres\"[^>]* checked", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Merge_progress_has_a_status_endpoint_and_a_refreshing_page()
    {
        var started = await Upload("caf-papier", Header + string.Concat(Enumerable.Repeat(Good, 30)));
        var location = started.Headers.Location!.ToString();
        using var client = _server.Client();
        var state = await client.GetStringAsync(location + "/etat");
        Assert.Matches("^\\{\"lues\":\\d+,\"total\":30,\"fini\":(true|false)\\}$", state);
        Assert.Contains("30 lettre(s) fabriquée(s)", await WaitForMerge(started));
    }

    [Fact]
    public async Task A_misspelt_column_refuses_the_table_with_the_cli_message()
    {
        var response = await Upload("caf-papier", "nom;adrese\nA;B\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("personnes.csv, ligne 1, colonne 2 : colonne « adrese » inconnue pour le modèle « caf-papier »", html);
        Assert.Contains("id=\"erreur-fichier\"", html);
    }

    [Fact]
    public async Task Merge_without_a_model_or_a_file_says_so()
    {
        var response = await Upload("", Header + Good);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"erreur-modele\"", await response.Content.ReadAsStringAsync());
        var empty = await Upload("caf-papier", "");
        Assert.Contains("le fichier est vide", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Too_large_upload_gets_a_french_error()
    {
        await using var small = WorkshopServer.With(o => o with { MaxUploadBytes = 4096 });
        var response = await Upload(small, "caf-papier", Header + string.Concat(Enumerable.Repeat(Good, 1000)), "gros.csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Fichier trop gros", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Too_many_rows_get_a_french_error()
    {
        await using var small = WorkshopServer.With(o => o with { MaxRows = 3 });
        var response = await Upload(small, "caf-papier", Header + string.Concat(Enumerable.Repeat(Good, 4)), "t.csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4 lignes : l’atelier en prend 3 au plus", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_letter_text_reads_back_from_the_pdf()
    {
        var download = await _server.Post("/lettres/caf-papier", "/lettres/caf-papier", Form("telecharger", TestKit.CafValues));
        using var pdf = PdfDocument.Open(await download.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPage(1).GetWords().Select(w => w.Text + " "));
        Assert.Contains("Camille", text);
        Assert.Contains("7654321", text);
    }
}
