namespace Objecteur.Print.Content;

/// <summary>Reads the statute file and checks that every article cites declared sources.</summary>
public static class StatuteLoader
{
    /// <summary>A poster line read from 2–3 m: about 55 characters fill an A3 line at 26 pt.</summary>
    public const int ShortLineMax = 55;

    public static Statute Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, "titre", "sous_titre", "etat", "preambule", "articles", "appel", "appel_court", "sources");
        var sources = map.Maps("sources", ["id", "titre"]).Select(s => new Source(s.Text("id"), s.Text("titre"))).ToList();
        var articles = new List<Article>();
        foreach (var a in map.Maps("articles", ["titre", "court", "texte", "ateliers", "sources"]))
        {
            var cited = a.Texts("sources");
            foreach (var id in cited.Where(id => sources.All(s => s.Id != id)))
                throw a.ErrorAt("sources", $"source « {id} » non déclarée",
                    $"déclarez-la dans la liste « sources » en fin de fichier ({Suggest.Hint(id, sources.Select(s => s.Id).ToList())}).");
            var line = a.OptionalText("court") ?? a.Text("titre");
            if (line.Length > ShortLineMax)
                throw a.ErrorAt(a.OptionalText("court") is null ? "titre" : "court", $"ligne d'affiche de {line.Length} caractères",
                    $"l'affiche met chaque droit sur une ligne lisible de loin : {ShortLineMax} caractères au plus (donnez une forme courte dans « court: »).");
            articles.Add(new Article(articles.Count + 1, a.Text("titre"), line, a.Text("texte"), a.Texts("ateliers"), cited));
        }
        if (articles.Count == 0)
            throw map.ErrorAt("articles", "le statut n'a aucun article", "ajoutez au moins un article sous « articles: ».");
        return new Statute(map.Text("titre"), map.Text("sous_titre"), map.Text("etat"), map.Text("preambule"),
            articles, map.OptionalText("appel"), map.OptionalText("appel_court"), sources);
    }
}
