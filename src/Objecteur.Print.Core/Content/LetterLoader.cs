namespace Objecteur.Print.Content;

/// <summary>Reads a letter model (content/lettres/*.yaml) and checks its internal references.</summary>
public static class LetterLoader
{
    private static readonly string[] Keys =
    [
        "titre", "description", "verifie_le", "organisme", "recommande", "delai_reponse", "champs", "destinataire",
        "objet", "references", "appel", "corps", "formule", "pieces_jointes", "textes_cites", "sources",
    ];

    public static LetterModel Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, Keys);
        var fields = new List<LetterField>();
        foreach (var f in map.Maps("champs", ["cle", "libelle", "obligatoire", "exemple", "personnel", "type"]))
        {
            var typeText = f.OptionalText("type") ?? "texte";
            var type = typeText switch
            {
                "texte" => FieldType.Texte,
                "adresse" => FieldType.Adresse,
                "date" => FieldType.Date,
                _ => throw f.ErrorAt("type", $"type de champ inconnu « {typeText} »", Suggest.Hint(typeText, ["texte", "adresse", "date"])),
            };
            var key = f.Text("cle");
            if (fields.Any(x => x.Cle == key))
                throw f.ErrorAt("cle", $"champ « {key} » déclaré deux fois", "chaque clé de champ doit être unique.");
            fields.Add(new LetterField(key, f.Text("libelle"), f.Bool("obligatoire"), f.Text("exemple"), f.Bool("personnel", false), type));
        }
        var keys = fields.Select(f => f.Cle).ToList();

        var recipient = map.Texts("destinataire");
        foreach (var line in recipient)
            foreach (var placeholder in Placeholders.In(line).Where(p => !keys.Contains(p)))
                throw map.ErrorAt("destinataire", $"champ « {placeholder} » inconnu dans le destinataire", Suggest.Hint(placeholder, keys));

        var references = map.Maps("references", ["libelle", "champ"], required: false)
            .Select(r =>
            {
                var champ = r.Text("champ");
                return keys.Contains(champ) ? new LetterReference(r.Text("libelle"), champ)
                    : throw r.ErrorAt("champ", $"champ « {champ} » inconnu", Suggest.Hint(champ, keys));
            }).ToList();

        var cited = map.Maps("textes_cites", ["reference", "verification"]).Select(t =>
        {
            var mark = t.Text("verification");
            return mark is "V" or "V2" ? new CitedText(t.Text("reference"), mark)
                : throw t.ErrorAt("verification", $"marque « {mark} » refusée",
                    "une lettre ne cite que des textes marqués V ou V2 dans legal.md.");
        }).ToList();

        var id = Path.GetFileNameWithoutExtension(path);
        return new LetterModel(id, map.Text("titre"), map.Text("description"), map.Date("verifie_le"), map.Text("organisme"),
            map.Bool("recommande"), map.Text("delai_reponse"), fields, recipient, map.Text("objet"), references,
            map.Text("appel"), map.Text("corps"), map.Text("formule"), map.Texts("pieces_jointes", required: false),
            cited, map.Texts("sources"));
    }
}

/// <summary>The <c>{cle}</c> placeholders of recipient lines.</summary>
public static class Placeholders
{
    public static IEnumerable<string> In(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, @"\{([a-z0-9_]+)\}").Select(m => m.Groups[1].Value);

    public static string Fill(string line, Func<string, string> value) =>
        System.Text.RegularExpressions.Regex.Replace(line, @"\{([a-z0-9_]+)\}", m => value(m.Groups[1].Value));
}
