namespace Objecteur.Print.Templating;

/// <summary>
/// Maps a position in generated markup back to the template line that produced it, so a markup
/// error points at what the template author wrote. Most markup lines are template lines with
/// values filled in; a line is matched on its text up to the first value, and when no single
/// template line matches the message names the generated line instead.
/// </summary>
public sealed class MarkupLocator(string templatePath, string templateSource, string markup)
{
    private readonly string[] _templateLines = templateSource.Split('\n');
    private readonly string[] _markupLines = markup.Split('\n');

    public (string File, int Line, int Column) Locate(int line, int column)
    {
        if (line < 1 || line > _markupLines.Length) return (templatePath, 0, 0);
        var text = _markupLines[line - 1];
        var indent = text.Length - text.TrimStart().Length;
        var key = text.Trim();
        // Compare on the part before any substituted value; a short key would match too much.
        var mustache = key.IndexOf("{{", StringComparison.Ordinal);
        if (mustache >= 0) key = key[..mustache];
        if (key.Length >= 4)
        {
            var matches = _templateLines.Select((t, i) => (Text: t, Line: i + 1))
                .Where(t => t.Text.Trim().StartsWith(key, StringComparison.Ordinal) || Prefix(t.Text.Trim()) is { Length: >= 4 } p && key.StartsWith(p, StringComparison.Ordinal))
                .ToList();
            if (matches.Count == 1)
            {
                var templateIndent = matches[0].Text.Length - matches[0].Text.TrimStart().Length;
                return (templatePath, matches[0].Line, Math.Max(1, column - indent + templateIndent));
            }
        }
        return ($"{templatePath} (balisage généré)", line, column);
    }

    private static string Prefix(string templateLine)
    {
        var at = templateLine.IndexOf("{{", StringComparison.Ordinal);
        return at >= 0 ? templateLine[..at] : templateLine;
    }
}
