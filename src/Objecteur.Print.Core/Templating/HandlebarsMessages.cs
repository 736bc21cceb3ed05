using System.Globalization;
using System.Text.RegularExpressions;

namespace Objecteur.Print.Templating;

/// <summary>
/// French for Handlebars.Net's errors (its 2.4 parser, compiler and runtime messages), with the
/// place in the template they point at: « Occured at: L:C » (line from 0), or else the tag the
/// message names. A message of a format not listed still gives a French sentence.
/// </summary>
public static partial class HandlebarsMessages
{
    private static readonly (Regex English, Func<Match, string> French, Func<Match, string?>? Tag)[] Formats =
    [
        (new(@"^Reached end of template before block expression '#?([^']*)' was closed"),
            m => $"le bloc « {{{{#{m.Groups[1].Value}}}}} » n'est pas fermé (il manque « {{{{/{m.Groups[1].Value}}}}} »)", m => "{{#" + m.Groups[1].Value),
        (new(@"^Reached end of template before raw block helper expression '([^']*)'"),
            m => $"le bloc brut « {m.Groups[1].Value} » n'est pas fermé", m => m.Groups[1].Value),
        (new(@"^A closing element '/?([^']*)' was found without a matching open element"),
            m => $"« {{{{/{m.Groups[1].Value}}}}} » ferme un bloc qui n'a pas été ouvert (ou pas sous ce nom)", m => "{{/" + m.Groups[1].Value),
        (new(@"^Reached end of template before the expression was closed"),
            _ => "une expression ouverte par « {{ » n'est pas fermée par « }} »", null),
        (new(@"^Reached unparseable token in expression: ?(.*?)(?:\n|$)"),
            m => $"expression illisible avant « {m.Groups[1].Value.Trim()} » (une accolade « }} » manque-t-elle ?)", null),
        (new(@"^Reached end of template in the middle of a comment"),
            _ => "un commentaire « {{!-- » n'est pas fermé par « --}} »", null),
        (new(@"^Starting and ending handlebars do not match"),
            _ => "les accolades ne correspondent pas : « {{ » se ferme par « }} » et « {{{ » par « }}} »", null),
        (new(@"^Template references a helper that cannot be resolved\. (?:Block)?Helper '#?([^']*)'"),
            m => $"aide « {m.Groups[1].Value} » inconnue (aides : {string.Join(", ", Helpers.Names)})", m => m.Groups[1].Value),
        (new(@"^Referenced partial name '([^']*)' could not be resolved"),
            m => $"gabarit partiel « {m.Groups[1].Value} » introuvable (les partiels sont les fichiers templates/_nom.hbs)", m => "{{> " + m.Groups[1].Value),
        (new(@"^Runtime error while rendering partial '([^']*)', exceeded recursion depth"),
            m => $"le gabarit partiel « {m.Groups[1].Value} » s'inclut lui-même sans fin", m => m.Groups[1].Value),
        (new(@"^Runtime error while rendering partial '([^']*)'"),
            m => $"erreur dans le gabarit partiel « {m.Groups[1].Value} »", m => m.Groups[1].Value),
        (new(@"^(?:A partial must have a name|Partial expression misses the name)"),
            _ => "un partiel « {{> }} » doit être nommé (ex. {{> _entete}})", null),
        (new(@"^(?:A partial can only accept 0 or 1 arguments|Cannot convert a multi-argument helper expression to a partial)"),
            _ => "un partiel accepte au plus un argument", null),
        (new(@"^\{\{with\}\} helper must have exactly one argument"), _ => "« {{#with}} » attend exactement un argument", _ => "{{#with"),
        (new(@"^\{\{lookup\}\} helper must have two or three arguments"), _ => "« {{lookup}} » attend deux ou trois arguments", _ => "{{lookup"),
        (new(@"^\{\{\*inline\}\} helper must have at least one argument|^Inline argument is not valid"),
            _ => "« {{#*inline}} » attend un nom entre guillemets", _ => "{{#*inline"),
        (new(@"^Invalid argument list for conditional block"),
            _ => "« {{#if}} » ou « {{#unless}} » attend exactement un argument", null),
        (new(@"^Token '(.*)' could not be converted to an expression"),
            m => $"« {m.Groups[1].Value} » n'est pas une expression valide (une parenthèse non fermée ?)", null),
        (new(@"^Unexpected token '(.*)', expected an expression"),
            m => $"« {m.Groups[1].Value} » inattendu : il fallait une valeur (ex. clé=valeur)", null),
        (new(@"^(?:blockParams definition has incorrect syntax|BlockParams expression is not valid)"),
            _ => "« as |nom| » est mal écrit", null),
        (new(@"^multiple blockParams expressions are not supported"), _ => "un seul « as |nom| » par bloc", null),
        (new(@"^'([^']*)' cannot be used as a chained else block"),
            m => $"« {m.Groups[1].Value} » ne peut pas suivre « {{{{else}}}} »", null),
        (new(@"^Boolish expression can only have up to one hash parameter"), _ => "une condition accepte au plus un paramètre nommé", null),
        (new(@"^\^ is not supported for decorators"), _ => "« ^ » ne s'emploie pas avec une décoration « * »", null),
        (new(@"^Found a sub-expression that does not contain a path expression"),
            _ => "une sous-expression « ( … ) » doit commencer par le nom d'une aide", null),
        (new(@"^(?:Tried to convert|Cannot convert) .* (?:expression|to a partial)"),
            _ => "ce bloc est mal écrit (vérifiez « {{#each …}} », « {{#if …}} » et « {{> …}} »)", null),
    ];

    /// <summary>The French message for a Handlebars exception's text.</summary>
    public static string Translate(string message)
    {
        foreach (var (english, french, _) in Formats)
            if (english.Match(message) is { Success: true } m) return french(m);
        return "construction Handlebars mal écrite";
    }

    /// <summary>Where in <paramref name="source"/> the message points (line and column from 1), or (0, 0).</summary>
    public static (int Line, int Column) Locate(string message, string source)
    {
        var position = PositionRegex().Match(message);
        if (position.Success)
            return (int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) + 1, Math.Max(1, int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture)));
        foreach (var (english, _, tag) in Formats)
        {
            if (english.Match(message) is not { Success: true } m) continue;
            if (tag?.Invoke(m) is not { Length: > 0 } text) return (0, 0);
            var at = source.IndexOf(text, StringComparison.Ordinal);
            return at < 0 ? (0, 0) : Position(source, at);
        }
        return (0, 0);
    }

    /// <summary>The first block helper that needs an argument and has none (« {{#each}} »), which
    /// Handlebars.Net reports without a position: its name, line and column (from 1), or null.</summary>
    public static (string Block, int Line, int Column)? BareBlock(string source)
    {
        if (BareBlockRegex().Match(source) is not { Success: true } m) return null;
        var (line, column) = Position(source, m.Index);
        return (m.Groups[1].Value, line, column);
    }

    /// <summary>Line and column (from 1) of the character at <paramref name="at"/>.</summary>
    private static (int Line, int Column) Position(string source, int at) =>
        (1 + source.AsSpan(0, at).Count('\n'), at - source.LastIndexOf('\n', Math.Max(0, at - 1)));

    [GeneratedRegex(@"\{\{~?\s*#\s*(if|unless|each|with)\s*~?\}\}")]
    private static partial Regex BareBlockRegex();

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex PositionRegex();
}
