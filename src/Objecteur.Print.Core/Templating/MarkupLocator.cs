using Objecteur.Print.Content;

namespace Objecteur.Print.Templating;

/// <summary>
/// Maps a position in generated markup back to what the user wrote: the template line that
/// produced it or, when the text at fault is not in that line (a value the template printed),
/// the content, sender or kit.yaml value it came from. Most markup lines are template lines with
/// values filled in; a line is matched on its text up to the first value, and when no single
/// template line matches and no value explains the fault the message names the generated line.
/// </summary>
/// <param name="origins">The document's values, looked up only when an error needs them.</param>
public sealed class MarkupLocator(string templatePath, string templateSource, string markup, Func<ValueOrigins>? origins = null)
{
    private readonly string[] _templateLines = templateSource.Split('\n');
    private readonly string[] _markupLines = markup.Split('\n');

    public (string File, int Line, int Column) Locate(int line, int column, string? culprit = null)
    {
        var template = TemplateLine(line, column);
        if (!string.IsNullOrWhiteSpace(culprit) && origins is not null
            && !(template is { } t && t.Text.Contains(culprit.Trim(), StringComparison.Ordinal))
            && origins().Find(culprit) is { } found)
            return found;
        if (template is { } match) return (templatePath, match.Line, match.Column);
        if (line < 1 || line > _markupLines.Length) return (templatePath, 0, 0);
        return ($"{templatePath} (balisage généré)", line, column);
    }

    private (string Text, int Line, int Column)? TemplateLine(int line, int column)
    {
        if (line < 1 || line > _markupLines.Length) return null;
        var text = _markupLines[line - 1];
        var indent = text.Length - text.TrimStart().Length;
        var key = text.Trim();
        // Compare on the part before any substituted value; a short key would match too much.
        var mustache = key.IndexOf("{{", StringComparison.Ordinal);
        if (mustache >= 0) key = key[..mustache];
        if (key.Length < 4) return null;
        var matches = _templateLines.Select((t, i) => (Text: t, Line: i + 1))
            .Where(t => t.Text.Trim().StartsWith(key, StringComparison.Ordinal) || Prefix(t.Text.Trim()) is { Length: >= 4 } p && key.StartsWith(p, StringComparison.Ordinal))
            .ToList();
        if (matches.Count != 1) return null;
        var templateIndent = matches[0].Text.Length - matches[0].Text.TrimStart().Length;
        return (matches[0].Text, matches[0].Line, Math.Max(1, column - indent + templateIndent));
    }

    private static string Prefix(string templateLine)
    {
        var at = templateLine.IndexOf("{{", StringComparison.Ordinal);
        return at >= 0 ? templateLine[..at] : templateLine;
    }
}
