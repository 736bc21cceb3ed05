using System.CommandLine;
using Objecteur.Print.Pipeline;

namespace Objecteur.Print.Cli;

/// <summary>What every command shares: the kit option, the output streams, and one way of
/// turning failures into French messages and exit codes.</summary>
public sealed class CommandContext(Option<DirectoryInfo?> kit, TextWriter output, TextWriter error, ITerminal? terminal)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>The person at the terminal, or null when nobody can answer (script, CI, tests).</summary>
    public ITerminal? Terminal { get; } = terminal;

    /// <summary>Where a command writes: <c>--sortie</c>, or the kit's <c>output/</c>.</summary>
    public static string OutputFolder(ParseResult parse, Option<DirectoryInfo?> option, KitPipeline pipeline) =>
        parse.GetValue(option)?.FullName ?? Path.Combine(pipeline.Kit.Root, "output");

    /// <summary>A path as the user can type it again: relative to where they are.</summary>
    public static string Show(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    public string KitRoot(ParseResult parse) => parse.GetValue(kit)?.FullName ?? Directory.GetCurrentDirectory();

    /// <summary>Runs a command body: a kit error prints its French diagnostic (exit 1); anything
    /// else is our bug, reported without a stack trace unless OBJECTEUR_DEBUG is set (exit 3).</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (DiagnosticException e)
        {
            Error.WriteLine($"erreur : {e.Diagnostic}");
            return ExitCodes.ContentError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"erreur : impossible d'écrire ou de lire un fichier ({e.GetType().Name}).");
            Error.WriteLine("  → vérifiez que le dossier existe, que vous avez le droit d'y écrire et qu'aucun PDF n'est ouvert dans un autre programme.");
            return ExitCodes.ContentError;
        }
        catch (Exception e)
        {
            Error.WriteLine("erreur interne d'Objecteur.Print : ce n'est pas de votre faute.");
            Error.WriteLine("  → signalez-la à l'équipe avec la commande lancée (sans vos données personnelles).");
            if (Environment.GetEnvironmentVariable("OBJECTEUR_DEBUG") is not null) Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
