namespace Objecteur.Print.Content;

/// <summary>A flyer's own colours, « #RRGGBB », in place of the kit's theme: the recto's background
/// (to the bleed) and text, and the accent of the verso's headings and call (white text on it).</summary>
public sealed record TractColours(string Fond, string Texte, string Accent);

/// <summary>The recto: a headline that reads from across a market square.</summary>
/// <param name="Signature">Who signs; the organisation's name when absent.</param>
public sealed record TractRecto(string? Surtitre, string Accroche, string Texte, string? Signature);

/// <summary>The verso: the explanation and what to do.</summary>
/// <param name="Remise">What the organisation hands over to whoever comes (« la lettre type pour la
/// CAF »): the template writes how to come and get it, from the organisation's contacts.</param>
/// <param name="Contact">One more way in, after the organisation's own (« Voir aussi : … »).</param>
public sealed record TractVerso(string Titre, string Texte, string Appel, string? Remise, string? Contact);

/// <summary>A flyer (content/tracts/*.yaml), A5 or A6, printed both sides; in the kit's theme colours unless it has its own.</summary>
/// <param name="Falc">An easy-to-read version: large type, left-aligned, no hyphenation.</param>
public sealed record Tract(string Id, string Titre, string Format, bool Falc, TractColours? Couleurs, TractRecto Recto, TractVerso Verso, IReadOnlyList<string> Sources);

/// <summary>Reads a flyer and checks its format and colours.</summary>
public static class TractLoader
{
    public static Tract Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, "titre", "format", "falc", "couleurs", "recto", "verso", "sources");
        var format = map.Text("format").Trim().ToUpperInvariant();
        if (format is not ("A5" or "A6"))
            throw map.ErrorAt("format", $"format « {format} » non prévu pour un tract", "écrivez A5 ou A6.");
        var colours = map.OptionalMap("couleurs", ["fond", "texte", "accent"]);
        var recto = map.Map("recto", ["surtitre", "accroche", "texte", "signature"]);
        var verso = map.Map("verso", ["titre", "texte", "appel", "remise", "contact"]);
        return new Tract(Path.GetFileNameWithoutExtension(path), map.Text("titre"), format, map.Bool("falc", false),
            colours is null ? null : Checked(colours),
            new TractRecto(recto.OptionalText("surtitre"), recto.Text("accroche"), recto.Text("texte"), recto.OptionalText("signature")),
            new TractVerso(verso.Text("titre"), verso.Text("texte"), verso.Text("appel"), verso.OptionalText("remise"), verso.OptionalText("contact")),
            map.Texts("sources"));
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
