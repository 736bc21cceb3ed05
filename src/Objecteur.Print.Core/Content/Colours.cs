namespace Objecteur.Print.Content;

/// <summary>Colours as content writes them.</summary>
public static class Colours
{
    public static string Hex(YamlMap map, string key)
    {
        var text = map.Text(key).Trim();
        return System.Text.RegularExpressions.Regex.IsMatch(text, "^#[0-9A-Fa-f]{6}$") ? text
            : throw map.ErrorAt(key, $"couleur « {text} » illisible", "écrivez-la en hexadécimal : # suivi de six chiffres ou lettres A à F, par exemple #C0392B.");
    }
}
