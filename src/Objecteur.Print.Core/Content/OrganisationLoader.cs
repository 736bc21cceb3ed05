
namespace Objecteur.Print.Content;

/// <summary>Reads and checks kit.yaml's <c>organisation:</c> block: contacts, logo (decoded),
/// colours (WCAG AA contrast) and printer.</summary>
public static class OrganisationLoader
{
    public static readonly string[] Keys =
        ["nom", "nom_court", "adresse", "telephone", "courriel", "site_web", "permanence", "logo", "couleurs", "imprimeur", "tampon"];

    /// <summary>Keys the block had once, and what replaced them.</summary>
    public static readonly IReadOnlyDictionary<string, Func<YamlMap, string>> Retired = new Dictionary<string, Func<YamlMap, string>>
    {
        ["contact"] = _ => "écrivez chaque moyen de vous joindre à sa place : adresse (lignes), telephone, permanence, courriel, site_web.",
    };

    public static readonly string[] ColourKeys = ["principale", "texte_sur_principale", "secondaire", "texte_sur_secondaire", "claire"];

    /// <param name="contentDirectory">Where the logo's path starts.</param>
    public static Organisation Read(YamlMap org, string contentDirectory)
    {
        var adresse = org.Texts("adresse", required: false);
        if (adresse.Count > 6)
            throw org.ErrorAt("adresse", "l'adresse a plus de 6 lignes", "une adresse postale tient en 6 lignes au plus (norme NF Z10-011).");
        var printer = org.OptionalMap("imprimeur", ["nom", "adresse"]);
        var printerName = printer?.OptionalText("nom");
        var printerAddress = printer?.Texts("adresse", required: false) ?? [];
        if (printerName is not null && printerAddress.Count == 0)
            throw printer!.ErrorAt("nom", $"l'imprimeur « {printerName} » n'a pas d'adresse",
                "la loi du 29 juillet 1881 (art. 3) demande le nom et l'adresse de l'imprimeur : ajoutez « adresse: » sous « imprimeur: ».");
        return new Organisation(
            org.Text("nom"),
            adresse,
            org.OptionalText("telephone"),
            org.OptionalText("courriel"),
            org.OptionalText("site_web"),
            org.OptionalText("permanence"),
            Logo(org, contentDirectory),
            Colours(org.OptionalMap("couleurs", ColourKeys)),
            new Printer(printerName, printerName is null ? adresse : printerAddress),
            org.Bool("tampon", true),
            org.OptionalText("nom_court"));
    }

    private static string? Logo(YamlMap org, string contentDirectory)
    {
        var logo = org.OptionalText("logo");
        if (logo is null) return null;
        var path = KitPaths.Resolve(contentDirectory, contentDirectory, logo, (m, h) => org.ErrorAt("logo", m, h));
        if (Directory.Exists(path))
            throw org.ErrorAt("logo", $"logo « {logo} » : c'est un dossier, pas une image", "donnez le nom du fichier PNG ou JPEG, par exemple logo.png.");
        if (!File.Exists(path))
            throw org.ErrorAt("logo", $"logo « {logo} » introuvable", "placez le fichier dans le dossier content/ (ou corrigez le chemin, relatif à content/).");
        try
        {
            RasterImage.Prepare(File.ReadAllBytes(path), logo);
        }
        catch (UnreadableImageException e)
        {
            throw org.ErrorAt("logo", e.Message, e.Hint);
        }
        return logo.Replace('\\', '/');
    }

    /// <summary>The theme colours: the kit's own defaults for any not given (the light tint follows
    /// the main colour), then every pair that templates print on each other checked for contrast.</summary>
    private static ThemeColours Colours(YamlMap? map)
    {
        var d = ThemeColours.Default;
        string Get(string key, string fallback) => map is not null && map.Has(key) ? Content.Colours.Hex(map, key).ToUpperInvariant() : fallback;
        var principale = Get("principale", d.Principale);
        var colours = new ThemeColours(
            principale,
            Get("texte_sur_principale", d.TexteSurPrincipale),
            Get("secondaire", d.Secondaire),
            Get("texte_sur_secondaire", d.TexteSurSecondaire),
            Get("claire", principale == d.Principale ? d.Claire : Contrast.Tint(principale, 0.11)));
        if (map is null) return colours;
        const string Paper = "#FFFFFF";
        const string Ink = "#000000";
        Check(map, "principale", colours.Principale, "texte_sur_principale", colours.TexteSurPrincipale);
        Check(map, "secondaire", colours.Secondaire, "texte_sur_secondaire", colours.TexteSurSecondaire);
        // Titles and labels are printed in the theme colours on the paper.
        Check(map, "principale", colours.Principale, null, Paper);
        Check(map, "secondaire", colours.Secondaire, null, Paper);
        // The light tint is a background under black text, and a text colour on the main colour (the booklet's cover).
        Check(map, "claire", colours.Claire, null, Ink);
        Check(map, "principale", colours.Principale, "claire", colours.Claire);
        return colours;
    }

    private static void Check(YamlMap map, string key, string colour, string? otherKey, string other)
    {
        var ratio = Contrast.Ratio(colour, other);
        if (ratio >= Contrast.Normal) return;
        var second = otherKey is not null ? $"couleurs.{otherKey} ({other})"
            : other == "#FFFFFF" ? "le blanc du papier (#FFFFFF)" : "le texte noir (#000000)";
        throw map.ErrorAt(map.Has(key) ? key : otherKey ?? key,
            $"couleurs.{key} ({colour}) et {second} : contraste {Contrast.Format(ratio)}, il faut au moins 4,5:1",
            "le texte serait difficile à lire (règle WCAG AA) : foncez la couleur de fond ou choisissez un texte plus contrasté (blanc #FFFFFF ou presque noir #1B1B1B).");
    }
}

/// <summary>WCAG 2 contrast between two colours « #RRGGBB »: from 1 (the same) to 21 (black on white).</summary>
public static class Contrast
{
    /// <summary>AA for body text; large text (18 pt, or 14 pt bold) needs <see cref="Large"/>.</summary>
    public const double Normal = 4.5;
    public const double Large = 3;

    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Relative luminance (WCAG 2: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722).</summary>
    public static double Luminance(string hex)
    {
        static double Channel(int v)
        {
            var c = v / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var (r, g, b) = Rgb(hex);
        return 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);
    }

    /// <summary>« 3,2:1 », rounded down so that a ratio just under the rule never reads as reaching it.</summary>
    public static string Format(double ratio) =>
        (Math.Floor(ratio * 10) / 10).ToString("0.#", French.Culture) + ":1";

    /// <summary><paramref name="amount"/> of the colour on white (0.11: a light background tint).</summary>
    public static string Tint(string hex, double amount)
    {
        var (r, g, b) = Rgb(hex);
        int Mix(int v) => (int)Math.Round(255 - (255 - v) * amount);
        return $"#{Mix(r):X2}{Mix(g):X2}{Mix(b):X2}";
    }

    private static (int R, int G, int B) Rgb(string hex) =>
        (System.Convert.ToInt32(hex.Substring(1, 2), 16), System.Convert.ToInt32(hex.Substring(3, 2), 16), System.Convert.ToInt32(hex.Substring(5, 2), 16));
}
