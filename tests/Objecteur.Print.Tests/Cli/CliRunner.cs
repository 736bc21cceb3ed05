using Objecteur.Print.Cli;

namespace Objecteur.Print.Tests.Cli;

/// <summary>Runs <c>objecteur</c> in-process, capturing its exit code and both streams.</summary>
internal static class CliRunner
{
    /// <param name="workingDirectory">Where the user stands (the kit is looked for there); the process's by default.</param>
    public static (int Code, string Out, string Err) Run(string[] args, ITerminal? terminal = null, string? workingDirectory = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Objecteur.Print.Cli.Cli.Run(args, output, error, terminal, workingDirectory ?? Directory.GetCurrentDirectory());
        return (code, output.ToString(), error.ToString());
    }
}
