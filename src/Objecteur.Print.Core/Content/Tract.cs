namespace Objecteur.Print.Content;

/// <summary>A flyer's own colours, « #RRGGBB », in place of the kit's theme: the recto's background
/// (to the bleed) and text, and the accent of the verso's headings and call (white text on it).</summary>
public sealed record TractColours(string Fond, string Texte, string Accent);

/// <summary>A sentence of an easy-to-read text, in the lines its author broke it into (never
/// broken elsewhere), with the pictogram that supports it (a file of content/pictos, no extension).</summary>
public sealed record PictoLine(string? Picto, IReadOnlyList<string> Lignes);

/// <summary>The paper way in: a slip to cut off, fill in by hand and give back or post to the
/// organisation, for people without internet (« Je veux recevoir la lettre par la poste »).</summary>
public sealed record TractCoupon(string Titre, string Texte);

/// <summary>The recto: a headline that reads from across a market square.</summary>
/// <param name="Texte">Markdown; an easy-to-read flyer gives <paramref name="Lignes"/> instead.</param>
/// <param name="Signature">Who signs; the organisation's name when absent.</param>
/// <param name="Visuel">The pictogram that carries the recto (a file of content/pictos).</param>
public sealed record TractRecto(string? Surtitre, string Accroche, string? Texte, IReadOnlyList<PictoLine> Lignes, string? Signature, string? Visuel, TractCoupon? Coupon);

/// <summary>The verso: the explanation and what to do.</summary>
/// <param name="Remise">What the organisation hands over to whoever comes (« la lettre type pour la
/// CAF »): the template writes how to come and get it, from the organisation's contacts.</param>
/// <param name="Contact">One more way in, after the organisation's own (« Voir aussi : … »).</param>
public sealed record TractVerso(string Titre, string? Texte, IReadOnlyList<PictoLine> Lignes, string Appel, string? Remise, string? Contact);

/// <summary>A flyer (content/tracts/*.yaml), A5 or A6, printed both sides; in the kit's theme colours unless it has its own.</summary>
/// <param name="Falc">An easy-to-read version (template tract-falc): its sides are written as
/// <c>lignes:</c>, one sentence per item, never as free Markdown.</param>
public sealed record Tract(string Id, string Titre, string Format, bool Falc, TractColours? Couleurs, TractRecto Recto, TractVerso Verso, IReadOnlyList<string> Sources);

/// <summary>Reads a flyer and checks its format, colours and pictograms.</summary>
public static class TractLoader
{
    /// <summary>The folder of content/ where pictograms live.</summary>
    public const string PictoFolder = "pictos";

    public static Tract Load(string path, string displayPath, string contentDirectory)
    {
        var map = YamlFile.Load(path, displayPath, "titre", "format", "falc", "couleurs", "recto", "verso", "sources");
        var format = map.Text("format").Trim().ToUpperInvariant();
        if (format is not ("A5" or "A6"))
            throw map.ErrorAt("format", $"format « {format} » non prévu pour un tract", "écrivez A5 ou A6.");
        var colours = map.OptionalMap("couleurs", ["fond", "texte", "accent"]);
        var recto = map.Map("recto", ["surtitre", "accroche", "texte", "lignes", "signature", "visuel", "coupon"]);
        var verso = map.Map("verso", ["titre", "texte", "lignes", "appel", "remise", "contact"]);
        string? Picto(YamlMap m, string key) => m.OptionalText(key) is { } name ? CheckedPicto(m, key, name, contentDirectory) : null;
        var coupon = recto.OptionalMap("coupon", ["titre", "texte"]);
        var falc = map.Bool("falc", false);
        foreach (var (side, name) in new[] { (recto, "recto"), (verso, "verso") })
            if (falc && side.OptionalText("texte") is not null)
                throw side.ErrorAt("texte", $"tract facile à lire : « {name}.texte » en Markdown", "écrivez ce côté en « lignes: », une phrase par élément avec son picto : le gabarit ne coupe une phrase que là où vous l'avez coupée.");
        return new Tract(Path.GetFileNameWithoutExtension(path), map.Text("titre"), format, falc,
            colours is null ? null : Checked(colours),
            new TractRecto(recto.OptionalText("surtitre"), recto.Text("accroche"), Body(recto), Lines(recto, contentDirectory), recto.OptionalText("signature"),
                Picto(recto, "visuel"), coupon is null ? null : new TractCoupon(coupon.Text("titre"), coupon.Text("texte"))),
            new TractVerso(verso.Text("titre"), Body(verso), Lines(verso, contentDirectory), verso.Text("appel"), verso.OptionalText("remise"), verso.OptionalText("contact")),
            map.Texts("sources"));
    }

    /// <summary>A side's text: Markdown (texte:) or easy-to-read lines (lignes:), one of the two.</summary>
    private static string? Body(YamlMap side)
    {
        var text = side.OptionalText("texte");
        if (text is null && side.Maps("lignes", ["picto", "texte"], required: false).Count == 0)
            throw side.ErrorAt("texte", "ce côté du tract n'a pas de texte", "écrivez « texte: » (Markdown) ou, pour un tract facile à lire, « lignes: » (une phrase par élément, avec son picto).");
        return text;
    }

    private static IReadOnlyList<PictoLine> Lines(YamlMap side, string contentDirectory) =>
        side.Maps("lignes", ["picto", "texte"], required: false).Select(l => new PictoLine(
            l.OptionalText("picto") is { } name ? CheckedPicto(l, "picto", name, contentDirectory) : null,
            l.Text("texte").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();

    private static string CheckedPicto(YamlMap map, string key, string name, string contentDirectory)
    {
        var folder = Path.Combine(contentDirectory, PictoFolder);
        if (File.Exists(Path.Combine(folder, name + ".svg"))) return name;
        var known = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.svg").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList() : [];
        throw map.ErrorAt(key, $"pictogramme « {name} » inconnu", $"donnez le nom d'un fichier SVG de content/{PictoFolder}, sans « .svg » ({Suggest.Hint(name, known)}).");
    }

    /// <summary>A flyer's own colours, checked like the theme's: its text on its background, white on its accent.</summary>
    private static TractColours Checked(YamlMap colours)
    {
        var c = new TractColours(Colours.Hex(colours, "fond"), Colours.Hex(colours, "texte"), Colours.Hex(colours, "accent"));
        foreach (var (key, colour, other, otherName) in new[] { ("texte", c.Texte, c.Fond, $"couleurs.fond ({c.Fond})"), ("accent", c.Accent, "#FFFFFF", "le texte blanc (#FFFFFF)") })
        {
            var ratio = Contrast.Ratio(colour, other);
            if (ratio < Contrast.Normal)
                throw colours.ErrorAt(key, $"couleurs.{key} ({colour}) et {otherName} : contraste {Contrast.Format(ratio)}, il faut au moins 4,5:1",
                    "le texte serait difficile à lire (règle WCAG AA) : choisissez des couleurs plus contrastées, ou retirez « couleurs: » pour prendre celles du kit.");
        }
        return c;
    }
}
