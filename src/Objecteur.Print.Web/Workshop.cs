using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Objecteur.Print.Kinds;

namespace Objecteur.Print.Web;

/// <summary>Settings of a workshop server.</summary>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
public sealed record WorkshopOptions(string KitRoot, int Port = 0)
{
    /// <summary>Build the kit's documents for the home page as soon as the server starts
    /// (the command does; tests that do not need the home page save the work).</summary>
    public bool WarmUp { get; init; }

    /// <summary>Largest table a mail merge accepts, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Most rows a mail merge accepts (the command line has no limit).</summary>
    public int MaxRows { get; init; } = 2000;

    /// <summary>Letters per gathered print file, as <c>--par-fichier</c>.</summary>
    public int LettersPerPrintFile { get; init; } = 500;
}

/// <summary>
/// <c>objecteur atelier</c>: a local web server (Kestrel, 127.0.0.1 only) with the kit's pages:
/// home (the kit's documents), one form per letter model, the mail merge. Sender data is only in
/// the memory of the request that uses it; nothing is logged but warnings, which never hold values.
/// </summary>
public sealed class Workshop : IAsyncDisposable
{
    private readonly WorkshopOptions _options;
    private readonly PageRenderer _pages = new();
    private readonly MergeJobs _jobs = new();
    private int _port;

    public WorkshopKit Kit { get; }
    public WebApplication App { get; }

    private Workshop(WorkshopOptions options, Action<IWebHostBuilder>? configure)
    {
        _options = options;
        _port = options.Port;
        Kit = new WorkshopKit(options.KitRoot).Start(warmUp: false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Warnings only, on standard error (standard output starts with the address); no
        // request is logged, so no value typed in a form can reach a log.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        // Anti-forgery keys live in memory for the life of the server: nothing under ~/.aspnet.
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + 8 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxUploadBytes + 8 * 1024;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxUploadBytes);
        });
        builder.Services.AddAntiforgery(a => a.Cookie.Name = "atelier-jeton");
        configure?.Invoke(builder.WebHost);
        App = builder.Build();
        App.UseExceptionHandler(error => error.Run(context => Page(context, "erreur", new() { ["interne"] = true }, 500)));
        App.Use(Guard);
        App.UseAntiforgery();
        Routes(App);
    }

    /// <summary>Makes a workshop; <paramref name="configure"/> lets tests use an in-memory server.</summary>
    public static Workshop Create(WorkshopOptions options, Action<IWebHostBuilder>? configure = null) => new(options, configure);

    /// <summary>Starts listening; returns the address to open (<c>http://127.0.0.1:PORT/</c>).</summary>
    public async Task<Uri> StartAsync(CancellationToken cancel = default)
    {
        await App.StartAsync(cancel);
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is not null && Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Port > 0) _port = uri.Port;
        // The home page's documents are built once listening, so the address comes first.
        if (_options.WarmUp) _ = Kit.Catalogue();
        return Address;
    }

    public Uri Address => new($"http://127.0.0.1:{_port}/");

    /// <summary>Returns when the server stops (Ctrl-C, or <paramref name="cancel"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel) => App.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <summary>Refuses a Host header other than the loopback address listened on (DNS
    /// rebinding: a web page elsewhere cannot reach the workshop through a name of its own), and
    /// sets the headers every answer carries.</summary>
    private async Task Guard(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Host;
        var port = host.Port ?? 80;
        if (port != _port || host.Host is not ("127.0.0.1" or "localhost"))
        {
            await Page(context, "erreur", new() { ["hote"] = true, ["adresse"] = Address.ToString() }, StatusCodes.Status421MisdirectedRequest);
            return;
        }
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-store";
        await next(context);
    }

    private void Routes(WebApplication app)
    {
        app.MapGet("/", Home);
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            var bytes = PageRenderer.Asset(name);
            if (bytes is null) return Page(context, "erreur", new() { ["introuvable"] = true }, 404);
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(bytes, name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8").ExecuteAsync(context);
        });
        app.MapGet("/vignettes/{id}.svg", async (string id, HttpContext context) =>
        {
            var entry = (await Kit.Catalogue()).FirstOrDefault(e => e.Id == id);
            if (entry is null) { await Page(context, "erreur", new() { ["introuvable"] = true }, 404); return; }
            context.Response.ContentType = "image/svg+xml";
            await context.Response.WriteAsync(Thumbnail.Svg(entry.FirstPage));
        });
        app.MapPost("/documents/{id}", BuildDocument);
        app.MapGet("/lettres", Letters);
        app.MapGet("/lettres/{id}", (string id, HttpContext context) => LetterForm(context, id, null, []));
        app.MapPost("/lettres/{id}", FillLetter);
        app.MapGet("/lettres/{id}/vierge", (string id, HttpContext context) => BlankLetter(id, context, null));
        app.MapGet("/lettres/{id}/vierge-gros-caracteres", (string id, HttpContext context) => BlankLetter(id, context, Edition.LargePrint));
        app.MapGet("/publipostage", (HttpContext context) => MergeForm(context, null, false, []));
        app.MapPost("/publipostage", StartMerge);
        app.MapGet("/publipostage/{job}", MergeStatus);
        app.MapGet("/publipostage/{job}/etat", MergeState);
        app.MapGet("/publipostage/{job}/lettres.zip", MergeZip);
        app.MapGet("/collectif", (HttpContext context) => Organisation(context, [], context.Request.Query.ContainsKey("enregistre")));
        app.MapPost("/collectif", SaveOrganisation);
        app.MapGet("/collectif/apercu.svg", (HttpContext context) =>
        {
            context.Response.ContentType = "image/svg+xml";
            return context.Response.WriteAsync(Thumbnail.Svg(Kit.OrganisationPreview()));
        });
        app.MapFallback((HttpContext context) => Page(context, "erreur", new() { ["introuvable"] = true }, 404));
    }

    // ---- pages ----

    private Task Page(HttpContext context, string page, Dictionary<string, object?> model, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        model["organisation"] = Kit.OrganisationName;
        if (context.RequestServices.GetService<IAntiforgery>() is { } antiforgery && status < 500)
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            model["jeton_nom"] = tokens.FormFieldName;
            model["jeton"] = tokens.RequestToken;
        }
        return context.Response.WriteAsync(_pages.Render(page, model));
    }

    private async Task Home(HttpContext context)
    {
        var fr = WorkshopKit.FrenchNumbers;
        var entries = (await Kit.Catalogue()).Select(e => new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["titre"] = e.Title,
            ["fichiers"] = e.Files.Select(f => new Dictionary<string, object?>
            {
                ["nom"] = f.Name,
                ["titre"] = f.Title,
                ["pages"] = f.Pages,
                ["pluriel"] = f.Pages > 1,
                ["ko"] = Math.Max(1, (int)Math.Round(f.Bytes / 1024.0)).ToString("N0", fr),
                ["format"] = f.Format,
                ["conseil"] = f.Advice,
            }).ToList(),
            ["plusieurs"] = e.Files.Count > 1,
        }).ToList();
        await Page(context, "accueil", new() { ["documents"] = entries, ["nombre"] = entries.Count });
    }

    private async Task BuildDocument(string id, HttpContext context)
    {
        if (await ReadForm(context) is null) return;
        var files = await Kit.BuildDocument(id);
        if (files is null) { await Page(context, "erreur", new() { ["introuvable"] = true }, 404); return; }
        if (files.Count == 1)
        {
            await Download(context, files[0].Name, files[0].Pdf, "application/pdf", inline: false);
            return;
        }
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, pdf) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(pdf);
            }
        await Download(context, id + ".zip", memory.ToArray(), "application/zip", inline: false);
    }

    private static Task Download(HttpContext context, string name, byte[] bytes, string type, bool inline)
    {
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentDisposition = $"{(inline ? "inline" : "attachment")}; filename=\"{name}\"";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }

    private Task Letters(HttpContext context) =>
        Page(context, "lettres", new()
        {
            ["lettres"] = Kit.Letters().Select(l => new Dictionary<string, object?>
            {
                ["id"] = l.Id,
                ["titre"] = l.Titre,
                ["description"] = l.Description,
                ["recommande"] = l.Recommande,
            }).ToList(),
        });

    private Task LetterForm(HttpContext context, string id, IFormCollection? form, IReadOnlyList<FieldError> errors)
    {
        var letter = Kit.Letter(id);
        if (letter is null) return Page(context, "erreur", new() { ["introuvable"] = true }, 404);
        return Page(context, "lettre", LetterPage.Model(letter, Kit.Letters(), form, errors), errors.Count > 0 ? 422 : 200);
    }

    private async Task FillLetter(string id, HttpContext context)
    {
        var form = await ReadForm(context);
        if (form is null) return;
        var letter = Kit.Letter(id);
        if (letter is null) { await Page(context, "erreur", new() { ["introuvable"] = true }, 404); return; }
        // Carried over from the first letter's form to a follow-up's: shown to be completed, not built.
        if (form["action"] == "reprendre") { await LetterForm(context, id, form, []); return; }
        var result = Kit.FilledLetter(letter, key => form.TryGetValue(key, out var v) ? v.ToString() : null,
            LetterPage.WantsLargePrint(form) ? Edition.LargePrint : null);
        if (result.Pdf is null) { await LetterForm(context, id, form, result.Errors); return; }
        await Download(context, result.FileName, result.Pdf, "application/pdf", inline: form["action"] == "apercu");
    }

    private async Task BlankLetter(string id, HttpContext context, Edition? edition)
    {
        var letter = Kit.Letter(id);
        if (letter is null) { await Page(context, "erreur", new() { ["introuvable"] = true }, 404); return; }
        var (name, pdf) = Kit.BlankLetter(letter, edition);
        await Download(context, name, pdf, "application/pdf", inline: false);
    }

    /// <summary>The posted form once its anti-forgery token is checked; null when the request
    /// was refused (a French page has then been written).</summary>
    private async Task<IFormCollection?> ReadForm(HttpContext context)
    {
        IFormCollection form;
        try
        {
            if (context.Request.ContentLength > _options.MaxUploadBytes + 8 * 1024) throw new InvalidDataException();
            form = await context.Request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            await Page(context, "erreur", new() { ["trop_gros"] = true, ["limite"] = Megabytes(_options.MaxUploadBytes) }, StatusCodes.Status413PayloadTooLarge);
            return null;
        }
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            await Page(context, "erreur", new() { ["jeton_refuse"] = true }, StatusCodes.Status400BadRequest);
            return null;
        }
        return form;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", WorkshopKit.FrenchNumbers);

    // ---- « Mon collectif » ----

    private Task Organisation(HttpContext context, IReadOnlyList<FieldError> errors, bool saved, IReadOnlyDictionary<string, IReadOnlyList<string>>? typed = null) =>
        Page(context, "collectif", OrganisationPage.Model(typed ?? Kit.OrganisationValues(), errors, saved), errors.Count > 0 ? 422 : 200);

    private async Task SaveOrganisation(HttpContext context)
    {
        var form = await ReadForm(context);
        if (form is null) return;
        var values = OrganisationPage.Values(form);
        var typed = values.ToDictionary(v => v.Key, v => v.Lines);
        var errors = OrganisationPage.Check(values);
        if (errors.Count == 0 && Kit.SaveOrganisation(values) is { } problem)
            errors = [new FieldError(null, problem.ToString().Split('\n')[0], problem.Hint)];
        if (errors.Count > 0) { await Organisation(context, errors, saved: false, typed); return; }
        context.Response.Redirect("/collectif?enregistre=1");
    }

    // ---- mail merge ----

    private Task MergeForm(HttpContext context, string? chosen, bool largePrint, IReadOnlyList<FieldError> errors, int status = 200) =>
        Page(context, "publipostage", new()
        {
            ["lettres"] = Kit.Letters().Select(l => new Dictionary<string, object?>
            {
                ["id"] = l.Id,
                ["titre"] = l.Titre,
                ["choisie"] = l.Id == chosen,
                ["colonnes"] = string.Join(";", l.Champs.Select(f => f.Cle)),
            }).ToList(),
            ["erreurs"] = errors.Select(e => new Dictionary<string, object?> { ["cle"] = e.Key, ["message"] = e.Message, ["conseil"] = e.Hint }).ToList(),
            ["erreur_modele"] = errors.FirstOrDefault(e => e.Key == "modele") is { } m ? Error(m) : null,
            ["erreur_fichier"] = errors.FirstOrDefault(e => e.Key == "fichier") is { } f ? Error(f) : null,
            ["max_lignes"] = _options.MaxRows.ToString("N0", WorkshopKit.FrenchNumbers),
            ["limite"] = Megabytes(_options.MaxUploadBytes),
            ["gros_caracteres"] = largePrint,
        }, status);

    private static Dictionary<string, object?> Error(FieldError e) => new() { ["message"] = e.Message, ["conseil"] = e.Hint };

    private async Task StartMerge(HttpContext context)
    {
        var form = await ReadForm(context);
        if (form is null) return;
        var letter = Kit.Letter(form["modele"].ToString());
        var file = form.Files.GetFile("fichier");
        var chosen = letter?.Id;
        var largePrint = LetterPage.WantsLargePrint(form);
        if (letter is null)
        {
            await MergeForm(context, chosen, largePrint, [new FieldError("modele", "choisissez le modèle de lettre", "")], 422);
            return;
        }
        if (file is { Length: var length } && length > _options.MaxUploadBytes)
        {
            await Page(context, "erreur", new() { ["trop_gros"] = true, ["limite"] = Megabytes(_options.MaxUploadBytes) }, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (file is null || file.Length == 0)
        {
            await MergeForm(context, chosen, largePrint, [new FieldError("fichier", "le fichier est vide", "la première ligne nomme les colonnes (ex. nom;adresse;ville), puis une ligne par personne.")], 422);
            return;
        }
        string csv;
        using (var reader = new StreamReader(file.OpenReadStream(), detectEncodingFromByteOrderMarks: true))
            csv = await reader.ReadToEndAsync();
        var name = Path.GetFileName(file.FileName);
        int rows;
        try
        {
            rows = WorkshopKit.CountRows(letter, csv, name);
        }
        catch (DiagnosticException e)
        {
            await MergeForm(context, chosen, largePrint, [new FieldError("fichier", e.Diagnostic.ToString().Split('\n')[0], e.Diagnostic.Hint)], 422);
            return;
        }
        if (rows > _options.MaxRows)
        {
            await MergeForm(context, chosen, largePrint, [new FieldError("fichier", $"{rows} lignes : l’atelier en prend {_options.MaxRows} au plus",
                "coupez le tableau en plusieurs fichiers, ou utilisez la commande « objecteur publipostage », qui n’a pas de limite.")], 413);
            return;
        }
        var edition = largePrint ? Edition.LargePrint : null;
        var job = _jobs.Start(letter, rows, progress => Kit.Merge(letter, csv, name, _options.LettersPerPrintFile, progress, edition));
        context.Response.Redirect($"/publipostage/{job}", permanent: false);
    }

    private Task MergeStatus(string job, HttpContext context)
    {
        if (_jobs.Get(job) is not { } state) return Page(context, "erreur", new() { ["introuvable"] = true }, 404);
        var done = state.Outcome is not null;
        return Page(context, "publipostage-suivi", new()
        {
            ["job"] = job,
            ["titre_lettre"] = state.Letter.Titre,
            ["fini"] = done,
            ["echec"] = state.Failed,
            ["rafraichir"] = done || state.Failed ? null : "2",
            ["script"] = !done,
            ["lues"] = state.Rows,
            ["total"] = state.Total,
            ["ecrites"] = state.Outcome?.Written ?? state.Written,
            ["ignorees"] = state.Outcome?.Skipped.Select(s => new Dictionary<string, object?> { ["ligne"] = s.Line, ["raison"] = s.Reason }).ToList(),
            ["nombre_ignorees"] = state.Outcome?.Skipped.Count ?? 0,
            ["zip_disponible"] = done && state.Outcome!.Written > 0,
        });
    }

    private Task MergeState(string job, HttpContext context)
    {
        if (_jobs.Get(job) is not { } state) { context.Response.StatusCode = 404; return Task.CompletedTask; }
        context.Response.ContentType = "application/json";
        var done = state.Outcome is not null || state.Failed;
        return context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
            $"{{\"lues\":{state.Rows},\"total\":{state.Total},\"fini\":{(done ? "true" : "false")}}}"));
    }

    private Task MergeZip(string job, HttpContext context)
    {
        if (_jobs.Take(job) is not { } outcome) return Page(context, "erreur", new() { ["introuvable"] = true }, 404);
        return Download(context, "publipostage.zip", outcome.Zip, "application/zip", inline: false);
    }
}
