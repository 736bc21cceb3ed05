namespace Objecteur.Print.Content;

/// <summary>
/// Reads the booklet: its main file and the chapter, practical and recap files it names, all in
/// the same folder. Every fact carries its source, which must be one of the seed reports the
/// booklet lists or <c>legal.md</c>: a claim nobody can trace back is an error.
/// </summary>
public static class BookletLoader
{
    /// <summary>The legal references file of the collectives, citable beside the seeds.</summary>
    public const string LegalSource = "legal.md";

    private static readonly string[] SourcedKeys = ["texte", "source"];

    public static Booklet Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath,
            "titre", "sous_titre", "edition", "presentation", "pourquoi", "chapitres", "pratique", "recapitulatif", "quatrieme", "sources", "lexique", "colophon");
        var sources = map.Maps("sources", ["fichier", "titre"]).Select(s => new BookletSource(s.Text("fichier"), s.Text("titre"))).ToList();
        var known = sources.Select(s => s.Fichier).Append(LegalSource).ToList();
        var folder = Path.GetDirectoryName(path)!;
        var displayFolder = Path.GetDirectoryName(displayPath) ?? "";

        YamlMap Part(string file, params string[] keys)
        {
            var partPath = KitPaths.Resolve(folder, folder, file, (m, h) => map.ErrorAt("chapitres", m, h));
            if (!File.Exists(partPath))
                throw map.ErrorAt("chapitres", $"fichier « {file} » introuvable dans {displayFolder}", "vérifiez le nom du fichier (avec .yaml).");
            return YamlFile.Load(partPath, Path.Combine(displayFolder, file), keys);
        }

        var why = map.Map("pourquoi", ["titre", "paragraphes"]);

        var chapters = map.Texts("chapitres").Select(file =>
        {
            var c = Part(file, "titre", "titre_court", "chapeau", "constats", "droits", "actions", "citation", "pour_aller_plus_loin");
            var shortTitle = c.Text("titre_court");
            if (shortTitle.Length > 40)
                throw c.ErrorAt("titre_court", $"titre courant de {shortTitle.Length} caractères", "il s'imprime en haut des pages : 40 caractères au plus.");
            var quote = c.OptionalMap("citation", SourcedKeys);
            return new BookletChapter(Path.GetFileNameWithoutExtension(file), c.Text("titre"), shortTitle, c.Text("chapeau"),
                Sourced(c, "constats", known), Sourced(c, "droits", known), Sourced(c, "actions", known),
                quote is null ? null : Sourced(quote, known), Sourced(c, "pour_aller_plus_loin", known));
        }).ToList();

        var practical = Part(map.Text("pratique"), "titre", "sections", "journal");
        var sections = practical.Maps("sections", ["titre", "texte", "sources"])
            .Select(s => new PracticalSection(s.Text("titre"), s.Text("texte"), Sources(s, known))).ToList();
        var journal = Journal(practical.Map("journal", ["titre", "texte", "colonnes", "lignes", "sources"]), known);

        var recap = Part(map.Text("recapitulatif"), "titre", "introduction", "lignes");
        var rows = recap.Maps("lignes", ["atelier", "actions", "source"]).Select(r =>
        {
            Check(r, "source", r.Text("source"), known);
            return new RecapRow(r.Text("atelier"), r.Texts("actions"), r.Text("source"));
        }).ToList();

        var back = map.Map("quatrieme", ["texte", "contacts", "aide"]);
        var contacts = back.Maps("contacts", ["nom", "detail", "source"]).Select(c =>
        {
            Check(c, "source", c.Text("source"), known);
            return new Contact(c.Text("nom"), c.Text("detail"), c.Text("source"));
        }).ToList();

        var glossary = map.OptionalMap("lexique", ["titre", "entrees"]) is { } g
            ? new Glossary(g.Text("titre"), g.Maps("entrees", ["sigle", "sens", "source"]).Select(e =>
            {
                Check(e, "source", e.Text("source"), known);
                return new GlossaryEntry(e.Text("sigle"), e.Text("sens"), e.Text("source"));
            }).ToList())
            : null;
        var licence = map.OptionalMap("colophon", ["licence"])?.OptionalText("licence");

        return new Booklet(map.Text("titre"), map.Text("sous_titre"), map.Text("edition"), map.Text("presentation"),
            why.Text("titre"), Sourced(why, "paragraphes", known), chapters,
            practical.Text("titre"), sections, journal, recap.Text("titre"), recap.Text("introduction"), rows,
            back.Text("texte"), contacts, Sourced(back, "aide", known), sources, glossary, licence);
    }

    /// <summary>The fill-in table: a few columns that fit an A5 page, and rows enough to matter
    /// but no more than a page holds.</summary>
    private static BookletJournal Journal(YamlMap map, IReadOnlyList<string> known)
    {
        var columns = map.Texts("colonnes");
        if (columns.Count is < 2 or > 4)
            throw map.ErrorAt("colonnes", $"{columns.Count} colonne{(columns.Count > 1 ? "s" : "")} pour la page à remplir", "donnez de 2 à 4 colonnes : la page doit rester lisible.");
        if (!int.TryParse(map.Text("lignes"), out var rows) || rows is < 1 or > 20)
            throw map.ErrorAt("lignes", $"nombre de lignes « {map.Text("lignes")} » impossible", "donnez un nombre entier de 1 à 20 (10 remplissent une page A5).");
        return new BookletJournal(map.Text("titre"), map.Text("texte"), columns, rows, Sources(map, known));
    }

    private static IReadOnlyList<string> Sources(YamlMap map, IReadOnlyList<string> known)
    {
        var cited = map.Texts("sources");
        foreach (var source in cited) Check(map, "sources", source, known);
        return cited;
    }

    private static List<SourcedText> Sourced(YamlMap map, string key, IReadOnlyList<string> known) =>
        map.Maps(key, SourcedKeys).Select(m => Sourced(m, known)).ToList();

    private static SourcedText Sourced(YamlMap map, IReadOnlyList<string> known)
    {
        Check(map, "source", map.Text("source"), known);
        return new SourcedText(map.Text("texte"), map.Text("source"));
    }

    private static void Check(YamlMap map, string key, string source, IReadOnlyList<string> known)
    {
        if (!known.Contains(source))
            throw map.ErrorAt(key, $"source « {source} » inconnue",
                $"citez un compte rendu déclaré dans « sources » de livret.yaml, ou {LegalSource} ({Suggest.Hint(source, known)}).");
    }
}
