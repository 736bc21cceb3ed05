using Objecteur.Print.Content;
using Objecteur.Print.Templating;

namespace Objecteur.Print;

/// <summary>
/// What templates see: the content model as plain dictionaries with the French keys that
/// template authors read in the YAML files (<c>{{statut.titre}}</c>, <c>{{lettre.objet}}</c>).
/// </summary>
public static class TemplateModels
{
    public static Dictionary<string, object?> Common(Kit kit, DocumentSpec spec) => new()
    {
        ["kit"] = new Dictionary<string, object?>
        {
            ["organisation"] = new Dictionary<string, object?>
            {
                ["nom"] = kit.Organisation.Nom,
                ["site_web"] = kit.Organisation.SiteWeb,
                ["contact"] = kit.Organisation.Contact.ToList(),
            },
        },
        ["document"] = new Dictionary<string, object?> { ["id"] = spec.Id, ["titre"] = spec.Titre },
        ["options"] = spec.Options.ToDictionary(kv => kv.Key, kv => (object?)kv.Value),
    };

    public static Dictionary<string, object?> Statute(Kit kit, DocumentSpec spec, Statute statute)
    {
        var model = Common(kit, spec);
        model["statut"] = new Dictionary<string, object?>
        {
            ["titre"] = statute.Titre,
            ["sous_titre"] = statute.SousTitre,
            ["etat"] = statute.Etat,
            ["preambule"] = statute.Preambule,
            ["appel"] = statute.Appel,
            ["articles"] = statute.Articles.Select(a => new Dictionary<string, object?>
            {
                ["numero"] = a.Numero,
                ["titre"] = a.Titre,
                ["texte"] = a.Texte,
                ["ateliers"] = a.Ateliers.ToList(),
                ["sources"] = a.Sources.ToList(),
            }).ToList(),
            ["sources"] = statute.Sources.Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["titre"] = s.Titre }).ToList(),
        };
        return model;
    }

    /// <summary>A letter; every personal value is <c>null</c> in a blank letter so the template
    /// prints a line to write on instead.</summary>
    public static Dictionary<string, object?> Letter(Kit kit, DocumentSpec spec, ComposedLetter letter)
    {
        var m = letter.Model;
        object? Value(string key) => letter.Values.TryGetValue(key, out var v) ? string.Join(" ", v) : null;
        object? Lines(string key) => letter.Values.TryGetValue(key, out var v) ? v.ToList() : null;
        var model = Common(kit, spec);
        model["lettre"] = new Dictionary<string, object?>
        {
            ["titre"] = m.Titre,
            ["organisme"] = m.Organisme,
            ["objet"] = m.Objet,
            ["appel"] = m.Appel,
            ["corps"] = m.Corps,
            ["formule"] = m.Formule,
            ["recommande"] = m.Recommande,
            ["delai_reponse"] = m.DelaiReponse,
            ["pieces_jointes"] = m.PiecesJointes.ToList(),
            ["vierge"] = letter.IsBlank,
            ["expediteur"] = new Dictionary<string, object?> { ["nom"] = Value("nom"), ["adresse"] = Lines("adresse") },
            ["destinataire"] = letter.RecipientLines.Select(l => new Dictionary<string, object?> { ["texte"] = l }).ToList(),
            ["references"] = m.References.Select(r => new Dictionary<string, object?>
            {
                ["libelle"] = r.Libelle,
                ["valeur"] = Value(r.Champ),
            }).ToList(),
            ["lieu"] = Value("ville"),
            ["date"] = letter.Date is { } d ? FrenchDate.Long(d) : null,
            ["champs"] = m.Champs.ToDictionary(f => f.Cle, f => Value(f.Cle)),
            ["libelles"] = m.Champs.ToDictionary(f => f.Cle, f => (object?)f.Libelle),
        };
        return model;
    }
}
