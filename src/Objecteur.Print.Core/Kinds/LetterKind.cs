using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>A letter to an administration (content/lettres/*.yaml), for an A4 sheet folded in three
/// into a window envelope; blank to fill in by hand, or filled with a sender's values.</summary>
public sealed class LetterKind() : DocumentKind(new KindRules(Name))
{
    public const string Name = "lettre";

    /// <summary>The letter models' folder in content/.</summary>
    public const string Folder = "lettres";

    /// <summary>The template a letter model is set with when the kit names none for it.</summary>
    public const string Template = "lettre";

    /// <summary>The mark a letter template sets where the letter that is posted ends (its guide or
    /// follow-up sheet comes after it): <c>&lt;mark id="fin-lettre"/&gt;</c>.</summary>
    public const string EndMark = "fin-lettre";

    /// <summary>How many pages of <paramref name="layout"/> are the letter that is posted: up to
    /// its <see cref="EndMark"/>, or every page but the last (the follow-up sheet) in a template
    /// that sets none. The letter may take several pages, its guide too in large print.</summary>
    public static int PostedPages(LayoutDocument layout) =>
        Math.Min(layout.PageOf(EndMark) ?? layout.Pages.Count - 1, layout.Pages.Count);

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var (path, display) = ContentFile(context, request.Spec);
        var sender = request.Sender;
        var letter = ComposedLetter.Compose(context.LoadLetter(path, display), sender ?? SenderValues.Empty, sender is null ? null : context.Today);
        var followUps = context.Letters().Where(l => l.Suite?.SuiteDe == letter.Model.Id).ToList();
        return Model(context.Kit, request.Spec, letter, followUps);
    }

    /// <summary>Whether the letter is in large print, for the catalogue's advice (its guide then
    /// takes more than one page).</summary>
    public override IReadOnlyDictionary<string, string> Facts(IKindContext context, DocumentSpec spec) => Edition.Of(spec).Facts();

    /// <summary>Line height of the recipient block (10 pt, leading 1.15), in mm.</summary>
    private const double RecipientLine = 10 * 1.15 * 25.4 / 72;

    /// <summary>Handwriting lines are never wider apart than this.</summary>
    private const double MaxPitch = 8;

    /// <summary>
    /// <c>{{taille.…}}</c>: the letter's and its guide's text sizes in points, line pitches, and the
    /// columns of the guide's list of fields. Large print sets every text a reader reads in 16 points
    /// at least, one column, ragged right; the sender's lines and the address in the window keep their
    /// size, so that they still fit above the fold and inside any envelope's window.
    /// </summary>
    private static Dictionary<string, object?> Sizes(Edition edition) => edition.IsLargePrint
        ? new() { ["corps"] = "16", ["interligne"] = "1.5", ["interligne_blancs"] = "2", ["note"] = "16", ["titre"] = "24", ["intertitre"] = "20", ["interligne_guide"] = "1.5", ["colonnes_champs"] = "1" }
        : new() { ["corps"] = "10", ["interligne"] = "1.32", ["interligne_blancs"] = "1.75", ["note"] = "9", ["titre"] = "16", ["intertitre"] = "12.5", ["interligne_guide"] = "1.3", ["colonnes_champs"] = "2" };

    /// <summary>Every value the sender did not give is <c>null</c>, so the template prints a line
    /// to write on instead (all of them in a blank letter).</summary>
    private static Dictionary<string, object?> Model(Kit kit, DocumentSpec spec, ComposedLetter letter, IReadOnlyList<LetterModel> followUps)
    {
        var settings = kit.Letters;
        var m = letter.Model;
        object? Value(string key) => letter.Values.TryGetValue(key, out var v) ? string.Join(" ", v) : null;
        object? Lines(string key) => letter.Values.TryGetValue(key, out var v) ? v.ToList() : null;
        var blankRecipientLines = letter.RecipientLines.Count(l => l is null);
        var model = TemplateModel.Common(kit, spec);
        var edition = Edition.Of(spec);
        model["edition"] = edition.Values();
        model["taille"] = Sizes(edition);
        model["lettre"] = new Dictionary<string, object?>
        {
            ["titre"] = m.Titre,
            ["description"] = m.Description,
            ["verifie_le"] = FrenchDate.Long(m.VerifieLe),
            ["organisme"] = m.Organisme,
            ["objet"] = m.Objet,
            ["appel"] = m.Appel,
            ["corps"] = m.Corps,
            ["formule"] = m.Formule,
            ["recommande"] = m.Recommande,
            ["delai_reponse"] = m.DelaiReponse?.ToString(),
            ["sans_reponse"] = m.SansReponse,
            ["pieces_jointes"] = m.PiecesJointes.ToList(),
            ["copies"] = m.Copies.ToList(),
            ["conseils"] = m.Conseils.ToList(),
            ["vierge"] = letter.IsBlank,
            ["expediteur"] = new Dictionary<string, object?> { ["nom"] = Value(SenderKeys.Name), ["adresse"] = Lines(SenderKeys.Address) },
            ["destinataire"] = letter.RecipientLines.Select(l => new Dictionary<string, object?> { ["texte"] = l }).ToList(),
            // Lines to write the recipient on share what the printed lines leave of the address zone.
            ["pas_destinataire"] = TemplateModel.Mm(blankRecipientLines == 0 ? MaxPitch : Math.Min(MaxPitch, Math.Floor(
                (settings.AddressZone.Height - RecipientLine * (letter.RecipientLines.Count - blankRecipientLines)) / blankRecipientLines * 10) / 10)),
            ["references"] = m.References.Select(r => new Dictionary<string, object?>
            {
                ["libelle"] = r.Libelle,
                ["valeur"] = Value(r.Champ),
            }).ToList(),
            ["lieu"] = Value(SenderKeys.Town),
            ["date"] = letter.Date is { } d ? FrenchDate.Long(d) : null,
            ["reponse_avant"] = letter.Date is { } sent && m.DelaiReponse is { } delay ? FrenchDate.Long(delay.After(sent)) : null,
            ["champs"] = m.Champs.ToDictionary(f => f.Cle, f => new Placeholder(
                letter.Values.GetValueOrDefault(f.Cle), f.Libelle, f.IsBlock, f.Lignes, f.Options,
                f.Exemple.Split('\n').Max(l => l.Length))) as IReadOnlyDictionary<string, Placeholder>,
            ["a_remplir"] = m.Champs.Where(f => !letter.Values.ContainsKey(f.Cle)).Select(f => new Dictionary<string, object?>
            {
                ["libelle"] = f.Libelle,
                ["obligatoire"] = f.Obligatoire,
                ["exemple"] = f.Personnel ? null : f.Exemple,
            }).ToList(),
            ["libelles"] = m.Champs.ToDictionary(f => f.Cle, f => (object?)f.Libelle),
            ["fenetre"] = TemplateModel.Rect(settings.Window),
            ["zone_adresse"] = TemplateModel.Rect(settings.AddressZone),
            // The date sits under the window, above the first fold; the text starts below the fold,
            // counted from the template's 20 mm top margin.
            ["date_y"] = TemplateModel.Mm(settings.Window.Y + settings.Window.Height + 3),
            ["hauteur_en_tete"] = TemplateModel.Mm(LetterSettings.Fold + 4 - 20),
            // A blank letter with dotted spaces inside sentences needs room to write on them.
            ["blancs_en_ligne"] = m.Champs.Any(f => !f.IsBlock && !letter.Values.ContainsKey(f.Cle) && m.Corps.Contains("{" + f.Cle + "}")),
            ["suites"] = followUps.Select(f => new Dictionary<string, object?>
            {
                ["id"] = f.Id,
                ["titre"] = f.Titre,
                ["quand"] = f.Suite!.Quand,
                ["au_plus_tot"] = letter.Date is { } first && f.Suite.EnvoyerApres is { } after ? FrenchDate.Long(after.After(first)) : null,
            }).ToList(),
        };
        return model;
    }
}
