using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Objecteur.Print.Cli;

/// <summary>
/// French for System.CommandLine's parse errors. Its 2.0.0 package formats them from English
/// resources (its French satellite is mostly untranslated) and exposes only the text, so each of
/// its formats is matched here and rewritten; the tests check that every format of the package's
/// resources is covered. An unmatched message never reaches the user in English.
/// </summary>
public static partial class ParseErrors
{
    /// <summary>The English formats of System.CommandLine 2.0.0 (Properties/Resources.resx) and their French.</summary>
    internal static readonly IReadOnlyList<(string English, string French)> Formats =
    [
        ("Directory does not exist: '{0}'.", "le dossier « {0} » n'existe pas."),
        ("File does not exist: '{0}'.", "le fichier « {0} » n'existe pas."),
        ("File or directory does not exist: '{0}'.", "le fichier ou dossier « {0} » n'existe pas."),
        ("Character not allowed in a path: '{0}'.", "caractère interdit dans un chemin : « {0} »."),
        ("Character not allowed in a file name: '{0}'.", "caractère interdit dans un nom de fichier : « {0} »."),
        ("Option '{0}' expects a single argument but {1} were provided.", "l'option {0} attend une seule valeur, mais en a reçu {1}."),
        ("Required argument missing for command: '{0}'.", "il manque un argument à la commande « {0} »."),
        ("Required argument missing for option: '{0}'.", "l'option {0} attend une valeur."),
        ("Required command was not provided.", "indiquez une commande."),
        ("Argument '{0}' not recognized. Must be one of:{1}", "valeur « {0} » non reconnue ; valeurs possibles :{1}"),
        ("Unrecognized command or argument '{0}'.", "commande ou argument inconnu « {0} »."),
        ("Response file not found '{0}'.", "fichier de réponses « {0} » introuvable."),
        ("Error reading response file '{0}': {1}", "impossible de lire le fichier de réponses « {0} »."),
        ("'{0}' was not matched. Did you mean one of the following?", "« {0} » n'est pas reconnu. Vouliez-vous dire l'une de ces valeurs ?"),
        ("{0} option cannot be combined with other arguments.", "l'option {0} ne se combine avec aucun autre argument."),
        ("Cannot parse argument '{0}' as expected type '{1}'.", "« {0} » n'est pas {1}."),
        ("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.", "la commande « {1} » attend {2}, pas « {0} »."),
        ("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.", "l'option {1} attend {2}, pas « {0} »."),
        ("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}",
            "la commande « {1} » attend {2}, pas « {0} ». Valeurs possibles :{3}"),
        ("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}",
            "l'option {1} attend {2}, pas « {0} ». Valeurs possibles :{3}"),
        ("Option '{0}' is required.", "l'option {0} est obligatoire."),
    ];

    /// <summary>Longest formats first: « Cannot parse argument '{0}' as… » would also match the
    /// message of its « for option '{1}' » variant.</summary>
    private static readonly IReadOnlyList<(Regex English, string French)> Patterns =
        Formats.OrderByDescending(f => f.English.Length).Select(f => (ToRegex(f.English), f.French)).ToList();

    /// <summary>The French message for a parse error, completed from the parse where that helps
    /// (the missing argument's name, the closest command to a misspelt one).</summary>
    public static string Translate(ParseError error, ParseResult parse)
    {
        var french = Translate(error.Message);
        if (error.SymbolResult is ArgumentResult { Argument: var argument } && error.Message.StartsWith("Required argument missing for command", StringComparison.Ordinal))
            return $"il manque {FrenchHelp.Placeholder(argument)} après « {FrenchHelp.Path(parse.CommandResult.Command)} »"
                + (string.IsNullOrEmpty(argument.Description) ? "." : $" : {char.ToLowerInvariant(argument.Description[0])}{argument.Description[1..]}");
        if (error.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) && parse.UnmatchedTokens.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var token = parse.UnmatchedTokens[0];
            var candidates = token.StartsWith('-')
                ? command.Options.Select(o => o.Name).Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)).Select(o => o.Name))
                : command.Subcommands.Select(c => c.Name);
            if (Suggest.Closest(token, candidates.Distinct()) is { } closest) french += $" Vouliez-vous dire « {closest} » ?";
        }
        return french;
    }

    /// <summary>The French for one English message; a message of an unknown format (a later
    /// System.CommandLine) still gives a French sentence.</summary>
    public static string Translate(string message)
    {
        foreach (var (english, french) in Patterns)
        {
            var match = english.Match(message);
            if (!match.Success) continue;
            var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object)TypeName(g.Value)).ToArray();
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, french, values);
        }
        return "la commande est mal écrite.";
    }

    /// <summary>A .NET type named in a conversion error, said in French.</summary>
    private static string TypeName(string value) => value switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "un nombre entier",
        "System.Double" or "System.Decimal" => "un nombre",
        "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true ou false",
        "System.IO.DirectoryInfo" => "un dossier",
        "System.IO.FileInfo" => "un fichier",
        "System.IO.FileSystemInfo" => "un fichier ou un dossier",
        _ when value.StartsWith("System.", StringComparison.Ordinal) => "une valeur d'un autre type",
        _ => value,
    };

    private static Regex ToRegex(string format)
    {
        var pattern = Regex.Escape(format);
        pattern = PlaceholderRegex().Replace(pattern, "(.*?)");
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\\\{\d\}|\{\d\}")]
    private static partial Regex PlaceholderRegex();
}
