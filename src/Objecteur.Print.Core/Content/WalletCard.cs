namespace Objecteur.Print.Content;

/// <summary>
/// The wallet card « Je suis objecteur·trice du numérique » (content/carte.yaml): a few lines to
/// show at a counter, and on the back the statute's key article, taken from content/statut.yaml.
/// </summary>
public sealed record WalletCard(string Titre, IReadOnlyList<string> Demandes, int Article, string Mention, IReadOnlyList<string> Sources);

public static class WalletCardLoader
{
    /// <summary>A card line longer than this cannot be read at 7 pt on 85.6 mm.</summary>
    public const int MaxLineLength = 60;

    public static WalletCard Load(string path, string displayPath, Statute statute)
    {
        var map = YamlFile.Load(path, displayPath, "recto", "verso", "sources");
        var recto = map.Map("recto", ["titre", "demandes"]);
        var demands = recto.Texts("demandes");
        if (demands.Count is < 1 or > 5)
            throw recto.ErrorAt("demandes", $"{demands.Count} demandes", "une carte de visite tient de 1 à 5 lignes de demandes.");
        foreach (var line in demands.Where(l => l.Length > MaxLineLength))
            throw recto.ErrorAt("demandes", $"une demande fait {line.Length} caractères", $"{MaxLineLength} au plus, pour rester lisible sur la carte.");
        var verso = map.Map("verso", ["article", "mention"]);
        var number = verso.Text("article");
        if (!int.TryParse(number, out var article) || article < 1 || article > statute.Articles.Count)
            throw verso.ErrorAt("article", $"article « {number} » absent du statut", $"donnez un numéro d'article entre 1 et {statute.Articles.Count}.");
        return new WalletCard(recto.Text("titre"), demands, article, verso.Text("mention"), map.Texts("sources"));
    }
}
