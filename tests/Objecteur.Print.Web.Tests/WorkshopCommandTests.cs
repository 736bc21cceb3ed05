using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;

namespace Objecteur.Print.Web.Tests;

/// <summary><c>objecteur atelier</c> as a person starts it: its own process, the address as the
/// first line of standard output, a page served, and a clean stop on Ctrl-C (SIGINT).</summary>
public sealed class WorkshopCommandTests
{
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [Fact]
    public async Task Atelier_prints_its_address_first_serves_pages_and_stops_on_ctrl_c()
    {
        var kit = TestKit.Copy();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "objecteur.dll"));
        foreach (var arg in new[] { "atelier", "--port", "0", "--sans-navigateur", "--kit", kit }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120));
            Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/$", first);
            using var client = new HttpClient { BaseAddress = new Uri(first!) };
            var page = await client.GetAsync("lettres");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Une lettre à une administration", await page.Content.ReadAsStringAsync());

            Assert.Equal(0, kill(process.Id, 2));
            Assert.True(process.WaitForExit(30_000), "the workshop did not stop on SIGINT");
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Atelier arrêté.", await process.StandardOutput.ReadToEndAsync());
            Assert.DoesNotContain("Camille", await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            Directory.Delete(kit, recursive: true);
        }
    }

    [Fact]
    public void A_port_out_of_range_is_a_usage_error_in_french()
    {
        var error = new StringWriter();
        Assert.Equal(2, Objecteur.Print.Cli.Cli.Run(["atelier", "--port", "70000", "--sans-navigateur", "--kit", TestKit.RepositoryRoot], new StringWriter(), error));
        Assert.Contains("--port attend un numéro entre 0 et 65535", error.ToString());
    }
}
