namespace Objecteur.Print.Content;

/// <summary>Reads the statute file and checks that every article cites declared sources.</summary>
public static class StatuteLoader
{
    public static Statute Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, "titre", "sous_titre", "etat", "preambule", "articles", "appel", "sources");
        var sources = map.Maps("sources", ["id", "titre"]).Select(s => new Source(s.Text("id"), s.Text("titre"))).ToList();
        var articles = new List<Article>();
        foreach (var a in map.Maps("articles", ["titre", "texte", "ateliers", "sources"]))
        {
            var cited = a.Texts("sources");
            foreach (var id in cited.Where(id => sources.All(s => s.Id != id)))
                throw a.ErrorAt("sources", $"source « {id} » non déclarée",
                    $"déclarez-la dans la liste « sources » en fin de fichier ({Suggest.Hint(id, sources.Select(s => s.Id).ToList())}).");
            articles.Add(new Article(articles.Count + 1, a.Text("titre"), a.Text("texte"), a.Texts("ateliers"), cited));
        }
        if (articles.Count == 0)
            throw map.ErrorAt("articles", "le statut n'a aucun article", "ajoutez au moins un article sous « articles: ».");
        return new Statute(map.Text("titre"), map.Text("sous_titre"), map.Text("etat"), map.Text("preambule"),
            articles, map.OptionalText("appel"), sources);
    }
}
