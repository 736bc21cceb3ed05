using System.Globalization;
using Objecteur.Print.Content;

namespace Objecteur.Print.Templating;

/// <summary>
/// What every template sees, and how values are written for it: the content model as plain
/// dictionaries with the French keys that template authors read in the YAML files
/// (<c>{{kit.organisation.nom}}</c>, <c>{{document.titre}}</c>), lengths as markup units. Each kind
/// of document (<c>Objecteur.Print.Kinds</c>) adds its own keys.
/// </summary>
public static class TemplateModel
{
    public static Dictionary<string, object?> Common(Kit kit, DocumentSpec spec) => new()
    {
        ["kit"] = new Dictionary<string, object?> { ["organisation"] = Theme.Organisation(kit.Organisation) },
        ["theme"] = Theme.Colours(kit.Organisation.Couleurs),
        ["document"] = new Dictionary<string, object?> { ["id"] = spec.Id, ["titre"] = spec.Titre },
        ["options"] = spec.Options.ToDictionary(kv => kv.Key, kv => (object?)kv.Value),
    };

    /// <summary>A rectangle as markup lengths (<c>x</c>…) and as bare millimetres for the text (<c>x_mm</c>…).</summary>
    public static Dictionary<string, object?> Rect(MmRect r) => new()
    {
        ["x"] = Mm(r.X), ["y"] = Mm(r.Y), ["largeur"] = Mm(r.Width), ["hauteur"] = Mm(r.Height),
        ["x_mm"] = Number(r.X), ["y_mm"] = Number(r.Y), ["largeur_mm"] = Number(r.Width), ["hauteur_mm"] = Number(r.Height),
    };

    /// <summary>A length for a markup attribute: « 12.5mm ».</summary>
    public static string Mm(double mm) => Number(mm) + "mm";

    public static string Number(double mm) => mm.ToString("0.##", CultureInfo.InvariantCulture);
}
