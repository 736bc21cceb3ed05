namespace Objecteur.Print.Content;

/// <summary>Reads <c>content/kit.yaml</c>: the organisation and the list of documents.</summary>
public static class KitLoader
{
    public const string FileName = "kit.yaml";

    public static Kit Load(string root)
    {
        var display = Path.Combine("content", FileName);
        var map = YamlFile.Load(Path.Combine(root, "content", FileName), display, "organisation", "documents");
        var org = map.Map("organisation", ["nom", "site_web", "contact"]);
        var organisation = new Organisation(org.Text("nom"), org.OptionalText("site_web"), org.Texts("contact", required: false));

        var documents = new List<DocumentSpec>();
        foreach (var doc in map.Maps("documents", ["id", "titre", "type", "gabarit", "contenu", "options"]))
        {
            var id = doc.Text("id");
            if (!IsSafeId(id))
                throw doc.ErrorAt("id", $"identifiant « {id} » invalide", "utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets (ex. statut-a4).");
            if (documents.Any(d => d.Id == id))
                throw doc.ErrorAt("id", $"identifiant « {id} » en double", "chaque document doit avoir un identifiant unique.");
            var typeText = doc.Text("type");
            DocumentKind type = typeText switch
            {
                "statut" => DocumentKind.Statut,
                "lettre" => DocumentKind.Lettre,
                _ => throw doc.ErrorAt("type", $"type de document inconnu « {typeText} »", Suggest.Hint(typeText, ["statut", "lettre"])),
            };
            var options = doc.OptionalMap("options", [])
                ?.Keys.ToDictionary(k => k, k => doc.OptionalMap("options", [])!.Text(k))
                ?? new Dictionary<string, string>();
            documents.Add(new DocumentSpec(id, doc.Text("titre"), type, doc.Text("gabarit"), doc.Text("contenu"),
                options, doc.Line, doc.Column));
        }
        return new Kit(Path.GetFullPath(root), organisation, documents);
    }

    internal static bool IsSafeId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && id[0] != '-';
}
