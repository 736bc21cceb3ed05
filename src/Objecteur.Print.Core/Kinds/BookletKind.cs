using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Press;
using Objecteur.Print.Render;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>The resistance booklet (content/livret/livret.yaml), with the statute inside and the
/// kit's letters listed on its practical pages; with <c>imposition:</c>, also imposed for an office
/// printer, with the guide that says how to print, fold and staple it.</summary>
public sealed class BookletKind() : DocumentKind(new KindRules(Name, Imposable: true))
{
    public const string Name = "livret";

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var (path, display) = ContentFile(context, request.Spec);
        return Model(context.Kit, request.Spec, BookletLoader.Load(path, display), StatuteKind.Load(context), context.Letters());
    }

    private static Dictionary<string, object?> Model(Kit kit, DocumentSpec spec, Booklet booklet, Statute statute, IReadOnlyList<LetterModel> letters)
    {
        static List<Dictionary<string, object?>> Texts(IEnumerable<SourcedText> texts) =>
            texts.Select(t => new Dictionary<string, object?>
            {
                ["texte"] = t.Texte, ["source"] = t.Source, ["renvoi"] = Reference(t.Source),
                // The reference closes the text's last paragraph instead of taking a line of its own.
                ["texte_renvoi"] = $"{t.Texte.TrimEnd()} {Reference(t.Source)}",
            }).ToList();
        var edition = Edition.Of(spec);
        edition.Check(spec, SizeOptions, LeadingOptions);
        var model = TemplateModel.Common(kit, spec);
        model["edition"] = edition.Values();
        model["statut"] = StatuteKind.Values(statute);
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
                    ["lignes"] = Enumerable.Range(1, booklet.Journal.Lignes).Cast<object?>().ToList(), // objects: a List<int> throws in Handlebars under Native AOT
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
            ["lexique"] = booklet.Lexique is { } glossary ? new Dictionary<string, object?>
            {
                ["titre"] = glossary.Titre,
                ["entrees"] = glossary.Entrees.Select(e => new Dictionary<string, object?>
                {
                    ["sigle"] = e.Sigle, ["sens"] = e.Sens, ["renvoi"] = Reference(e.Source),
                }).ToList(),
            } : null,
            ["licence"] = booklet.Licence,
            // Follow-up letters are offered on the first letter's follow-up note, not in the list.
            ["lettres"] = letters.Where(l => l.Suite is null).Select(l => new Dictionary<string, object?>
            {
                ["id"] = l.Id,
                ["titre"] = l.Titre,
                ["description"] = l.Description,
                ["organisme"] = l.Organisme,
                ["recommande"] = l.Recommande,
                ["delai_reponse"] = l.DelaiReponse?.ToString(),
            }).ToList(),
        };
        return model;
    }

    /// <summary>The options in points and in multiples of the size that an edition's minimums bound
    /// (the cover's title and subtitle are larger anyway).</summary>
    private static readonly string[] SizeOptions = ["corps", "corps_petit", "corps_note", "corps_citation", "corps_tableau"];

    private static readonly string[] LeadingOptions = ["interligne", "interligne_tableau"];

    /// <summary>A seed report is cited by its number (« 001_d635….txt » → « 001 »), as the
    /// booklet's « Sources » page lists them.</summary>
    private static string SourceNumber(string file) => file.Split('_', '.')[0];

    private static string Reference(string source) =>
        source == BookletLoader.LegalSource ? "[réf. jur.]" : $"[{SourceNumber(source)}]";

    /// <summary>The booklet imposed for an office printer, and the guide that says how to print it
    /// (a template too: <c>templates/guide-livret.hbs</c>), which needs the imposed sheet count.
    /// The print shop's copy is drawn on another thread meanwhile: laid out here first, because
    /// templates are filled on one thread while the guide's may still be compiled.</summary>
    public override Printed Press(IKindContext context, DocumentSpec spec, LayoutDocument layout, RenderedPdf rendered)
    {
        if (spec.Imposition is not { } imposition) return base.Press(context, spec, layout, rendered);
        var guideSpec = new DocumentSpec(imposition.Guide, $"{spec.Titre} – guide d'impression", Rules, "guide-livret", spec.Contenu,
            spec.Options, spec.Line, spec.Column);
        // The guide needs only the number of sheets: it is made while the sheets are imposed.
        var sheets = SaddleStitch.Impose(layout.Pages.Count, imposition.PaperThickness).Count;
        var drawing = Task.Run(() => context.Draw(guideSpec, GuideModel(context.Kit, guideSpec, spec, imposition, layout.Pages.Count, sheets)));
        var (imposed, _) = BookletImposer.Impose(rendered, layout, layout.Title + " – à imprimer en livret", context.BuildInstant, imposition.PaperThickness);
        var guide = drawing.GetAwaiter().GetResult();
        List<PressFile> files =
        [
            new PressFile(imposition.Fichier + ".pdf", imposed, sheets * 2, FileRole.Imposed, ImposedSheet),
            new PressFile(imposition.Guide + ".pdf", guide.Pdf, guide.Layout.Pages.Count, FileRole.Guide),
        ];
        return new Printed(rendered.Pdf, layout.Pages.Count, files);
    }

    /// <summary>The booklet for a print shop, when the kit asks for one: laid out again with its
    /// bleed, drawn in CMYK, padded to a multiple of four pages, on another core while the booklet
    /// itself is laid out, drawn and imposed (made after them, it was the last third of the time).</summary>
    public override IReadOnlyList<Task<PressFile>> Ahead(IKindContext context, DocumentSpec spec, Task<LaidOut> document) =>
        spec.Imposition is { Imprimerie: { } shop } imposition ? [ShopCopy(context, spec, imposition, shop, document)] : [];

    private Task<PressFile> ShopCopy(IKindContext context, DocumentSpec spec, ImpositionSpec imposition, string name, Task<LaidOut> document)
    {
        var options = new Dictionary<string, string>(spec.Options)
        {
            ["fond_perdu"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{imposition.ShopBleed}mm"),
        };
        var bled = spec with { Options = options };
        return Task.Run(() =>
        {
            // Its model and markup are made beside the booklet's; its layout is the booklet's with
            // the bleed added, when the markup differs by the bleed alone (see BleedAround).
            var laidOut = context.LayOut(bled, Model(context, new DocumentRequest(bled)), document);
            var (pdf, pages) = ShopBooklet.Pad(laidOut, laidOut.Title + " – pour un imprimeur", context.BuildInstant);
            return new PressFile(name + ".pdf", pdf, pages, FileRole.ShopCopy);
        });
    }

    /// <summary>Whether a shop copy exists, and its bleed, and whether the booklet is in large
    /// print, for the catalogue's advice.</summary>
    public override IReadOnlyDictionary<string, string> Facts(IKindContext context, DocumentSpec spec)
    {
        var facts = Edition.Of(spec).Facts();
        if (spec.Imposition is { Imprimerie: not null } imposition)
        {
            facts["imprimerie"] = "oui";
            facts["fond_perdu_imprimerie"] = string.Create(French.Culture, $"{imposition.ShopBleed:0.#}");
        }
        return facts;
    }

    /// <summary>The imposed booklet's sheets, for the catalogue's advice and the guide.</summary>
    private static readonly SheetFacts ImposedSheet = new(BookletImposer.Flip, BookletImposer.SheetMm.IsLandscape, Framed: false, Copies: 1);

    /// <summary>How to print, fold and staple a booklet: the counts a person at a copier needs,
    /// and the sheet's edge to turn it on (<c>feuille.bord</c>, read by <c>_bord.hbs</c>).</summary>
    private static Dictionary<string, object?> GuideModel(Kit kit, DocumentSpec guide, DocumentSpec booklet, ImpositionSpec imposition, int pages, int sheets)
    {
        var model = TemplateModel.Common(kit, guide);
        model["feuille"] = CatalogueKind.Sheet(ImposedSheet);
        model["guide"] = new Dictionary<string, object?>
        {
            ["livret"] = booklet.Titre,
            ["fichier_lecture"] = booklet.Id + ".pdf",
            ["fichier_impose"] = imposition.Fichier + ".pdf",
            ["pages"] = sheets * 4,
            ["pages_blanches"] = sheets * 4 - pages,
            ["fichier_imprimerie"] = imposition.Imprimerie is { } shop ? shop + ".pdf" : null,
            ["fond_perdu_imprimerie"] = string.Create(French.Culture, $"{imposition.ShopBleed:0.#} mm"),
            ["pluriel_blanches"] = sheets * 4 - pages > 1,
            ["feuilles"] = sheets,
            ["pluriel_feuilles"] = sheets > 1,
            ["faces"] = sheets * 2,
            ["fluage"] = imposition.PaperThickness > 0 ? string.Create(French.Culture, $"{imposition.PaperThickness:0.###} mm") : null,
        };
        return model;
    }
}
