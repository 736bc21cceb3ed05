namespace Objecteur.Print.Content;

/// <summary>Reads a letter model (content/lettres/*.yaml) and checks its internal references.</summary>
public static class LetterLoader
{
    private static readonly string[] Keys =
    [
        "titre", "description", "verifie_le", "organisme", "recommande", "delai_reponse", "sans_reponse", "champs",
        "destinataire", "objet", "references", "appel", "corps", "formule", "pieces_jointes", "copies", "conseils",
        "textes_cites", "sources", "suite_de", "quand", "envoyer_apres",
    ];

    private static readonly string[] FieldKeys = ["cle", "libelle", "obligatoire", "exemple", "personnel", "type", "options", "lignes"];
    private static readonly string[] FieldTypes = ["texte", "adresse", "date", "texte_long", "choix"];

    public static LetterModel Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, Keys);
        var fields = new List<LetterField>();
        foreach (var f in map.Maps("champs", FieldKeys))
        {
            var field = Field(f);
            if (fields.Any(x => x.Cle == field.Cle))
                throw f.ErrorAt("cle", $"champ « {field.Cle} » déclaré deux fois", "chaque clé de champ doit être unique.");
            fields.Add(field);
        }
        foreach (var required in new[] { SenderKeys.Name, SenderKeys.Address, SenderKeys.Town })
            if (fields.All(x => x.Cle != required))
                throw map.ErrorAt("champs", $"le champ « {required} » manque",
                    "chaque modèle déclare nom, adresse et ville : la mise en page les imprime à leur place.");
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

        var body = map.Text("corps");
        CheckBodyPlaceholders(map, body, fields);

        var cited = map.Maps("textes_cites", ["reference", "verification"]).Select(t =>
        {
            var mark = t.Text("verification");
            return mark is "V" or "V2" ? new CitedText(t.Text("reference"), mark)
                : throw t.ErrorAt("verification", $"marque « {mark} » refusée",
                    "une lettre ne cite que des textes marqués V ou V2 dans legal.md.");
        }).ToList();

        var id = Path.GetFileNameWithoutExtension(path);
        return new LetterModel(id, map.Text("titre"), map.Text("description"), map.Date("verifie_le"), map.Text("organisme"),
            map.Bool("recommande"), Delay(map, "delai_reponse"), map.Text("sans_reponse"), fields, recipient, map.Text("objet"), references,
            map.Text("appel"), body, map.Text("formule"), map.Texts("pieces_jointes", required: false),
            map.Texts("copies", required: false), map.Texts("conseils", required: false), cited, map.Texts("sources"),
            FollowUp(map, id));
    }

    /// <summary>A follow-up letter names the first one (<c>suite_de</c>) and says when to send it;
    /// <c>envoyer_apres</c> only where a text gives the delay.</summary>
    private static FollowUp? FollowUp(YamlMap map, string id)
    {
        var first = map.OptionalText("suite_de");
        if (first is null)
            return map.Has("quand") || map.Has("envoyer_apres")
                ? throw map.ErrorAt(map.Has("quand") ? "quand" : "envoyer_apres", "« quand » et « envoyer_apres » ne servent qu'aux lettres de suite",
                    "ajoutez « suite_de: » avec le nom du modèle de la première lettre, ou retirez ces lignes.")
                : null;
        if (first == id)
            throw map.ErrorAt("suite_de", $"la lettre « {id} » se suit elle-même", "« suite_de » nomme le modèle de la première lettre (son nom de fichier sans .yaml).");
        var (line, column) = map.PositionOf("suite_de");
        return new FollowUp(first, map.Text("quand"), Delay(map, "envoyer_apres"), new Diagnostic(map.File, line, column,
            $"« suite_de » nomme le modèle « {first} », qui n'existe pas dans content/lettres/"));
    }

    private static LetterField Field(YamlMap f)
    {
        var typeText = f.OptionalText("type") ?? "texte";
        var type = typeText switch
        {
            "texte" => FieldType.Texte,
            "adresse" => FieldType.Adresse,
            "date" => FieldType.Date,
            "texte_long" => FieldType.TexteLong,
            "choix" => FieldType.Choix,
            _ => throw f.ErrorAt("type", $"type de champ inconnu « {typeText} »", Suggest.Hint(typeText, FieldTypes)),
        };
        var options = f.Texts("options", required: false);
        if (type == FieldType.Choix && options.Count < 2)
            throw f.ErrorAt(f.Has("options") ? "options" : "type", "un champ « choix » propose au moins deux options",
                "ajoutez « options: » avec une ligne « - option » par choix.");
        if (type != FieldType.Choix && options.Count > 0)
            throw f.ErrorAt("options", "« options » ne sert qu'aux champs de type « choix »", "retirez « options » ou écrivez « type: choix ».");
        var lines = f.OptionalText("lignes");
        if (lines is not null && type != FieldType.TexteLong)
            throw f.ErrorAt("lignes", "« lignes » ne sert qu'aux champs de type « texte_long »", "retirez « lignes » ou écrivez « type: texte_long ».");
        var lineCount = 3;
        if (lines is not null && (!int.TryParse(lines, out lineCount) || lineCount is < 1 or > 12))
            throw f.ErrorAt("lignes", $"« lignes » vaut « {lines} »", "écrivez un nombre de lignes entre 1 et 12.");
        return new LetterField(f.Text("cle"), f.Text("libelle"), f.Bool("obligatoire"), f.Text("exemple"), f.Bool("personnel", false),
            type, options, lineCount);
    }

    /// <summary>« 2 mois », « 30 jours »: a date can then be computed for the follow-up note. Absent
    /// where no text sets a delay: the note then computes no date.</summary>
    private static AnswerDelay? Delay(YamlMap map, string key)
    {
        var text = map.OptionalText(key);
        if (text is null) return null;
        var match = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^(\d{1,3}) (jours?|mois)$");
        if (!match.Success || int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            throw map.ErrorAt(key, $"délai « {text} » illisible", "écrivez un nombre suivi de « jours » ou « mois », par exemple « 2 mois », ou retirez la ligne si aucun texte ne fixe de délai.");
        return new AnswerDelay(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            match.Groups[2].Value == "mois" ? DelayUnit.Mois : DelayUnit.Jours);
    }

    /// <summary>Every <c>{cle}</c> of the body names a field; a multi-line or choice field stands
    /// alone in its paragraph, since it prints as lines or tick boxes.</summary>
    private static void CheckBodyPlaceholders(YamlMap map, string body, IReadOnlyList<LetterField> fields)
    {
        var keys = fields.Select(f => f.Cle).ToList();
        foreach (var paragraph in body.Split("\n\n"))
            foreach (var key in Placeholders.In(paragraph))
            {
                var field = fields.FirstOrDefault(f => f.Cle == key)
                    ?? throw map.ErrorAt("corps", $"champ « {key} » inconnu dans le corps de la lettre", Suggest.Hint(key, keys));
                if (field.IsBlock && paragraph.Trim() != "{" + key + "}")
                    throw map.ErrorAt("corps", $"le champ « {key} » doit former un paragraphe à lui seul",
                        "laissez une ligne vide avant et après « {" + key + "} » : il s'imprime sur plusieurs lignes.");
            }
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
