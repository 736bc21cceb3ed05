using System.Collections;
using System.Globalization;
using HandlebarsDotNet;

namespace Objecteur.Print.Templating;

/// <summary>
/// The helpers templates may call. Each returns either plain text (escaped by Handlebars) or
/// markup built only from escaped values (<c>markdown</c>, <c>adresse</c>).
/// </summary>
internal static class Helpers
{
    public static readonly string[] Names = ["markdown", "date", "adresse", "ordinal", "lignes"];

    public static void Register(IHandlebars handlebars, DateOnly today)
    {
        // {{markdown texte}}: Markdown content → p, list, b, i markup.
        // {{markdown texte champs}}: also prints the {cle} placeholders (a letter's fields).
        handlebars.RegisterHelper("markdown", (output, _, args) =>
        {
            var placeholders = args.Length > 1
                ? args[1] as IReadOnlyDictionary<string, Placeholder> ?? throw new HandlebarsRuntimeException("'markdown' attend en second argument les champs d'une lettre (lettre.champs)")
                : null;
            output.WriteSafeString(MarkdownToMarkup.Convert(Argument(args, 0, "markdown") as string ?? "", placeholders: placeholders));
        });

        // {{date}} → build date; {{date valeur}} → that date, in French long form.
        handlebars.RegisterHelper("date", (output, _, args) =>
        {
            var value = args.Length > 0 ? args[0] : today;
            var date = value switch
            {
                DateOnly d => d,
                DateTime dt => DateOnly.FromDateTime(dt),
                string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
                _ => throw new HandlebarsRuntimeException($"'date' attend une date AAAA-MM-JJ"),
            };
            output.Write(FrenchDate.Long(date));
        });

        // {{adresse lignes}}: address lines separated by line breaks, last line (postcode, town) in capitals.
        handlebars.RegisterHelper("adresse", (output, _, args) =>
        {
            var lines = Lines(Argument(args, 0, "adresse"));
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) output.WriteSafeString("<br/>");
                output.Write(i == lines.Count - 1 ? French.Upper(lines[i]) : lines[i]);
            }
        });

        // {{lignes liste}}: lines separated by line breaks, unchanged.
        handlebars.RegisterHelper("lignes", (output, _, args) =>
        {
            var lines = Lines(Argument(args, 0, "lignes"));
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) output.WriteSafeString("<br/>");
                output.Write(lines[i]);
            }
        });

        // {{ordinal numero}}: « 1er », « 2 »… as French legal texts number their first article.
        handlebars.RegisterHelper("ordinal", (output, _, args) =>
        {
            var n = Convert.ToInt32(Argument(args, 0, "ordinal"), CultureInfo.InvariantCulture);
            output.Write(n == 1 ? "1er" : n.ToString(CultureInfo.InvariantCulture));
        });
    }

    private static object? Argument(Arguments args, int index, string helper) =>
        args.Length > index ? args[index] : throw new HandlebarsRuntimeException($"'{helper}' attend un argument");

    private static IReadOnlyList<string> Lines(object? value) => value switch
    {
        null => [],
        string s => s.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        IEnumerable e => e.Cast<object?>().Select(o => o?.ToString() ?? "").ToList(),
        _ => [value.ToString() ?? ""],
    };
}
