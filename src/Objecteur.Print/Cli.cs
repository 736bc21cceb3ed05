using System.CommandLine;

namespace Objecteur.Print.Cli;

/// <summary>Exit codes: what a script calling <c>objecteur</c> can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The kit's content or templates are at fault; the message says where.</summary>
    public const int ContentError = 1;
    public const int UsageError = 2;
    /// <summary>A bug of ours; the message asks to report it.</summary>
    public const int InternalError = 3;
}

/// <summary>
/// The <c>objecteur</c> command line: parses arguments, runs the pipeline, prints French
/// messages. It contains no layout or content logic of its own.
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, ITerminal? terminal = null)
    {
        var kit = new Option<DirectoryInfo?>("--kit")
        {
            Description = "Dossier du kit (contenant content/ et templates/) ; par défaut le dossier courant.",
            Recursive = true,
        };
        var root = new RootCommand("Objecteur.Print : fabrique les tracts, lettres, livrets et affiches du kit « objecteur·trice du numérique » en PDF prêts à imprimer.");
        root.Options.Add(kit);
        var context = new CommandContext(kit, output, error, terminal);
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(LetterCommand.Create(context));
        root.Subcommands.Add(MergeCommand.Create(context));
        root.Subcommands.Add(CalibrationCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"erreur : {e.Message}");
            error.WriteLine("Tapez « objecteur --help » pour voir les commandes et options.");
            return ExitCodes.UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
