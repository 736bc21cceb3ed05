using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Content;

/// <summary>A text the user wrote (a YAML value, a sender field) and where: the file, and the
/// file's text around it when known, to point inside a long value at the very character.</summary>
public sealed record ValueOrigin(string Value, string File, int Line, int Column, string? Source = null, int Start = 0, int End = 0)
{
    /// <summary>Line and column of <paramref name="text"/> inside this value as written in the
    /// file, or of the value's start when it is not written verbatim (escapes, folded lines).</summary>
    public (int Line, int Column) PositionOf(string text)
    {
        if (Source is null) return (Line, Column);
        var at = Source.IndexOf(text, Start, Math.Max(0, End - Start), StringComparison.Ordinal);
        if (at < 0) return (Line, Column);
        var lineStart = at == 0 ? 0 : Source.LastIndexOf('\n', at - 1) + 1;
        return (1 + Source.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }
}

/// <summary>
/// The texts a document's content came from, to name the user's file when a text turns out to
/// be wrong only once it is laid out (a character the font lacks, a name too long for the
/// envelope window, a text that overflows a flyer): the layout sees generated markup, and the
/// template line that printed a value is not where the user can fix it.
/// </summary>
public sealed class ValueOrigins(IReadOnlyList<ValueOrigin> origins)
{
    public static readonly ValueOrigins None = new([]);

    /// <summary>Where <paramref name="culprit"/> was written: the first value that contains it
    /// (typography aside), else the longest value it contains (a paragraph made of several
    /// fields); null when none of the user's values explains it.</summary>
    public (string File, int Line, int Column)? Find(string culprit)
    {
        var wanted = Normalise(culprit);
        if (wanted.Length == 0) return null;
        foreach (var origin in origins)
            if (Normalise(origin.Value).Contains(wanted, StringComparison.Ordinal))
            {
                var (line, column) = origin.PositionOf(culprit.Trim());
                return (origin.File, line, column);
            }
        var part = origins.Where(o => Normalise(o.Value) is { Length: >= 3 } v && wanted.Contains(v, StringComparison.Ordinal))
            .MaxBy(o => o.Value.Length);
        return part is null ? null : (part.File, part.Line, part.Column);
    }

    /// <summary>Every scalar of a YAML file of the kit (already read once, so known to parse);
    /// <paramref name="skip"/> leaves out a subtree (kit.yaml's other documents).</summary>
    public static IEnumerable<ValueOrigin> Yaml(string path, string displayPath, Func<YamlNode, bool>? skip = null)
    {
        string text;
        var stream = new YamlStream();
        try
        {
            text = KitText.Read(path, displayPath);
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is DiagnosticException or YamlDotNet.Core.YamlException)
        {
            return [];
        }
        return stream.Documents.Count == 0 ? [] : YamlFile.Scalars(stream.Documents[0].RootNode, skip)
            .Select(s => new ValueOrigin(s.Value ?? "", displayPath, (int)s.Start.Line, (int)s.Start.Column, text, (int)s.Start.Index, (int)s.End.Index))
            .ToList();
    }

    /// <summary>A sender's fields: positions of the field, never the values in a message.</summary>
    public static IEnumerable<ValueOrigin> Sender(SenderValues sender) =>
        sender.Values.Values.SelectMany(v => v.Lines.Select(l => new ValueOrigin(l, v.Origin, v.Line, v.Column)));

    /// <summary>Markup text and the YAML it came from differ by typography (curly apostrophes,
    /// no-break spaces) and line breaks: compare without them.</summary>
    private static string Normalise(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var d = c switch { '’' or '‘' => '\'', '\u00A0' or '\u202F' or '\n' or '\r' or '\t' => ' ', '\u00AD' => '\0', _ => c };
            if (d == '\0') continue;
            if (d == ' ') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(d);
        }
        return sb.ToString();
    }
}
