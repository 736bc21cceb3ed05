using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace Objecteur.Print.Cli;

/// <summary>Exit codes: what a script calling <c>objecteur</c> can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The kit's content or templates are at fault; the message says where.</summary>
    public const int ContentError = 1;
    /// <summary>The command line is at fault: unknown command, option, document, model or press
    /// profile, a malformed value, a missing or wrong <c>--kit</c>.</summary>
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
    /// <summary>The program's name as people type it, whatever the executable is called.</summary>
    public const string Name = "objecteur";

    public static int Run(string[] args, TextWriter output, TextWriter error, ITerminal? terminal = null)
    {
        if (CommandContext.CurrentDirectory() is { } here) return Run(args, output, error, terminal, here);
        // The terminal is still in a folder that was deleted or moved: nothing can be found or written.
        error.WriteLine("erreur : le dossier où vous êtes n'existe plus (il a été supprimé ou déplacé)");
        error.WriteLine("  → allez dans un dossier qui existe (par exemple « cd » tout seul, pour votre dossier personnel), puis relancez la commande.");
        return ExitCodes.ContentError;
    }

    /// <param name="workingDirectory">Where the kit is looked for when <c>--kit</c> is absent, and
    /// where the embedded kit's <c>output/</c> goes (tests give their own).</param>
    internal static int Run(string[] args, TextWriter output, TextWriter error, ITerminal? terminal, string workingDirectory) =>
        Run(args, output, error, terminal, workingDirectory, EmbeddedKit.UserStore());

    /// <param name="kitStore">Where the embedded kit is kept between runs (see
    /// <see cref="EmbeddedKit.Kept"/>; tests give their own), or null to write it for the run alone.</param>
    internal static int Run(string[] args, TextWriter output, TextWriter error, ITerminal? terminal, string workingDirectory, string? kitStore)
    {
        var kit = KitOption();
        using var context = new CommandContext(kit, output, error, terminal, workingDirectory, kitStore);
        var root = Create(context, kit);

        // System.CommandLine's messages are formatted while parsing, from its English resources
        // (whatever the culture of the caller): ParseErrors translates those exact formats.
        ParseResult parse;
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        if (args.Length == 0)
        {
            FrenchHelp.Write(root, output);
            return ExitCodes.Success;
        }
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            // « indiquez une commande » adds nothing to « commande inconnue « x » ».
            var errors = parse.UnmatchedTokens.Count > 0 && parse.Errors.Count > 1
                ? parse.Errors.Where(e => !e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
                : parse.Errors;
            foreach (var e in errors) error.WriteLine($"erreur : {ParseErrors.Translate(e, parse)}");
            error.WriteLine(UsageHint(parse.CommandResult.Command));
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return context.InternalError(e);
        }
    }

    /// <summary><c>--kit DOSSIER</c>, which every command takes.</summary>
    internal static Option<DirectoryInfo?> KitOption() => new("--kit")
    {
        Description = "Dossier du kit (contenant content/ et templates/) ; par défaut le dossier courant, sinon le kit intégré au programme.",
        HelpName = "DOSSIER",
        Recursive = true,
    };

    /// <summary>The whole command tree, French help included.</summary>
    internal static RootCommand Create(CommandContext context, Option<DirectoryInfo?> kit)
    {
        var root = new RootCommand("Objecteur.Print : fabrique les tracts, lettres, livrets et affiches du kit « objecteur·trice du numérique » en PDF prêts à imprimer.");
        root.Directives.Clear();
        root.Options.Add(kit);
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(LetterCommand.Create(context));
        root.Subcommands.Add(MergeCommand.Create(context));
        root.Subcommands.Add(CalibrationCommand.Create(context));
        root.Subcommands.Add(ControlCommand.Create(context));
        root.Subcommands.Add(NewKitCommand.Create(context));
        root.Subcommands.Add(WorkshopCommand.Create(context));
        root.Subcommands.Add(HelpCommand.Create(context, root));
        FrenchHelp.Install(root);
        return root;
    }

    /// <summary>The line printed under a usage error: where to read how the command is written.</summary>
    internal static string UsageHint(Command command) => command is RootCommand
        ? $"Tapez « {Name} aide » pour voir les commandes et options."
        : $"Tapez « {Name} aide {command.Name} » (ou « {Name} {command.Name} --help ») pour voir comment l'écrire.";

}
