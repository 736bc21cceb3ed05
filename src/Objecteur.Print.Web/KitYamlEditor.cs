using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Web;

/// <summary>
/// Changes values of one block mapping of kit.yaml (<c>organisation:</c>) and leaves every other
/// character of the file as it was: comments, blank lines, quoting and order of the rest. The
/// places to change come from YamlDotNet's node positions; only the value of a key (a scalar, or a
/// list of scalars) is rewritten, a new key goes after the block's last one, and a key emptied of
/// its optional value loses its line.
/// </summary>
public static partial class KitYamlEditor
{
    /// <summary>A value to write: one line of text, or the lines of a list (<paramref name="IsList"/>).</summary>
    public sealed record Value(string Key, IReadOnlyList<string> Lines, bool IsList);

    /// <summary>The current values of <paramref name="block"/>'s keys (scalars and lists of scalars).</summary>
    public static Dictionary<string, IReadOnlyList<string>> Read(string yaml, string block)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Block(yaml, block) is not { } mapping) return result;
        foreach (var (key, value) in mapping.Children)
            if (key is YamlScalarNode { Value: { } name })
                result[name] = value switch
                {
                    YamlScalarNode s => [s.Value ?? ""],
                    YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
                    _ => [],
                };
        return result;
    }

    /// <summary>The file with <paramref name="values"/> written into <paramref name="block"/>.</summary>
    public static string Write(string yaml, string block, IEnumerable<Value> values)
    {
        var mapping = Block(yaml, block) ?? throw new InvalidOperationException($"no block mapping « {block} » in the file");
        if (mapping.Style == MappingStyle.Flow) throw new InvalidOperationException($"« {block} » is written inline ({{…}}): not edited");
        var newline = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var indent = new string(' ', (int)mapping.Children.First().Key.Start.Column - 1);
        var edits = new List<(int Start, int End, string Text)>();
        var blockEnd = LineEnd(yaml, mapping.Children.Max(c => ContentEnd(c.Key, c.Value)) - 1);
        var added = new StringBuilder();
        foreach (var value in values)
        {
            var entry = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == value.Key);
            var empty = value.Lines.All(l => l.Trim().Length == 0);
            if (entry.Key is null)
            {
                if (!empty) added.Append(newline).Append(indent).Append(value.Key).Append(':').Append(Format(value, indent, newline));
                continue;
            }
            if (entry.Value is YamlMappingNode) throw new InvalidOperationException($"« {value.Key} » holds keys of its own: not edited as text");
            var keyEnd = (int)entry.Key.End.Index;
            var contentEnd = ContentEnd(entry.Key, entry.Value);
            if (empty)
            {
                var lineEnd = LineEnd(yaml, contentEnd - 1);
                edits.Add((LineStart(yaml, (int)entry.Key.Start.Index), Math.Min(yaml.Length, lineEnd + newline.Length), ""));
            }
            else
                edits.Add((keyEnd, contentEnd, ":" + Format(value, indent, newline)));
        }
        if (added.Length > 0) edits.Add((blockEnd, blockEnd, added.ToString()));
        var text = new StringBuilder(yaml);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, end - start);
            text.Insert(start, replacement);
        }
        return text.ToString();
    }

    /// <summary>Where an entry's text ends: after its scalar, after its list's last item, or
    /// after the colon of a key with no value (never past a comment that follows).</summary>
    private static int ContentEnd(YamlNode key, YamlNode value) => value switch
    {
        YamlScalarNode { Value: null or "" } s when s.Style == ScalarStyle.Plain => (int)key.End.Index + 1,
        YamlSequenceNode { Children.Count: > 0 } seq => ContentEnd(key, seq.Children[^1]),
        YamlSequenceNode => (int)key.End.Index + 1,
        YamlMappingNode { Children.Count: > 0 } map => map.Children.Max(c => ContentEnd(c.Key, c.Value)),
        _ => (int)value.End.Index,
    };

    private static YamlMappingNode? Block(string yaml, string block)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode(block), out var node) ? node as YamlMappingNode : null;
    }

    private static int LineStart(string text, int index) => index <= 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    /// <summary>Index of the line break ending the line that holds <paramref name="index"/> (before a "\r").</summary>
    private static int LineEnd(string text, int index)
    {
        var end = text.IndexOf('\n', Math.Max(0, index));
        if (end < 0) return text.Length;
        return end > 0 && text[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>What follows « key: » for a value (a space and a scalar, or the list's lines).</summary>
    private static string Format(Value value, string indent, string newline)
    {
        var lines = value.Lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (!value.IsList) return " " + Scalar(string.Join(" ", lines));
        return string.Concat(lines.Select(l => newline + indent + "  - " + Scalar(l)));
    }

    /// <summary>A plain scalar when it reads back as the same string, else a double-quoted one.</summary>
    public static string Scalar(string text)
    {
        if (PlainSafe().IsMatch(text) && !Reserved().IsMatch(text)) return text;
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    [GeneratedRegex(@"^[\p{L}\p{N}(][^\n\r\t#:""\\{}\[\]]*$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*|\.inf|\.nan)$|\s$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
