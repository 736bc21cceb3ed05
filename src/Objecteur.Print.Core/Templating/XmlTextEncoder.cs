using System.Text;
using HandlebarsDotNet;

namespace Objecteur.Print.Templating;

/// <summary>
/// Escapes content values for the layout markup (XML). Handlebars' default encoder targets HTML
/// and turns every accented letter into an entity, which makes the markup unreadable when a
/// template author inspects it; XML needs only these five characters escaped for content to be
/// unable to open or close an element.
/// </summary>
internal sealed class XmlTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var c in text) Write(c, target);
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        while (text.MoveNext()) Write(text.Current, target);
    }

    /// <summary>The same escaping for code that builds markup outside a template.</summary>
    public static string Escape(string text)
    {
        var writer = new StringWriter();
        new XmlTextEncoder().Encode(text, writer);
        return writer.ToString();
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '&': target.Write("&amp;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&apos;"); break;
            default:
                // Control characters are illegal in XML 1.0; content never needs them.
                if (c >= ' ' || c is '\n' or '\t' or '\r') target.Write(c);
                break;
        }
    }
}
