using Objecteur.Print.Content;

namespace Objecteur.Print.Templating;

/// <summary>
/// What templates read about the organisation that hands the kit out: <c>kit.organisation</c>
/// (its name and the ways to reach it) and <c>theme</c> (its colours). Templates never write an
/// organisation's name, address or colour themselves: a collective changes kit.yaml alone.
/// </summary>
public static class Theme
{
    /// <summary><c>{{theme.principale}}</c>, <c>{{theme.sur_principale}}</c>, <c>{{theme.secondaire}}</c>,
    /// <c>{{theme.sur_secondaire}}</c>, <c>{{theme.claire}}</c>.</summary>
    public static Dictionary<string, object?> Colours(ThemeColours c) => new()
    {
        ["principale"] = c.Principale,
        ["sur_principale"] = c.TexteSurPrincipale,
        ["secondaire"] = c.Secondaire,
        ["sur_secondaire"] = c.TexteSurSecondaire,
        ["claire"] = c.Claire,
    };

    /// <summary><c>{{kit.organisation.…}}</c>: every value absent from kit.yaml is null, so that a
    /// template skips its line.</summary>
    public static Dictionary<string, object?> Organisation(Organisation o) => new()
    {
        ["nom"] = o.Nom,
        ["nom_court"] = o.NomCourt,
        ["adresse"] = o.Adresse.Count > 0 ? o.Adresse.ToList() : null,
        ["telephone"] = o.Telephone,
        ["courriel"] = o.Courriel,
        ["site_web"] = o.SiteWeb,
        ["permanence"] = o.Permanence,
        ["logo"] = o.Logo,
        ["tampon"] = o.Tampon,
        ["imprimeur"] = new Dictionary<string, object?>
        {
            ["nom"] = o.Imprimeur.Nom,
            ["adresse"] = o.Imprimeur.Adresse.Count > 0 ? o.Imprimeur.Adresse.ToList() : null,
        },
    };
}
