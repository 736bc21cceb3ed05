using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Objecteur.Print.Cli;

/// <summary>
/// The help of every command, in French. System.CommandLine 2.0.0 keeps its HelpBuilder internal
/// and writes « Usage: », « [options] », « (REQUIRED) » and « Show help and usage information »
/// from English resources, so <c>--help</c>, <c>aide</c> and <c>objecteur</c> alone all go through
/// this writer instead. Option values are shown by their <see cref="Option.HelpName"/> (DOSSIER,
/// FICHIER…), as in the README.
/// </summary>
public static class FrenchHelp
{
    /// <summary>Gives the built-in <c>--help</c> and <c>--version</c> options French texts and this writer.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "Affiche l'aide de la commande.";
                help.Action = new Action();
            }
            else if (option is VersionOption version)
            {
                version.Description = "Affiche la version du programme.";
            }
        }
    }

    /// <summary>Writes the help of <paramref name="command"/>; <paramref name="width"/> wraps descriptions.</summary>
    public static void Write(Command command, TextWriter output, int width = int.MaxValue)
    {
        var path = Path(command);
        output.WriteLine(command is RootCommand ? command.Description : $"{path} : {command.Description}");
        output.WriteLine();
        output.WriteLine("Utilisation :");
        var usage = new StringBuilder("  ").Append(path);
        foreach (var argument in command.Arguments.Where(a => !a.Hidden)) usage.Append(' ').Append(Placeholder(argument));
        if (command.Subcommands.Any(c => !c.Hidden)) usage.Append(" COMMANDE");
        // The options themselves, as the README writes them: « [--sortie DOSSIER] ».
        foreach (var option in command.Options.Where(o => !o.Hidden && o is not (HelpOption or VersionOption)))
        {
            var signature = option.Name + Value(option);
            var repeated = option.Arity.MaximumNumberOfValues > 1 ? "…" : "";
            usage.Append(' ').Append(option.Required ? signature + repeated : $"[{signature}]{repeated}");
        }
        output.WriteLine(usage.ToString());

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (Placeholder(a), a.Description ?? "")).ToList();
        Section(output, "Arguments :", arguments, width);

        var commands = command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(" ", c.Arguments.Where(a => !a.Hidden).Select(Placeholder).Prepend(c.Name)), c.Description ?? "")).ToList();
        Section(output, "Commandes :", commands, width);

        var options = Options(command).Select(o => (Signature(o), Describe(o))).ToList();
        Section(output, "Options :", options, width);

        output.WriteLine();
        output.WriteLine(command is RootCommand
            ? $"Tapez « {Cli.Name} aide COMMANDE » (ou « {Cli.Name} COMMANDE --help ») pour l'aide d'une commande."
            : $"Tapez « {Cli.Name} aide » pour voir toutes les commandes.");
    }

    /// <summary>How a command is typed from the root: « objecteur lettre ».</summary>
    public static string Path(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
            names.Insert(0, c is RootCommand ? Cli.Name : c.Name);
        return string.Join(" ", names);
    }

    /// <summary>« &lt;modèle&gt; » for a required argument, « [documents…] » for optional ones.</summary>
    public static string Placeholder(Argument argument)
    {
        var name = argument.HelpName ?? argument.Name;
        var many = argument.Arity.MaximumNumberOfValues > 1 ? "…" : "";
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}{many}]" : $"<{name}>{many}";
    }

    /// <summary>« --sortie DOSSIER », « -h, --help ».</summary>
    public static string Signature(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(a => !a.StartsWith('/')).Append(option.Name)
            .OrderBy(a => a.StartsWith("--", StringComparison.Ordinal)).ThenBy(a => a.Length));
        return names + Value(option);
    }

    /// <summary>« DOSSIER » after an option that takes a value (with its space), nothing after a switch.</summary>
    private static string Value(Option option) =>
        option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) || option is HelpOption or VersionOption
            ? ""
            : " " + (option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant());

    private static string Describe(Option option)
    {
        var text = option.Description ?? "";
        return option.Required ? $"{text} (obligatoire)" : text;
    }

    /// <summary>The command's own options, then those its parents pass down (--kit, --help).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var seen = new HashSet<Option>();
        foreach (var option in command.Options.Where(o => !o.Hidden))
            if (seen.Add(option)) yield return option;
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            foreach (var option in parent.Options.Where(o => o.Recursive && !o.Hidden))
                if (seen.Add(option)) yield return option;
    }

    private static void Section(TextWriter output, string title, List<(string First, string Second)> rows, int width)
    {
        if (rows.Count == 0) return;
        output.WriteLine();
        output.WriteLine(title);
        var column = rows.Max(r => r.First.Length) + 4;
        foreach (var (first, second) in rows)
        {
            var lines = Wrap(second, Math.Max(30, width - column));
            output.WriteLine($"  {first.PadRight(column - 2)}{lines[0]}".TrimEnd());
            foreach (var line in lines.Skip(1)) output.WriteLine(new string(' ', column) + line);
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Wraps to the terminal's width, or not at all when the output is redirected.</summary>
    internal static int TerminalWidth(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected) return int.MaxValue;
        try { return Console.WindowWidth > 20 ? Console.WindowWidth - 1 : int.MaxValue; }
        catch (IOException) { return int.MaxValue; }
    }

    /// <summary>The action behind <c>--help</c>: the help of the command it follows.</summary>
    public sealed class Action : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            Write(parseResult.CommandResult.Command, output, TerminalWidth(output));
            return ExitCodes.Success;
        }
    }
}
