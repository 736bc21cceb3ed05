namespace Objecteur.Print.Content;

/// <summary>One badge design: a short slogan on a coloured face.</summary>
/// <param name="Fond">Face colour, « #RRGGBB » (content may name a kit colour instead), printed to the cut circle.</param>
/// <param name="Couleur">Text colour.</param>
/// <param name="Court">The slogan's shorter form, set on a badge too small for the whole of it (or null).</param>
public sealed record Badge(string Id, string Texte, string Fond, string Couleur, string Source, string? Court = null);

/// <summary>The badge designs of the kit (content/pins/*.yaml).</summary>
public static class BadgeLoader
{
    public static IReadOnlyList<Badge> Load(string path, string displayPath, ThemeColours theme)
    {
        var map = YamlFile.Load(path, displayPath, "badges");
        var badges = new List<Badge>();
        foreach (var b in map.Maps("badges", ["id", "texte", "court", "fond", "couleur", "source"]))
        {
            var id = b.Text("id");
            if (badges.Any(x => x.Id == id))
                throw b.ErrorAt("id", $"badge « {id} » déclaré deux fois", "chaque badge a un identifiant unique.");
            var badge = new Badge(id, b.Text("texte"), Colours.HexOrTheme(b, "fond", theme), Colours.HexOrTheme(b, "couleur", theme), b.Text("source"), b.OptionalText("court"));
            // A badge's words are large and bold: WCAG AA asks 3:1 for such text.
            var ratio = Contrast.Ratio(badge.Fond, badge.Couleur);
            if (ratio < Contrast.Large)
                throw b.ErrorAt("couleur", $"couleur ({badge.Couleur}) et fond ({badge.Fond}) : contraste {Contrast.Format(ratio)}, il faut au moins 3:1",
                    "le texte du badge serait difficile à lire (règle WCAG AA pour les grands caractères) : choisissez des couleurs plus contrastées.");
            badges.Add(badge);
        }
        if (badges.Count == 0) throw map.ErrorAt("badges", "aucun badge", "ajoutez au moins un badge sous « badges: ».");
        return badges;
    }
}
