using System.Reflection;
using HandlebarsDotNet;

namespace Objecteur.Print.Web;

/// <summary>
/// Renders the workshop's pages from the Handlebars templates embedded in this assembly
/// (<c>Pages/*.hbs</c>): the French words live there, not in C#. A page's first line is its
/// title (a template too); the rest is its body, which goes into <c>_layout.hbs</c>. Values are
/// HTML-escaped (Handlebars' default encoder); models are dictionaries and lists of objects,
/// which is what Handlebars.Net handles under Native AOT.
/// </summary>
public sealed class PageRenderer
{
    private readonly Dictionary<string, (HandlebarsTemplate<object, object> Title, HandlebarsTemplate<object, object> Body)> _pages = new(StringComparer.Ordinal);
    private readonly HandlebarsTemplate<object, object> _layout;

    public PageRenderer()
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("egal", (writer, context, arguments) =>
        {
            if (arguments.Length == 2 && Equals(arguments[0]?.ToString(), arguments[1]?.ToString())) writer.WriteSafeString("oui");
        });
        var assembly = typeof(PageRenderer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("pages/", StringComparison.Ordinal)))
        {
            var page = Path.GetFileNameWithoutExtension(name["pages/".Length..]);
            var source = Read(assembly, name).ReplaceLineEndings("\n");
            if (page.StartsWith('_')) handlebars.RegisterTemplate(page, source);
            else
            {
                var newline = source.IndexOf('\n');
                _pages[page] = (handlebars.Compile(source[..newline]), handlebars.Compile(source[(newline + 1)..]));
            }
        }
        _layout = handlebars.Compile("{{> _layout}}");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    /// <summary>A whole HTML page: <paramref name="page"/> inside the layout. The layout reads
    /// <c>page</c> (to mark the current menu entry), <c>titre</c> and <c>corps</c>.</summary>
    public string Render(string page, Dictionary<string, object?> model)
    {
        var (title, body) = _pages[page];
        model["page"] = page;
        model["titre"] = title(model).Trim();
        model["corps"] = body(model);
        return _layout(model);
    }

    /// <summary>An embedded asset (CSS, JS), or null.</summary>
    public static byte[]? Asset(string name)
    {
        using var stream = typeof(PageRenderer).Assembly.GetManifestResourceStream("assets/" + name);
        if (stream is null) return null;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
