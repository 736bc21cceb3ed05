using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Content;

/// <summary>
/// A typed, validating view of one YAML mapping. The keys a mapping may hold are declared up
/// front, so a misspelt key is reported as unknown (with the closest valid key) before it can
/// masquerade as a missing required field; a key it held in an earlier version of the kit is
/// named as gone, with what replaced it (a kit made before still has it).
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    /// <param name="retired">Keys gone from this mapping, each with the hint that says what
    /// replaced it (made from the mapping's other values).</param>
    public YamlMap(YamlMappingNode node, string file, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, Func<YamlMap, string>>? retired = null)
    {
        _node = node;
        File = file;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode scalarKey)
                throw Error(keyNode, "une clé doit être un mot, pas une liste ni un groupe", "écrivez « clé: valeur », la clé étant un simple mot.");
            var key = scalarKey.Value ?? "";
            if (keys.Count > 0 && !keys.Contains(key) && retired?.ContainsKey(key) != true)
                throw Error(keyNode, $"clé inconnue « {key} »", Suggest.Hint(key, keys));
            _values[key] = value;
        }
        foreach (var (key, hint) in retired ?? Empty)
            if (Has(key)) throw ErrorAt(key, $"la clé « {key} » n'existe plus", hint(this));
    }

    private static readonly Dictionary<string, Func<YamlMap, string>> Empty = [];

    public string File { get; }
    public int Line => (int)_node.Start.Line;
    public int Column => (int)_node.Start.Column;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>Line and column of a key's value, or of this mapping when the key is absent.</summary>
    public (int Line, int Column) PositionOf(string key) =>
        _values.TryGetValue(key, out var node) ? ((int)node.Start.Line, (int)node.Start.Column) : (Line, Column);

    /// <summary>All keys present, in file order (for free-form maps such as a sender file).</summary>
    public IEnumerable<string> Keys => _values.Keys;

    public string Text(string key) => OptionalText(key) ?? throw Missing(key, "un texte");

    public string? OptionalText(string key)
    {
        if (!_values.TryGetValue(key, out var node)) return null;
        if (node is not YamlScalarNode scalar)
            throw Error(node, $"« {key} » doit être un texte", "écrivez la valeur sur la même ligne que la clé, ou après « | » pour plusieurs lignes.");
        var value = scalar.Value ?? "";
        if (value.Length == 0)
            throw Error(node, $"« {key} » est vide", "donnez une valeur ou retirez la ligne si elle est facultative.");
        return value;
    }

    public bool Bool(string key, bool? fallback = null)
    {
        if (!_values.TryGetValue(key, out var node))
            return fallback ?? throw Missing(key, "« oui » ou « non »");
        var text = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
        return text switch
        {
            "true" or "oui" or "yes" => true,
            "false" or "non" or "no" => false,
            _ => throw Error(node, $"« {key} » doit valoir « oui » ou « non »", "écrivez true ou false (ou oui / non)."),
        };
    }

    public DateOnly Date(string key)
    {
        if (!_values.TryGetValue(key, out var node)) throw Missing(key, "une date (AAAA-MM-JJ)");
        var text = (node as YamlScalarNode)?.Value ?? "";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(node, $"« {key} » n'est pas une date valide", "écrivez la date sous la forme 2026-11-22.");
    }

    /// <summary>A list of texts; a single text is accepted as a one-element list.</summary>
    public IReadOnlyList<string> Texts(string key, bool required = true)
    {
        if (!_values.TryGetValue(key, out var node))
            return required ? throw Missing(key, "une liste") : [];
        return node switch
        {
            YamlScalarNode s when string.IsNullOrEmpty(s.Value) && !required => [],
            YamlScalarNode s => [s.Value ?? ""],
            YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode cs
                ? cs.Value ?? ""
                : throw Error(c, $"chaque élément de « {key} » doit être un texte", "une ligne « - texte » par élément.")).ToList(),
            _ => throw Error(node, $"« {key} » doit être une liste", "une ligne « - texte » par élément."),
        };
    }

    /// <summary>A list of mappings, each checked against <paramref name="keys"/> (and <paramref name="retired"/>, see the constructor).</summary>
    public IReadOnlyList<YamlMap> Maps(string key, IReadOnlyCollection<string> keys, bool required = true, IReadOnlyDictionary<string, Func<YamlMap, string>>? retired = null)
    {
        if (!_values.TryGetValue(key, out var node))
            return required ? throw Missing(key, "une liste") : [];
        if (node is YamlScalarNode { Value: null or "" } && !required) return [];
        if (node is not YamlSequenceNode seq)
            throw Error(node, $"« {key} » doit être une liste", "une entrée par ligne commençant par « - ».");
        return seq.Children.Select(c => c is YamlMappingNode m
            ? new YamlMap(m, File, keys, retired)
            : throw Error(c, $"chaque élément de « {key} » doit contenir des clés", "écrivez « - clé: valeur » puis les autres clés alignées dessous.")).ToList();
    }

    public YamlMap Map(string key, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, Func<YamlMap, string>>? retired = null) =>
        OptionalMap(key, keys, retired) ?? throw Missing(key, "un groupe de clés");

    public YamlMap? OptionalMap(string key, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, Func<YamlMap, string>>? retired = null)
    {
        if (!_values.TryGetValue(key, out var node)) return null;
        return node is YamlMappingNode m ? new YamlMap(m, File, keys, retired)
            : throw Error(node, $"« {key} » doit contenir des clés", "écrivez les clés en dessous, indentées de deux espaces.");
    }

    /// <summary>A diagnostic at the value of <paramref name="key"/> (or at this mapping).</summary>
    public DiagnosticException ErrorAt(string key, string message, string hint) =>
        _values.TryGetValue(key, out var node) ? Error(node, message, hint) : Error(_node, message, hint);

    private DiagnosticException Missing(string key, string what) =>
        Error(_node, $"champ obligatoire « {key} » manquant ({what} attendu)", $"ajoutez une ligne « {key}: … » à ce niveau d'indentation.");

    private DiagnosticException Error(YamlNode node, string message, string hint) =>
        new(new Diagnostic(File, (int)node.Start.Line, (int)node.Start.Column, message, hint));
}
