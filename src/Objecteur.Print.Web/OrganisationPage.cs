using Microsoft.AspNetCore.Http;
using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Web;

/// <summary>
/// « Mon collectif »: the settings of kit.yaml's <c>organisation:</c> block, as listed in
/// <c>Pages/collectif.yaml</c> (key, label, hint, example, required, list, autocomplete), so a new
/// setting is one more entry there, not new code.
/// </summary>
public static class OrganisationPage
{
    public sealed record Field(string Key, string Label, string Hint, string Example, bool Required, bool IsList, string Autocomplete);

    public static IReadOnlyList<Field> Fields { get; } = Load();

    private static List<Field> Load()
    {
        using var stream = typeof(OrganisationPage).Assembly.GetManifestResourceStream("fields/collectif.yaml")!;
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("champs")]).Children.Cast<YamlMappingNode>().Select(m =>
        {
            string Text(string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            return new Field(Text("cle"), Text("libelle"), Text("aide"), Text("exemple"), Text("obligatoire") == "true", Text("liste") == "true",
                Text("autocomplete") is { Length: > 0 } a ? a : "off");
        }).ToList();
    }

    /// <summary>The values typed in the form, one per field.</summary>
    public static List<KitYamlEditor.Value> Values(IFormCollection form) =>
        Fields.Select(f => new KitYamlEditor.Value(f.Key,
            f.IsList ? form[f.Key].ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                     : [form[f.Key].ToString().ReplaceLineEndings(" ").Trim()],
            f.IsList)).ToList();

    public static List<FieldError> Check(IReadOnlyList<KitYamlEditor.Value> values) =>
        Fields.Where(f => f.Required && values.First(v => v.Key == f.Key).Lines.All(l => l.Length == 0))
            .Select(f => new FieldError(f.Key, $"champ obligatoire manquant : {f.Key}", $"ex. {f.Example}")).ToList();

    public static Dictionary<string, object?> Model(IReadOnlyDictionary<string, IReadOnlyList<string>> current, IReadOnlyList<FieldError> errors, bool saved) => new()
    {
        ["champs"] = Fields.Select(f =>
        {
            var fieldErrors = errors.Where(e => e.Key == f.Key).Select(e => new Dictionary<string, object?> { ["message"] = e.Message, ["conseil"] = e.Hint }).ToList();
            return new Dictionary<string, object?>
            {
                ["cle"] = f.Key,
                ["libelle"] = f.Label,
                ["aide"] = f.Hint,
                ["exemple"] = f.Example,
                ["obligatoire"] = f.Required,
                ["liste"] = f.IsList,
                ["autocomplete"] = f.Autocomplete,
                ["valeur"] = string.Join(f.IsList ? "\n" : " ", current.GetValueOrDefault(f.Key) ?? []),
                ["erreurs"] = fieldErrors,
                ["en_erreur"] = fieldErrors.Count > 0,
            };
        }).ToList(),
        ["erreurs"] = errors.Select(e => new Dictionary<string, object?>
        {
            ["cible"] = e.Key is null ? null : "champ-" + e.Key,
            ["libelle"] = Fields.FirstOrDefault(f => f.Key == e.Key)?.Label,
            ["message"] = e.Message,
            ["conseil"] = e.Hint,
        }).ToList(),
        ["enregistre"] = saved,
    };
}
