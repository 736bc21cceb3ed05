using System.Collections;
using System.Globalization;
using System.Runtime.ExceptionServices;
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
    /// <summary>Partials read (so a bad one is refused at once), compiled when a template names them.</summary>
    private readonly Dictionary<string, string> _partials = new(StringComparer.Ordinal);
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);

    public TemplateEngine(string directory, DateOnly today)
    {
        _directory = directory;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new XmlTextEncoder(),
            ThrowOnUnresolvedBindingExpression = false,
            FormatProvider = CultureInfo.InvariantCulture,
            PartialTemplateResolver = new NamedPartials(this),
        });
        Helpers.Register(_handlebars, today);
        if (!Directory.Exists(directory)) return;
        foreach (var partial in Directory.EnumerateFiles(directory, "_*.hbs").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(partial);
            _partials[name] = Read(name);
        }
    }

    /// <summary>Compiles a partial and those it names, not registered yet, those it names first.</summary>
    private bool RegisterPartial(string name)
    {
        if (!_partials.ContainsKey(name)) return false;
        foreach (var partial in Unregistered([name]))
            if (_registered.Add(partial)) _handlebars.RegisterTemplate(partial, CompilePartial(partial));
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?#?>\s*([A-Za-z0-9_\-]+)")]
    private static partial System.Text.RegularExpressions.Regex PartialReference();

    /// <summary>A partial whose name only shows when the template runs (a computed name) is
    /// compiled then, under the same lock as templates.</summary>
    private sealed class NamedPartials(TemplateEngine engine) : IPartialTemplateResolver
    {
        public bool TryRegisterPartial(IHandlebars env, string? partialName, string? templatePath)
        {
            lock (engine._compiled) return partialName is not null && engine.RegisterPartial(partialName);
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

    /// <summary>Registers every partial of the folder now, so that rendering registers nothing
    /// afterwards and templates can be rendered on several threads at once (Handlebars.Net's
    /// registry of partials is not made for writes during reads). Templates are still compiled
    /// when first rendered, one at a time: compiling writes only Handlebars.Net's own caches, made
    /// for concurrent reads, so one document's template compiles while others are laid out
    /// (compiling all twenty up front held a kit's build for a tenth of a second on one core).</summary>
    public void RegisterPartials()
    {
        lock (_compiled)
            foreach (var partial in _partials.Keys.ToList()) RegisterPartial(partial);
    }

    /// <summary>Starts compiling <paramref name="name"/> on another thread, if it is not yet, so
    /// that it compiles while the document's content is read (compiling a template is a sixth of a
    /// flyer's time in the Native AOT build, where Handlebars' expression trees are interpreted).</summary>
    public void Prepare(string name)
    {
        lock (_compiled)
            if (_compiled.ContainsKey(name)) return;
        _ = Task.Run(() =>
        {
            // A template that does not compile is reported by Render, which compiles it again.
            try { Compile(name); }
            catch (Exception) { }
        });
    }

    public string Render(string name, object model)
    {
        var template = Compile(name);
        string result = "";
        // The source is read again only when an error needs its lines.
        Guard(DisplayPath(name), () => Source(name), () => result = template(model));
        return result;
    }

    private HandlebarsTemplate<object, object> Compile(string name)
    {
        // A merge renders rows on several threads; each template is compiled once.
        lock (_compiled) return _compiled.TryGetValue(name, out var cached) ? cached : _compiled[name] = CompileNew(name);
    }

    private HandlebarsTemplate<object, object> CompileNew(string name)
    {
        var path = Path.Combine(_directory, name + ".hbs");
        if (!File.Exists(path))
            throw new DiagnosticException(new Diagnostic(DisplayPath(name), 0, 0, $"gabarit « {name} » introuvable",
                Suggest.Hint(name, TemplateNames.ToList())));
        var source = Read(name);
        // The partials it names compile on other cores while it compiles (a letter's follow-up
        // sheet is a partial as long as the letter); they are registered once it is compiled, in
        // this order, so a broken partial is still reported before a broken template.
        var partials = Unregistered(Named(source)).Select(partial => (Name: partial, Compiled: Task.Run(() => CompilePartial(partial)))).ToList();
        HandlebarsTemplate<object, object>? compiled = null;
        ExceptionDispatchInfo? failure = null;
        try
        {
            Guard(DisplayPath(name), () => source, () => compiled = _handlebars.Compile(source), compiling: true);
        }
        catch (DiagnosticException e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        foreach (var (partial, template) in partials)
        {
            var partialTemplate = template.GetAwaiter().GetResult();
            if (_registered.Add(partial)) _handlebars.RegisterTemplate(partial, partialTemplate);
        }
        failure?.Throw();
        return compiled!;
    }

    /// <summary>The partials among <paramref name="names"/>, and those they name, not registered
    /// yet: each once, those it names first (compiling every partial up front was most of a
    /// one-letter run).</summary>
    private List<string> Unregistered(IEnumerable<string> names)
    {
        var found = new List<string>();
        // Marked before its own partials are visited: a partial may name itself (a tree).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(IEnumerable<string> partials)
        {
            foreach (var partial in partials)
            {
                if (_registered.Contains(partial) || !_partials.TryGetValue(partial, out var body) || !seen.Add(partial)) continue;
                Visit(Named(body));
                found.Add(partial);
            }
        }
        Visit(names);
        return found;
    }

    /// <summary>The partials a template source names, in order.</summary>
    private static IEnumerable<string> Named(string source) =>
        PartialReference().Matches(source).Select(match => match.Groups[1].Value);

    private HandlebarsTemplate<TextWriter, object, object> CompilePartial(string name)
    {
        var source = _partials[name];
        HandlebarsTemplate<TextWriter, object, object>? compiled = null;
        using var reader = new StringReader(source);
        Guard(DisplayPath(name), () => source, () => compiled = _handlebars.Compile(reader), compiling: true);
        return compiled!;
    }

    /// <summary>Runs a Handlebars call, turning its exceptions into a French diagnostic that
    /// points at the template line where possible.</summary>
    private static void Guard(string file, Func<string> source, Action action, bool compiling = false)
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
            throw Error(file, source(), e.Message);
        }
        catch (Exception) when (compiling)
        {
            // Handlebars.Net lets some malformed tags through as LINQ errors (« {{#if}} » without
            // its argument): at compile time, any failure is the template's.
            throw new DiagnosticException(HandlebarsMessages.BareBlock(source()) is var (block, line, column)
                ? new Diagnostic(file, line, column, $"erreur de gabarit : « {{{{#{block}}}}} » sans argument",
                    $"écrivez ce que le bloc parcourt ou teste, par exemple « {{{{#{block} {(block == "each" ? "documents" : "kit.organisation.adresse")}}}}} », ou retirez-le avec son « {{{{/{block}}}}} ».")
                : new Diagnostic(file, 0, 0, "erreur de gabarit : un bloc est mal écrit (« {{#if}} » ou « {{#each}} » sans argument ?)",
                    "vérifiez que chaque {{#bloc}} a son argument et son {{/bloc}}."));
        }
    }

    private static DiagnosticException Error(string file, string source, string message)
    {
        var (line, column) = HandlebarsMessages.Locate(message, source);
        return new DiagnosticException(new Diagnostic(file, line, column, $"erreur de gabarit : {HandlebarsMessages.Translate(message)}",
            "vérifiez que chaque {{#bloc}} a son {{/bloc}} et que les noms d'aides et de champs sont bien écrits."));
    }

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
