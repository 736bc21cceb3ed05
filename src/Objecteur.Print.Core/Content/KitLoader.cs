namespace Objecteur.Print.Content;

/// <summary>Reads <c>content/kit.yaml</c>: the organisation and the list of documents.</summary>
public static class KitLoader
{
    public const string FileName = "kit.yaml";

    /// <param name="kinds">The kinds of document a <c>type:</c> may name.</param>
    public static Kit Load(string root, IReadOnlyCollection<KindRules> kinds)
    {
        var display = Path.Combine("content", FileName);
        var map = YamlFile.Load(Path.Combine(root, "content", FileName), display, "organisation", "documents", "lettres", "badges");
        var organisation = OrganisationLoader.Read(map.Map("organisation", OrganisationLoader.Keys, OrganisationLoader.Retired), Path.Combine(root, "content"));

        var documents = new List<DocumentSpec>();
        var entries = map.Maps("documents", DocumentKeys, retired: RetiredDocumentKeys);
        if (entries.Count == 0)
            throw map.ErrorAt("documents", "la liste des documents est vide : il n'y a rien à fabriquer",
                "ajoutez au moins un document « - id: … » (voir content/README.md), ou repartez du kit intégré avec « objecteur nouveau-kit DOSSIER ».");
        foreach (var doc in entries)
        {
            var id = doc.Text("id");
            if (!IsSafeId(id))
                throw doc.ErrorAt("id", $"identifiant « {id} » invalide", "utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets (ex. statut-a4).");
            if (documents.Any(d => d.Id == id))
                throw doc.ErrorAt("id", $"identifiant « {id} » en double", "chaque document doit avoir un identifiant unique.");
            var typeText = doc.Text("type");
            var kind = kinds.FirstOrDefault(k => k.Name == typeText)
                ?? throw doc.ErrorAt("type", $"type de document inconnu « {typeText} »", Suggest.Hint(typeText, kinds.Select(k => k.Name).ToList()));
            var content = kind.NeedsContent ? doc.Text("contenu") : doc.OptionalText("contenu") ?? "";
            if (content.Length > 0)
                MustExist(doc, "contenu", KitPaths.Resolve(root, Path.Combine(root, "content"), content, (m, h) => doc.ErrorAt("contenu", m, h)),
                    $"fichier de contenu « {content} » introuvable dans content/", () => Files(root, "content", "*.yaml", relative: true));
            var template = doc.Text("gabarit");
            MustExist(doc, "gabarit", KitPaths.Resolve(root, Path.Combine(root, "templates"), template + ".hbs", (m, h) => doc.ErrorAt("gabarit", m, h)),
                $"gabarit « {template} » introuvable (il faut un fichier templates/{template}.hbs)", () => Files(root, "templates", "*.hbs", relative: false));
            var options = doc.OptionalMap("options", [])
                ?.Keys.ToDictionary(k => k, k => doc.OptionalMap("options", [])!.Text(k))
                ?? new Dictionary<string, string>();
            var imposition = doc.OptionalMap("imposition", ["fichier", "guide", "fluage", "imprimerie", "fond_perdu_imprimerie"]);
            if (imposition is not null && !kind.Imposable)
                throw doc.ErrorAt("imposition", $"un document de type « {kind.Name} » ne s'impose pas",
                    $"retirez « imposition » de ce document (types qui s'imposent : {Names(kinds, k => k.Imposable)}).");
            var spec = new DocumentSpec(id, doc.Text("titre"), kind, doc.Text("gabarit"), content, options, doc.Line, doc.Column,
                imposition is null ? null : new ImpositionSpec(SafeId(imposition, "fichier"), SafeId(imposition, "guide"), Mm(imposition, "fluage", 0),
                    imposition.OptionalText("imprimerie") is null ? null : SafeId(imposition, "imprimerie"), Mm(imposition, "fond_perdu_imprimerie", 3)));
            foreach (var file in spec.Files)
                if (documents.Any(d => d.Files.Contains(file)))
                    throw doc.ErrorAt("id", $"le fichier « {file} » serait écrit par deux documents", "donnez-leur des identifiants différents.");
            documents.Add(spec);
        }
        return new Kit(Path.GetFullPath(root), organisation, documents, Letters(map.OptionalMap("lettres", ["fenetre"])),
            Machines(map.OptionalMap("badges", ["profils"])));
    }

    private static readonly string[] DocumentKeys = ["id", "titre", "type", "gabarit", "contenu", "options", "imposition"];

    /// <summary>Keys a document's entry had once: a kit made before office sheets were derived
    /// from the piece's size names its own.</summary>
    private static readonly Dictionary<string, Func<YamlMap, string>> RetiredDocumentKeys = new()
    {
        ["planche"] = doc => $"supprimez-la : la planche A4 de chaque tract et de la carte est maintenant calculée d'après son format (fichier « {doc.OptionalText("id") ?? "<id>"}-planche-a4.pdf »), sans rien à écrire.",
    };

    /// <summary>The values of kit.yaml that shape one document — its own entry, the organisation,
    /// the letter and badge settings — for an error found in its layout (see <see cref="ValueOrigins"/>).</summary>
    public static IEnumerable<ValueOrigin> Origins(string root, DocumentSpec spec) =>
        ValueOrigins.Yaml(Path.Combine(root, "content", FileName), Path.Combine("content", FileName),
            node => node is YamlDotNet.RepresentationModel.YamlMappingNode m && m.Children.ContainsKey("gabarit") && m.Start.Line != spec.Line);

    /// <summary>A file named by a document, checked here so that a missing one is reported at its
    /// line in kit.yaml, with the closest name the kit has (the kit's names are listed only then:
    /// listing them for every document was a folder walk per entry, in every run).</summary>
    private static void MustExist(YamlMap doc, string key, string path, string message, Func<IReadOnlyCollection<string>> candidates)
    {
        if (File.Exists(path)) return;
        var typed = doc.Text(key);
        throw Directory.Exists(path)
            ? doc.ErrorAt(key, $"« {typed} » est un dossier, pas un fichier", "donnez le chemin d'un fichier de ce dossier.")
            : doc.ErrorAt(key, message, Suggest.Hint(typed, candidates()));
    }

    /// <summary>A kit folder's files of one pattern: paths relative to it (content), or bare names (templates).</summary>
    private static List<string> Files(string root, string folder, string pattern, bool relative)
    {
        var full = Path.Combine(root, folder);
        if (!Directory.Exists(full)) return [];
        return Directory.EnumerateFiles(full, pattern, relative ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => relative ? Path.GetRelativePath(full, f).Replace('\\', '/') : Path.GetFileNameWithoutExtension(f))
            .Where(f => !f.StartsWith('_')).Order(StringComparer.Ordinal).ToList();
    }

    private static string Names(IEnumerable<KindRules> kinds, Func<KindRules, bool> which) =>
        string.Join(", ", kinds.Where(which).Select(k => k.Name));

    /// <summary>The kit's own button presses; a cut circle must hold the face, which holds the text.</summary>
    private static List<BadgeMachine> Machines(YamlMap? badges)
    {
        var machines = new List<BadgeMachine>();
        foreach (var m in badges?.Maps("profils", ["id", "nom", "face", "coupe", "securite"]) ?? [])
        {
            var machine = new BadgeMachine(m.Text("id"), m.Text("nom"), Mm(m, "face", 0), Mm(m, "coupe", 0), Mm(m, "securite", 0));
            if (!(machine.Securite > 0 && machine.Securite <= machine.Face && machine.Face < machine.Coupe && machine.Coupe <= 190))
                throw m.ErrorAt("coupe", $"profil de badge « {machine.Id} » incohérent",
                    "il faut 0 < securite ≤ face < coupe ≤ 190 mm (la découpe entoure la face, qui contient le texte).");
            machines.Add(machine);
        }
        return machines;
    }

    private static LetterSettings Letters(YamlMap? letters)
    {
        var window = letters?.OptionalMap("fenetre", ["gauche", "haut", "largeur", "hauteur"]);
        if (window is null) return LetterSettings.Default;
        var d = LetterSettings.Default.Window;
        var rect = new MmRect(Mm(window, "gauche", d.X), Mm(window, "haut", d.Y), Mm(window, "largeur", d.Width), Mm(window, "hauteur", d.Height));
        var settings = new LetterSettings(rect);
        if (rect.X + rect.Width > 210 || rect.Y + rect.Height > LetterSettings.Fold - 13
            || settings.AddressZone.Width < LetterSettings.MinZoneWidth || settings.AddressZone.Height < LetterSettings.MinZoneHeight)
            throw letters!.ErrorAt("fenetre", "la fenêtre sort du premier tiers de la feuille A4 ou est trop petite",
                "son bas doit être à 86 mm du haut au plus (la date s'imprime dessous, avant le pli à 99 mm) et elle doit mesurer au moins 90 × 41 mm : l'adresse doit rester visible quand la feuille bouge de 10 mm dans l'enveloppe ; imprimez « objecteur calibrage » pour mesurer vos enveloppes.");
        return settings;
    }

    /// <summary>A length in millimetres, written « 110mm » (or a bare number).</summary>
    private static double Mm(YamlMap map, string key, double fallback)
    {
        var text = map.OptionalText(key);
        if (text is null) return fallback;
        var number = text.Trim().EndsWith("mm", StringComparison.Ordinal) ? text.Trim()[..^2].Trim() : text.Trim();
        return double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var mm) && mm >= 0
            ? mm
            : throw map.ErrorAt(key, $"« {key} » vaut « {text} »", "écrivez une longueur en millimètres, par exemple 110mm.");
    }

    private static string SafeId(YamlMap map, string key)
    {
        var id = map.Text(key);
        return IsSafeId(id) ? id : throw map.ErrorAt(key, $"nom de fichier « {id} » invalide",
            "utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets (ex. livret-a4-livret).");
    }

    internal static bool IsSafeId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && id[0] != '-';
}
