using System.CommandLine;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;

namespace Objecteur.Print.Cli;

/// <summary>A mistake on the command line found after parsing (an unknown document, model or
/// press profile, a malformed <c>--champ</c>, a wrong <c>--kit</c>): French message, exit 2.</summary>
public sealed class UsageException(string message, string hint = "") : Exception(message)
{
    public string Hint { get; } = hint;
}

/// <summary>What every command shares: the kit option, the output streams, and one way of
/// turning failures into French messages and exit codes.</summary>
public sealed class CommandContext(Option<DirectoryInfo?> kit, TextWriter output, TextWriter error, ITerminal? terminal, string workingDirectory, string? kitStore)
    : IDisposable
{

    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>The person at the terminal, or null when nobody can answer (script, CI, tests).</summary>
    public ITerminal? Terminal { get; } = terminal;

    /// <summary>Where the user is: the kit is looked for here first.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    private KitLocation? _kit;

    /// <summary>Where a command writes: <c>--sortie</c>, or <c>output/</c> in the kit (in the
    /// working directory for the kit embedded in the program).</summary>
    public string OutputFolder(ParseResult parse, Option<DirectoryInfo?> option) =>
        parse.GetValue(option)?.FullName ?? Path.Combine(Kit(parse).OutputRoot, "output");

    /// <summary>A path as the user can type it again: relative to where they are when it is below
    /// it, whole otherwise.</summary>
    public static string Show(string path)
    {
        if (CurrentDirectory() is not { } here) return Path.GetFullPath(path);
        var relative = Path.GetRelativePath(here, path);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    /// <summary>The process's current folder, or null when it no longer exists (deleted or moved
    /// while a terminal was still in it), where .NET throws.</summary>
    public static string? CurrentDirectory()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The kit's folder: <c>--kit</c> (exit 2 if it holds no kit), else the working
    /// directory, else the folder of the program, else the kit embedded in the program.</summary>
    /// <param name="written">The command writes into the kit (the workshop: kit.yaml, output/): the
    /// embedded kit is then a copy of the run's own, not the one kept for every run, which the next
    /// run would set back.</param>
    public string KitRoot(ParseResult parse, bool written = false) => Kit(parse, written).Root;

    public KitLocation Kit(ParseResult parse, bool written = false)
    {
        if (_kit is not null) return _kit;
        _kit = KitLocation.Find(parse.GetValue(kit)?.FullName, WorkingDirectory, AppContext.BaseDirectory, written ? null : kitStore);
        if (_kit.Embedded)
            Error.WriteLine($"(aucun kit ici : le programme utilise son kit intégré ; « {Cli.Name} nouveau-kit DOSSIER » l'écrit pour le modifier)");
        return _kit;
    }

    /// <summary>The kit's letter model of this id, or a usage error suggesting the closest one.</summary>
    public static Content.LetterModel Letter(KitPipeline pipeline, string id)
    {
        pipeline.PrepareLetter(id);
        var letters = pipeline.Letters();
        return letters.FirstOrDefault(l => l.Id == id) ?? throw new UsageException($"modèle de lettre « {id} » inconnu",
            Suggest.Hint(id, letters.Select(l => l.Id).ToList()) + $" (la liste : « {Cli.Name} list »)");
    }

    /// <summary>A file named on the command line must exist (exit 2 otherwise).</summary>
    public static FileInfo Existing(FileInfo file, string option, string what) =>
        file.Exists ? file : throw new UsageException($"{option} : fichier « {Show(file.FullName)} » introuvable",
            $"vérifiez le nom et le dossier {what}.");

    /// <summary>Writes a PDF without ever leaving half a file; a failure names the path.</summary>
    public static void Write(string path, byte[] pdf)
    {
        try
        {
            AtomicFile.WriteAllBytes(path, pdf);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileAccessFailure(path, writing: true, e);
        }
    }

    /// <summary>Runs a command body: a kit error prints its French diagnostic (exit 1), a command
    /// line mistake its French message (exit 2); anything else is our bug, reported without a stack
    /// trace unless OBJECTEUR_DEBUG is set (exit 3).</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Error.WriteLine(string.IsNullOrEmpty(e.Hint) ? $"erreur : {e.Message}" : $"erreur : {e.Message}\n  → {e.Hint}");
            return ExitCodes.UsageError;
        }
        catch (DiagnosticException e)
        {
            Error.WriteLine($"erreur : {e.Diagnostic}");
            return ExitCodes.ContentError;
        }
        catch (FileAccessFailure e)
        {
            Error.WriteLine($"erreur : {e.Message}");
            Error.WriteLine($"  → {e.Hint}");
            return ExitCodes.ContentError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var failure = FileAccessFailure.From(e);
            Error.WriteLine($"erreur : {failure.Message}");
            Error.WriteLine($"  → {failure.Hint}");
            return ExitCodes.ContentError;
        }
        catch (Exception e)
        {
            return InternalError(e);
        }
    }

    internal int InternalError(Exception e)
    {
        Error.WriteLine("erreur interne d'Objecteur.Print : ce n'est pas de votre faute.");
        Error.WriteLine("  → signalez-la à l'équipe avec la commande lancée (sans vos données personnelles).");
        if (Environment.GetEnvironmentVariable("OBJECTEUR_DEBUG") is not null) Error.WriteLine(e);
        return ExitCodes.InternalError;
    }

    /// <summary>Removes the embedded kit's temporary copy, if one was made.</summary>
    public void Dispose() => _kit?.Dispose();
}
