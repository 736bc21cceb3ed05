using Objecteur.Print.Cli;

namespace Objecteur.Print.Tests.Cli;

/// <summary>Runs <c>objecteur</c> in-process, capturing its exit code and both streams.</summary>
internal static class CliRunner
{
    /// <param name="workingDirectory">Where the user stands (the kit is looked for there); the process's by default.</param>
    /// <param name="kitStore">Where the embedded kit is kept: by default a folder of the test run's, not the user's.</param>
    public static (int Code, string Out, string Err) Run(string[] args, ITerminal? terminal = null, string? workingDirectory = null, string? kitStore = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Objecteur.Print.Cli.Cli.Run(args, output, error, terminal, workingDirectory ?? Directory.GetCurrentDirectory(), kitStore ?? Store.Value);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The test run's kit store, removed when the run ends.</summary>
    private static readonly Lazy<string> Store = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("objecteur-tests-store-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } };
        return folder;
    });
}
