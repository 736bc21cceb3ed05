using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Objecteur.Print.Templating;

/// <summary>
/// Turns a template (<c>templates/*.hbs</c>, Handlebars) and a data model into layout markup.
/// Files whose name starts with « _ » are partials (<c>{{> _entete}}</c>). Templates are logic-less
/// and have no file or network access; every value is XML-escaped unless a helper returns markup.
/// </summary>
public sealed partial class TemplateEngine
{
    private readonly IHandlebars _handlebars;
    private readonly string _directory;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    public TemplateEngine(string directory, DateOnly today)
    {
        _directory = directory;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new XmlTextEncoder(),
            ThrowOnUnresolvedBindingExpression = false,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        Helpers.Register(_handlebars, today);
        if (!Directory.Exists(directory)) return;
        foreach (var partial in Directory.EnumerateFiles(directory, "_*.hbs").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(partial);
            var source = Read(name);
            Guard(DisplayPath(name), source, () => _handlebars.RegisterTemplate(name, source));
        }
    }

    /// <summary>Names of the templates a document may use (partials excluded).</summary>
    public IEnumerable<string> TemplateNames => Directory.Exists(_directory)
        ? Directory.EnumerateFiles(_directory, "*.hbs").Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.StartsWith('_')).Order(StringComparer.Ordinal)!
        : [];

    /// <summary>Path of a template as the user sees it, for messages.</summary>
    public static string DisplayPath(string name) => Path.Combine("templates", name + ".hbs");

    /// <summary>The template's source text (for mapping markup errors back to template lines).</summary>
    public string Source(string name) => Read(name);

    /// <summary>A template's text: strict UTF-8, and never a file outside the templates folder
    /// (a partial may be a link, and a kit received from someone else may point it anywhere).</summary>
    private string Read(string name)
    {
        var path = Content.KitPaths.Resolve(_directory, _directory, name + ".hbs",
            (message, hint) => new DiagnosticException(new Diagnostic(DisplayPath(name), 0, 0, message, hint)));
        return Content.KitText.Read(path, DisplayPath(name));
    }

    public string Render(string name, object model)
    {
        var template = Compile(name);
        string result = "";
        Guard(DisplayPath(name), Source(name), () => result = template(model));
        return result;
    }

    private HandlebarsTemplate<object, object> Compile(string name)
    {
        if (_compiled.TryGetValue(name, out var cached)) return cached;
        var path = Path.Combine(_directory, name + ".hbs");
        if (!File.Exists(path))
            throw new DiagnosticException(new Diagnostic(DisplayPath(name), 0, 0, $"gabarit « {name} » introuvable",
                Suggest.Hint(name, TemplateNames.ToList())));
        var source = Read(name);
        HandlebarsTemplate<object, object>? compiled = null;
        Guard(DisplayPath(name), source, () => compiled = _handlebars.Compile(source));
        return _compiled[name] = compiled!;
    }

    /// <summary>Runs a Handlebars call, turning its exceptions into a French diagnostic that
    /// points at the template line where possible.</summary>
    private static void Guard(string file, string source, Action action)
    {
        try
        {
            action();
        }
        catch (DiagnosticException)
        {
            throw;
        }
        catch (HandlebarsException e)
        {
            var (line, column) = Locate(e.Message, source);
            throw new DiagnosticException(new Diagnostic(file, line, column, $"erreur de gabarit : {Translate(e.Message)}",
                "vérifiez que chaque {{#bloc}} a son {{/bloc}} et que les noms d'aides et de champs sont bien écrits."));
        }
    }

    private static (int Line, int Column) Locate(string message, string source)
    {
        var position = PositionRegex().Match(message);
        if (position.Success)
            return (int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture));
        var quoted = QuotedRegex().Match(message);
        if (!quoted.Success) return (0, 0);
        var at = source.IndexOf(quoted.Groups[1].Value, StringComparison.Ordinal);
        if (at < 0) return (0, 0);
        var line = 1 + source.AsSpan(0, at).Count('\n');
        var column = at - source.LastIndexOf('\n', Math.Max(0, at - 1));
        return (line, column);
    }

    private static string Translate(string message) => message switch
    {
        _ when message.Contains("helper", StringComparison.OrdinalIgnoreCase) && QuotedRegex().Match(message) is { Success: true } m
            => $"aide « {m.Groups[1].Value} » inconnue (aides : {string.Join(", ", Helpers.Names)})",
        _ when message.Contains("end of template", StringComparison.OrdinalIgnoreCase) || message.Contains("not closed", StringComparison.OrdinalIgnoreCase)
            => "un bloc ouvert n'est pas fermé",
        _ when message.Contains("partial", StringComparison.OrdinalIgnoreCase)
            => "gabarit partiel introuvable (les partiels sont les fichiers templates/_nom.hbs)",
        _ => message,
    };

    [GeneratedRegex(@"line (\d+),? (?:column|col|char) (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PositionRegex();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedRegex();

    /// <summary>Turns records, lists and dictionaries into what Handlebars walks best.</summary>
    public static object? ToModel(object? value) => value switch
    {
        null => null,
        string or bool or int or double => value,
        DateOnly d => d,
        IDictionary dict => dict.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => ToModel(dict[k])),
        IEnumerable list => list.Cast<object?>().Select(ToModel).ToList(),
        _ => value,
    };
}
