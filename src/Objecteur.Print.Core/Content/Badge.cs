namespace Objecteur.Print.Content;

/// <summary>One badge design: a short slogan on a coloured face.</summary>
/// <param name="Fond">Face colour, « #RRGGBB », printed to the cut circle.</param>
/// <param name="Couleur">Text colour.</param>
public sealed record Badge(string Id, string Texte, string Fond, string Couleur, string Source);

/// <summary>The badge designs of the kit (content/pins/*.yaml).</summary>
public static class BadgeLoader
{
    public static IReadOnlyList<Badge> Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, "badges");
        var badges = new List<Badge>();
        foreach (var b in map.Maps("badges", ["id", "texte", "fond", "couleur", "source"]))
        {
            var id = b.Text("id");
            if (badges.Any(x => x.Id == id))
                throw b.ErrorAt("id", $"badge « {id} » déclaré deux fois", "chaque badge a un identifiant unique.");
            badges.Add(new Badge(id, b.Text("texte"), Colours.Hex(b, "fond"), Colours.Hex(b, "couleur"), b.Text("source")));
        }
        if (badges.Count == 0) throw map.ErrorAt("badges", "aucun badge", "ajoutez au moins un badge sous « badges: ».");
        return badges;
    }
}
