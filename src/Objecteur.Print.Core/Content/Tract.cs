namespace Objecteur.Print.Content;

/// <summary>A flyer's colours, « #RRGGBB »: the recto's background (to the bleed) and text, and
/// the accent of the verso's headings.</summary>
public sealed record TractColours(string Fond, string Texte, string Accent);

/// <summary>The recto: a headline that reads from across a market square.</summary>
public sealed record TractRecto(string? Surtitre, string Accroche, string Texte, string Signature);

/// <summary>The verso: the explanation and what to do.</summary>
public sealed record TractVerso(string Titre, string Texte, string Appel, string Contact);

/// <summary>A flyer (content/tracts/*.yaml), A5 or A6, printed both sides.</summary>
/// <param name="Falc">An easy-to-read version: large type, left-aligned, no hyphenation.</param>
public sealed record Tract(string Id, string Titre, string Format, bool Falc, TractColours Couleurs, TractRecto Recto, TractVerso Verso, IReadOnlyList<string> Sources);

/// <summary>Reads a flyer and checks its format and colours.</summary>
public static class TractLoader
{
    public static Tract Load(string path, string displayPath)
    {
        var map = YamlFile.Load(path, displayPath, "titre", "format", "falc", "couleurs", "recto", "verso", "sources");
        var format = map.Text("format").Trim().ToUpperInvariant();
        if (format is not ("A5" or "A6"))
            throw map.ErrorAt("format", $"format « {format} » non prévu pour un tract", "écrivez A5 ou A6.");
        var colours = map.Map("couleurs", ["fond", "texte", "accent"]);
        var recto = map.Map("recto", ["surtitre", "accroche", "texte", "signature"]);
        var verso = map.Map("verso", ["titre", "texte", "appel", "contact"]);
        return new Tract(Path.GetFileNameWithoutExtension(path), map.Text("titre"), format, map.Bool("falc", false),
            new TractColours(Colours.Hex(colours, "fond"), Colours.Hex(colours, "texte"), Colours.Hex(colours, "accent")),
            new TractRecto(recto.OptionalText("surtitre"), recto.Text("accroche"), recto.Text("texte"), recto.Text("signature")),
            new TractVerso(verso.Text("titre"), verso.Text("texte"), verso.Text("appel"), verso.Text("contact")),
            map.Texts("sources"));
    }
}
