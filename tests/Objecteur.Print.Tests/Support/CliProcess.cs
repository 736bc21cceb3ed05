using System.Diagnostics;

namespace Objecteur.Print.Tests.Support;

/// <summary>Runs the built <c>objecteur</c> in a process of its own, for what one process
/// cannot change for itself (globalization mode, environment variables) without disturbing
/// the tests running beside it.</summary>
public static class CliProcess
{
    public static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "objecteur.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
