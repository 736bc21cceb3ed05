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
        ["kit"] = new Dictionary<string, object?> { ["organisation"] = Theme.Organisation(kit.Organisation) },
        ["theme"] = Theme.Colours(kit.Organisation.Couleurs),
        ["document"] = new Dictionary<string, object?> { ["id"] = spec.Id, ["titre"] = spec.Titre },
        ["options"] = spec.Options.ToDictionary(kv => kv.Key, kv => (object?)kv.Value),
    };

    public static Dictionary<string, object?> Statute(Kit kit, DocumentSpec spec, Statute statute)
    {
        var model = Common(kit, spec);
        model["statut"] = StatuteModel(statute);
        return model;
    }

    private static Dictionary<string, object?> StatuteModel(Statute statute) => new()
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

    /// <summary>The booklet, with the statute it reuses and the kit's letter models, listed on the
    /// practical pages.</summary>
    public static Dictionary<string, object?> Booklet(Kit kit, DocumentSpec spec, Booklet booklet, Statute statute, IReadOnlyList<LetterModel> letters)
    {
        static List<Dictionary<string, object?>> Texts(IEnumerable<SourcedText> texts) =>
            texts.Select(t => new Dictionary<string, object?>
            {
                ["texte"] = t.Texte, ["source"] = t.Source, ["renvoi"] = Reference(t.Source),
                // The reference closes the text's last paragraph instead of taking a line of its own.
                ["texte_renvoi"] = $"{t.Texte.TrimEnd()} {Reference(t.Source)}",
            }).ToList();
        var model = Common(kit, spec);
        model["statut"] = StatuteModel(statute);
        model["livret"] = new Dictionary<string, object?>
        {
            ["titre"] = booklet.Titre,
            ["sous_titre"] = booklet.SousTitre,
            ["edition"] = booklet.Edition,
            ["presentation"] = booklet.Presentation,
            ["pourquoi"] = new Dictionary<string, object?> { ["titre"] = booklet.PourquoiTitre, ["paragraphes"] = Texts(booklet.Pourquoi) },
            ["chapitres"] = booklet.Chapitres.Select((c, i) => new Dictionary<string, object?>
            {
                ["id"] = c.Id,
                ["numero"] = i + 1,
                ["titre"] = c.Titre,
                ["titre_court"] = c.TitreCourt,
                ["chapeau"] = c.Chapeau,
                ["constats"] = Texts(c.Constats),
                ["droits"] = Texts(c.Droits),
                ["actions"] = Texts(c.Actions),
                ["citation"] = c.Citation is { } q ? new Dictionary<string, object?> { ["texte"] = q.Texte, ["source"] = q.Source, ["renvoi"] = Reference(q.Source) } : null,
                ["pour_aller_plus_loin"] = Texts(c.PourAllerPlusLoin),
            }).ToList(),
            ["pratique"] = new Dictionary<string, object?>
            {
                ["titre"] = booklet.PratiqueTitre,
                ["sections"] = booklet.Pratique.Select(p => new Dictionary<string, object?>
                {
                    ["titre"] = p.Titre, ["texte"] = p.Texte, ["sources"] = p.Sources.ToList(),
                }).ToList(),
                ["journal"] = new Dictionary<string, object?>
                {
                    ["titre"] = booklet.Journal.Titre,
                    ["texte"] = booklet.Journal.Texte,
                    ["colonnes"] = booklet.Journal.Colonnes.ToList(),
                    // Handlebars counts nothing: the template draws one row per item.
                    ["lignes"] = Enumerable.Range(1, booklet.Journal.Lignes).ToList(),
                },
            },
            ["recapitulatif"] = new Dictionary<string, object?>
            {
                ["titre"] = booklet.RecapitulatifTitre,
                ["introduction"] = booklet.RecapitulatifIntroduction,
                ["lignes"] = booklet.Recapitulatif.Select(r => new Dictionary<string, object?>
                {
                    ["atelier"] = r.Atelier, ["actions"] = r.Actions.ToList(), ["source"] = r.Source,
                }).ToList(),
            },
            ["quatrieme"] = new Dictionary<string, object?>
            {
                ["texte"] = booklet.QuatriemeTexte,
                ["contacts"] = booklet.Contacts.Select(c => new Dictionary<string, object?> { ["nom"] = c.Nom, ["detail"] = c.Detail }).ToList(),
                ["aide"] = Texts(booklet.Aide),
            },
            ["sources"] = booklet.Sources.Select(s => new Dictionary<string, object?>
            {
                ["fichier"] = s.Fichier, ["titre"] = s.Titre, ["numero"] = SourceNumber(s.Fichier),
            }).ToList(),
            ["lettres"] = letters.Select(l => new Dictionary<string, object?>
            {
                ["id"] = l.Id,
                ["titre"] = l.Titre,
                ["description"] = l.Description,
                ["organisme"] = l.Organisme,
                ["recommande"] = l.Recommande,
                ["delai_reponse"] = l.DelaiReponse.ToString(),
            }).ToList(),
        };
        return model;
    }

    /// <summary>A seed report is cited by its number (« 001_d635….txt » → « 001 »), as the
    /// booklet's « Sources » page lists them.</summary>
    private static string SourceNumber(string file) => file.Split('_', '.')[0];

    private static string Reference(string source) =>
        source == BookletLoader.LegalSource ? "[réf. jur.]" : $"[{SourceNumber(source)}]";

    /// <summary>The catalogue: each file of each document, two to a row, with its size and how to print it.</summary>
    public static Dictionary<string, object?> Catalogue(Kit kit, DocumentSpec spec, IReadOnlyList<BuiltDocument> documents)
    {
        var entries = documents.SelectMany(d => KitPipeline.OutputFiles(d).Select((file, i) => new Dictionary<string, object?>
        {
            ["titre"] = i == 0 ? d.Spec.Titre : PrintFileTitle(d.Spec, file.Name),
            ["fichier"] = file.Name,
            ["pages"] = file.Pages,
            ["pluriel"] = file.Pages > 1,
            ["format"] = i == 0 ? Format(d.Layout) : null,
            ["conseil"] = Advice(d, i, file.Pages),
        })).ToList();
        var model = Common(kit, spec);
        model["lignes"] = entries.Chunk(2).Select(pair => new Dictionary<string, object?> { ["entrees"] = pair.ToList() }).ToList();
        model["nombre"] = entries.Count;
        return model;
    }

    private static string PrintFileTitle(DocumentSpec spec, string file) =>
        spec.Imposition is { } i && file == i.Guide + ".pdf" ? $"{spec.Titre} – guide d'impression"
        : file == spec.CropMarkedCopy + ".pdf" ? $"{spec.Titre} – pour un imprimeur"
        : $"{spec.Titre} – à imprimer soi-même";

    /// <summary>The finished size of a document, by its usual name when it has one.</summary>
    private static string Format(Layout.Frames.LayoutDocument layout)
    {
        var page = layout.Pages[0];
        var trim = page.TrimBox ?? new Layout.Frames.Rect(0, 0, page.Width, page.Height);
        var (w, h) = (Math.Round(trim.Width / Layout.Units.Mm(1), 1), Math.Round(trim.Height / Layout.Units.Mm(1), 1));
        var name = Layout.Markup.PaperFormat.Names.FirstOrDefault(n => Layout.Markup.PaperFormat.Parse(n) is { } size
            && Math.Abs(Math.Min(size.Width, size.Height) / Layout.Units.Mm(1) - Math.Min(w, h)) < 1
            && Math.Abs(Math.Max(size.Width, size.Height) / Layout.Units.Mm(1) - Math.Max(w, h)) < 1);
        var mm = string.Create(French.Culture, $"{w:0.#} × {h:0.#} mm");
        return name is null ? mm : $"{name} ({mm})";
    }

    /// <summary>What an association needs to know at the printer: paper, sides, cutting, folding.</summary>
    private static string Advice(BuiltDocument built, int file, int pages)
    {
        var spec = built.Spec;
        if (file > 0 && spec.Imposition is { } imposition)
            return imposition.Guide + ".pdf" == KitPipeline.OutputFiles(built).ElementAt(file).Name
                ? "Une page A4 qui explique comment imprimer, plier et agrafer le livret."
                : $"A4 paysage, {pages / 2} feuilles, recto verso retourné sur le bord court ; plier en deux et agrafer au pli.";
        var name = KitPipeline.OutputFiles(built).ElementAt(file).Name;
        if (file > 0 && spec.HasCropMarkedCopy && name == spec.CropMarkedCopy + ".pdf")
            return "Un exemplaire avec fond perdu de 3 mm et traits de coupe : le fichier à donner à un imprimeur.";
        if (file > 0 && spec.Planche is { } sheet)
            return sheet.FondPerdu == 0 && !sheet.Reperes
                ? "A4, recto verso retourné sur le bord long, puis couper au massicot le long des lignes communes (copies bord à bord)."
                : "A4, recto verso retourné sur le bord long, puis couper au massicot aux traits de coupe.";
        return spec.Type switch
        {
            DocumentKind.Statut => pages == 1 ? "Affiche : papier 90 à 120 g, recto seul." : $"Papier 80 g, recto seul, {pages} pages.",
            DocumentKind.Lettre => "A4, papier 80 g, recto seul. Page 1 : la lettre, pliée en trois pour une enveloppe DL à fenêtre ; page 2 : le mode d'emploi.",
            DocumentKind.Calibrage => "A4 en taille réelle (100 %) : plier et glisser dans une enveloppe pour vérifier la fenêtre.",
            DocumentKind.Livret => $"{pages} pages dans l'ordre de lecture : le fichier à donner à un imprimeur (livret piqûre à cheval).",
            DocumentKind.Tract => "Papier 115 à 135 g, recto verso retourné sur le bord long ; fond perdu de 3 mm pour un imprimeur.",
            DocumentKind.Badges => $"A4, papier 120 à 170 g, recto seul, {pages} feuille{(pages > 1 ? "s" : "")} : découper les cercles gris, puis presser (profil de machine « {spec.Options.GetValueOrDefault("profil") ?? "58"} »).",
            DocumentKind.Carte => "Carte de 85,6 × 54 mm, recto verso, fond perdu de 3 mm ; papier 250 à 300 g.",
            _ => "",
        };
    }

    /// <summary>The wallet card, with the statute article printed on its back.</summary>
    public static Dictionary<string, object?> Card(Kit kit, DocumentSpec spec, WalletCard card, Statute statute)
    {
        var article = statute.Articles[card.Article - 1];
        var model = Common(kit, spec);
        model["carte"] = new Dictionary<string, object?>
        {
            ["titre"] = card.Titre,
            ["demandes"] = card.Demandes.ToList(),
            ["article"] = new Dictionary<string, object?> { ["numero"] = article.Numero, ["titre"] = article.Titre, ["texte"] = article.Texte },
            ["statut"] = statute.Titre,
            ["mention"] = card.Mention,
        };
        return model;
    }

    /// <summary>A flyer, with its page size for the template.</summary>
    public static Dictionary<string, object?> Tract(Kit kit, DocumentSpec spec, Tract tract)
    {
        var model = Common(kit, spec);
        model["tract"] = new Dictionary<string, object?>
        {
            ["titre"] = tract.Titre,
            ["format"] = tract.Format,
            ["a6"] = tract.Format == "A6",
            ["falc"] = tract.Falc,
            ["couleurs"] = tract.Couleurs is { } c ? new Dictionary<string, object?> { ["fond"] = c.Fond, ["texte"] = c.Texte, ["accent"] = c.Accent } : null,
            ["recto"] = new Dictionary<string, object?>
            {
                ["surtitre"] = tract.Recto.Surtitre, ["accroche"] = tract.Recto.Accroche, ["texte"] = tract.Recto.Texte, ["signature"] = tract.Recto.Signature,
            },
            ["verso"] = new Dictionary<string, object?>
            {
                ["titre"] = tract.Verso.Titre, ["texte"] = tract.Verso.Texte, ["appel"] = tract.Verso.Appel, ["remise"] = tract.Verso.Remise, ["contact"] = tract.Verso.Contact,
            },
        };
        return model;
    }

    /// <summary>Badge faces for one machine profile: sizes in mm for the template.</summary>
    public static Dictionary<string, object?> Badges(Kit kit, DocumentSpec spec, IReadOnlyList<Badge> badges, Press.PinProfile profile)
    {
        var model = Common(kit, spec);
        model["profil"] = new Dictionary<string, object?>
        {
            ["nom"] = profile.Name,
            ["coupe"] = Mm(profile.CutDiameter),
            ["face"] = Mm(profile.FaceDiameter),
            ["securite"] = Mm(profile.SafeDiameter),
            // The safe circle's square, centred on the face.
            ["marge"] = Mm((profile.CutDiameter - profile.SafeDiameter) / 2),
            ["format"] = $"{Number(profile.CutDiameter)}x{Number(profile.CutDiameter)}mm",
        };
        model["badges"] = badges.Select(b => new Dictionary<string, object?>
        {
            ["id"] = b.Id, ["texte"] = b.Texte, ["fond"] = b.Fond, ["couleur"] = b.Couleur,
        }).ToList();
        return model;
    }

    /// <summary>How to print, fold and staple a booklet: the counts a person at a copier needs.</summary>
    public static Dictionary<string, object?> PrintGuide(Kit kit, DocumentSpec guide, DocumentSpec booklet, ImpositionSpec imposition, int pages, int sheets)
    {
        var model = Common(kit, guide);
        model["guide"] = new Dictionary<string, object?>
        {
            ["livret"] = booklet.Titre,
            ["fichier_lecture"] = booklet.Id + ".pdf",
            ["fichier_impose"] = imposition.Fichier + ".pdf",
            ["pages"] = pages,
            ["pages_blanches"] = sheets * 4 - pages,
            ["pluriel_blanches"] = sheets * 4 - pages > 1,
            ["feuilles"] = sheets,
            ["pluriel_feuilles"] = sheets > 1,
            ["faces"] = sheets * 2,
            ["fluage"] = imposition.PaperThickness > 0 ? string.Create(French.Culture, $"{imposition.PaperThickness:0.###} mm") : null,
        };
        return model;
    }

    /// <summary>A letter; every value the sender did not give is <c>null</c>, so the template
    /// prints a line to write on instead (all of them in a blank letter).</summary>
    public static Dictionary<string, object?> Letter(Kit kit, DocumentSpec spec, ComposedLetter letter, LetterSettings settings)
    {
        var m = letter.Model;
        object? Value(string key) => letter.Values.TryGetValue(key, out var v) ? string.Join(" ", v) : null;
        object? Lines(string key) => letter.Values.TryGetValue(key, out var v) ? v.ToList() : null;
        var model = Common(kit, spec);
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
            ["delai_reponse"] = m.DelaiReponse.ToString(),
            ["sans_reponse"] = m.SansReponse,
            ["pieces_jointes"] = m.PiecesJointes.ToList(),
            ["copies"] = m.Copies.ToList(),
            ["conseils"] = m.Conseils.ToList(),
            ["vierge"] = letter.IsBlank,
            ["expediteur"] = new Dictionary<string, object?> { ["nom"] = Value(SenderKeys.Name), ["adresse"] = Lines(SenderKeys.Address) },
            ["destinataire"] = letter.RecipientLines.Select(l => new Dictionary<string, object?> { ["texte"] = l }).ToList(),
            ["references"] = m.References.Select(r => new Dictionary<string, object?>
            {
                ["libelle"] = r.Libelle,
                ["valeur"] = Value(r.Champ),
            }).ToList(),
            ["lieu"] = Value(SenderKeys.Town),
            ["date"] = letter.Date is { } d ? FrenchDate.Long(d) : null,
            ["reponse_avant"] = letter.Date is { } sent ? FrenchDate.Long(m.DelaiReponse.After(sent)) : null,
            ["champs"] = m.Champs.ToDictionary(f => f.Cle, f => new Placeholder(
                letter.Values.GetValueOrDefault(f.Cle), f.Libelle, f.IsBlock, f.Lignes, f.Options)) as IReadOnlyDictionary<string, Placeholder>,
            ["a_remplir"] = m.Champs.Where(f => !letter.Values.ContainsKey(f.Cle)).Select(f => new Dictionary<string, object?>
            {
                ["libelle"] = f.Libelle,
                ["obligatoire"] = f.Obligatoire,
                ["exemple"] = f.Personnel ? null : f.Exemple,
            }).ToList(),
            ["libelles"] = m.Champs.ToDictionary(f => f.Cle, f => (object?)f.Libelle),
            ["fenetre"] = Rect(settings.Window),
            ["zone_adresse"] = Rect(settings.AddressZone),
            // The text starts 6 mm below the window, counted from the template's 20 mm top margin.
            ["hauteur_en_tete"] = Mm(settings.Window.Y + settings.Window.Height + 6 - 20),
            // A blank letter with dotted spaces inside sentences needs room to write on them.
            ["blancs_en_ligne"] = m.Champs.Any(f => !f.IsBlock && !letter.Values.ContainsKey(f.Cle) && m.Corps.Contains("{" + f.Cle + "}")),
        };
        return model;
    }

    /// <summary>The envelope settings alone, for the calibration sheet.</summary>
    public static Dictionary<string, object?> Calibration(Kit kit, DocumentSpec spec)
    {
        var model = Common(kit, spec);
        model["fenetre"] = Rect(kit.Letters.Window);
        model["zone_adresse"] = Rect(kit.Letters.AddressZone);
        // Ruler graduations every 10 mm, to measure how far the window is off.
        model["graduations_x"] = Enumerable.Range(1, 20).Select(i => new Dictionary<string, object?> { ["mm"] = i * 10, ["pos"] = Mm(i * 10) }).ToList();
        model["graduations_y"] = Enumerable.Range(1, 9).Select(i => new Dictionary<string, object?> { ["mm"] = i * 10, ["pos"] = Mm(i * 10) }).ToList();
        return model;
    }

    private static Dictionary<string, object?> Rect(MmRect r) => new()
    {
        ["x"] = Mm(r.X), ["y"] = Mm(r.Y), ["largeur"] = Mm(r.Width), ["hauteur"] = Mm(r.Height),
        ["x_mm"] = Number(r.X), ["y_mm"] = Number(r.Y), ["largeur_mm"] = Number(r.Width), ["hauteur_mm"] = Number(r.Height),
    };

    private static string Mm(double mm) => Number(mm) + "mm";

    private static string Number(double mm) => mm.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
