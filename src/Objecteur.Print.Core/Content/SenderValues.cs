using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Content;

/// <summary>A field value and where it came from, so an error can point at it without quoting it.</summary>
public sealed record FieldValue(IReadOnlyList<string> Lines, string Origin, int Line, int Column)
{
    public string Text => string.Join(" ", Lines);
}

/// <summary>
/// The values a sender gives to fill a letter: from a sender file (<c>--expediteur moi.yaml</c>,
/// keys = field keys) and/or from the command line. These are personal data: they stay in memory
/// and in the requested letter, and no message ever repeats them.
/// </summary>
public sealed class SenderValues
{
    private readonly Dictionary<string, FieldValue> _values = new(StringComparer.Ordinal);

    public static SenderValues Empty => new();

    public IReadOnlyDictionary<string, FieldValue> Values => _values;

    public bool TryGet(string key, out FieldValue value) => _values.TryGetValue(key, out value!);

    /// <summary>Loads a sender file; keys must be fields of some letter model of the kit
    /// (<paramref name="knownKeys"/>), so a file can serve every model and typos are still caught.</summary>
    public static SenderValues Load(string path, string displayPath, IReadOnlyCollection<string> knownKeys)
    {
        var map = YamlFile.Load(path, displayPath, knownKeys.ToArray());
        var result = new SenderValues();
        foreach (var key in map.Keys)
        {
            var lines = map.Texts(key).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 1 && lines[0].Contains('\n'))
                lines = lines[0].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var (line, column) = map.PositionOf(key);
            result.Set(key, lines, displayPath, line, column);
        }
        return result;
    }

    /// <summary>Sets a value read elsewhere (command line, table row, answer typed at a prompt);
    /// a value of spaces only is no value, so the letter keeps a line to fill in by hand.</summary>
    public void Set(string key, IReadOnlyList<string> lines, string origin, int line, int column = 0)
    {
        var kept = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (kept.Count == 0) _values.Remove(key);
        else _values[key] = new FieldValue(kept, origin, line, column);
    }

    /// <summary>A value typed on one line: the lines of an address or of a long text are
    /// separated by « / » (or are the lines of a table cell); other fields keep their « / ».</summary>
    public static IReadOnlyList<string> SplitLines(FieldType type, string text) =>
        type is FieldType.Adresse or FieldType.TexteLong
            ? text.Split(['\n', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [text.ReplaceLineEndings(" ").Trim()];
}
