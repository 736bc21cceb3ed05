using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace Objecteur.Print.Web.Tests;

/// <summary>A copy of the repository's kit in a temporary folder (so building writes there, not
/// in the repository's output/), and a fixed build date so the web and the CLI give the same bytes.</summary>
public static class TestKit
{
    public const string Epoch = "1764547200";

    static TestKit() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", Epoch);

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Objecteur.Print.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Objecteur.Print.sln not found above the test binaries");
    }

    /// <summary>A fresh copy of content/ and templates/.</summary>
    public static string Copy()
    {
        _ = RepositoryRoot;
        var root = Path.Combine(Path.GetTempPath(), "objecteur-web-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "content", "templates" }) CopyDirectory(Path.Combine(RepositoryRoot, folder), Path.Combine(root, folder));
        return root;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    /// <summary>Values for the CAF letter, as a form sends them and as <c>--champ</c> takes them.</summary>
    public static readonly (string Key, string Value)[] CafValues =
    [
        ("nom", "Camille Martin"),
        ("adresse", "4 rue des Tilleuls\n42100 Saint-Étienne"),
        ("numero_allocataire", "7654321"),
        ("caf_nom", "CAF de la Loire"),
        ("caf_adresse", "3 avenue Émile Loubet\n42000 Saint-Étienne"),
        ("ville", "Saint-Étienne"),
    ];
}

/// <summary>The workshop on an in-memory server, with a client that keeps the anti-forgery cookie.</summary>
public sealed class WorkshopServer : IAsyncDisposable, IAsyncLifetime
{
    public WorkshopServer() : this(null) { }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public const int Port = 8123;
    public Workshop Workshop { get; }
    public string KitRoot { get; }
    private readonly TestServer _server;
    private string? _cookie;

    public static WorkshopServer With(Func<WorkshopOptions, WorkshopOptions> options) => new(options);

    private WorkshopServer(Func<WorkshopOptions, WorkshopOptions>? options)
    {
        KitRoot = TestKit.Copy();
        var settings = new WorkshopOptions(KitRoot, Port);
        Workshop = Workshop.Create(options?.Invoke(settings) ?? settings, web => web.UseTestServer());
        Workshop.StartAsync().GetAwaiter().GetResult();
        _server = Workshop.App.GetTestServer();
    }

    public HttpClient Client(string host = "127.0.0.1:8123")
    {
        var client = _server.CreateClient();
        client.BaseAddress = new Uri($"http://{host}/");
        return client;
    }

    /// <summary>GETs a page, keeps its anti-forgery cookie, and returns its form token.</summary>
    public async Task<string> Token(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            _cookie = string.Join("; ", cookies.Select(c => c.Split(';')[0]));
        var html = await response.Content.ReadAsStringAsync();
        return Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    /// <summary>POSTs a form with the token and cookie of <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> Post(string formPage, string path, IEnumerable<(string, string)> fields)
    {
        var token = await Token(formPage);
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))
            .Append(new("__RequestVerificationToken", token)));
        return await Send(path, content);
    }

    public async Task<HttpResponseMessage> Send(string path, HttpContent content)
    {
        using var client = Client();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (_cookie is not null) request.Headers.Add("Cookie", _cookie);
        return await client.SendAsync(request);
    }

    public async Task<string> Html(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Workshop.DisposeAsync();
        try { Directory.Delete(KitRoot, recursive: true); } catch (IOException) { }
    }
}
