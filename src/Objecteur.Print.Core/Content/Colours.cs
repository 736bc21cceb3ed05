namespace Objecteur.Print.Content;

/// <summary>Colours as content writes them.</summary>
public static class Colours
{
    /// <summary>A colour written « #RRGGBB » or as one of the kit's colours by its key in kit.yaml
    /// (« principale », « texte_sur_secondaire »…), so that content follows a collective's colours.</summary>
    public static string HexOrTheme(YamlMap map, string key, ThemeColours theme)
    {
        var text = map.Text(key).Trim();
        if (theme.Named(text) is { } named) return named;
        if (!text.StartsWith('#'))
            throw map.ErrorAt(key, $"couleur « {text} » inconnue",
                $"{Suggest.Hint(text, OrganisationLoader.ColourKeys)} (une couleur du kit), ou un code hexadécimal comme #C0392B.");
        return Hex(map, key);
    }


    public static string Hex(YamlMap map, string key)
    {
        var text = map.Text(key).Trim();
        return System.Text.RegularExpressions.Regex.IsMatch(text, "^#[0-9A-Fa-f]{6}$") ? text
            : throw map.ErrorAt(key, $"couleur « {text} » illisible", "écrivez-la en hexadécimal : # suivi de six chiffres ou lettres A à F, par exemple #C0392B.");
    }
}
