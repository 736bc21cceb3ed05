using Objecteur.Print.Content;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Press;
using Objecteur.Print.Render;
using Objecteur.Print.Templating;

namespace Objecteur.Print;

/// <summary>A print file made from a document by the Press stage (an imposed booklet, its guide).</summary>
public sealed record PressFile(string Name, byte[] Pdf, int Pages);

/// <summary>A document carried through every stage, with the print files made from it.</summary>
/// <param name="Pages">Pages of <paramref name="Pdf"/>: the layout's, or the press sheets made from them (badges).</param>
public sealed record BuiltDocument(DocumentSpec Spec, string Markup, LayoutDocument Layout, byte[] Pdf, int Pages, IReadOnlyList<PressFile> PressFiles);

/// <summary>
/// Runs the stages in order for one kit — Content → Templating → Layout → Render — and owns
/// nothing else: each stage only sees the output of the one before it.
/// </summary>
public sealed class KitPipeline
{
    private readonly TemplateEngine _templates;

    private KitPipeline(Kit kit, DateTimeOffset buildInstant)
    {
        Kit = kit;
        BuildInstant = buildInstant;
        Today = DateOnly.FromDateTime(buildInstant.UtcDateTime);
        _templates = new TemplateEngine(kit.TemplateDirectory, Today);
    }

    public Kit Kit { get; }
    /// <summary>The build's date: <c>SOURCE_DATE_EPOCH</c> when set, so rebuilds give the same bytes.</summary>
    public DateTimeOffset BuildInstant { get; }
    public DateOnly Today { get; }

    /// <param name="buildInstant">The build date; by default <c>SOURCE_DATE_EPOCH</c> or now.</param>
    public static KitPipeline Open(string root, DateTimeOffset? buildInstant = null) =>
        new(KitLoader.Load(root), buildInstant ?? FrenchDate.BuildInstant());

    /// <summary>The statute, which the booklet reuses.</summary>
    public const string StatuteFile = "statut.yaml";

    private Statute Statute() =>
        StatuteLoader.Load(Path.Combine(Kit.ContentDirectory, StatuteFile), Path.Combine("content", StatuteFile));

    /// <summary>Content files do not change during a run: a mail merge reads its model once.</summary>
    private readonly Dictionary<string, LetterModel> _letters = new(StringComparer.Ordinal);

    private LetterModel LoadLetter(string path, string display)
    {
        if (!_letters.TryGetValue(path, out var model)) _letters[path] = model = LetterLoader.Load(path, display);
        return model;
    }

    /// <summary>Every letter model of the kit (content/lettres/*.yaml), by file name.</summary>
    public IReadOnlyList<LetterModel> Letters()
    {
        var folder = Path.Combine(Kit.ContentDirectory, "lettres");
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => LoadLetter(f, Path.GetRelativePath(Kit.Root, f))).ToList();
    }

    public LetterModel Letter(string id)
    {
        var letters = Letters();
        return letters.FirstOrDefault(l => l.Id == id) ?? throw new DiagnosticException(new Diagnostic(
            Path.Combine("content", "lettres"), 0, 0, $"modèle de lettre « {id} » inconnu",
            Suggest.Hint(id, letters.Select(l => l.Id).ToList())));
    }

    /// <summary>The kit document that builds a letter model, or a default one using the <c>lettre</c> template.</summary>
    public DocumentSpec LetterSpec(LetterModel letter) =>
        Kit.Documents.FirstOrDefault(d => d.Type == DocumentKind.Lettre && Path.GetFileNameWithoutExtension(d.Contenu) == letter.Id)
        ?? new DocumentSpec("lettre-" + letter.Id, letter.Titre, DocumentKind.Lettre, "lettre", Path.Combine("lettres", letter.Id + ".yaml"),
            new Dictionary<string, string>(), 0, 0);

    /// <summary>The kit's calibration sheet, or one with the default name.</summary>
    public DocumentSpec CalibrationSpec() =>
        Kit.Documents.FirstOrDefault(d => d.Type == DocumentKind.Calibrage)
        ?? new DocumentSpec("calibrage-enveloppe", "Feuille de calibrage des enveloppes à fenêtre", DocumentKind.Calibrage, "calibrage", "",
            new Dictionary<string, string>(), 0, 0);

    /// <summary>Content and template: the layout markup of a document. A letter without
    /// <paramref name="sender"/> is the blank version, to fill in by hand.</summary>
    public string Markup(DocumentSpec spec, SenderValues? sender = null, IReadOnlyList<BuiltDocument>? kitDocuments = null)
    {
        var path = Path.Combine(Kit.ContentDirectory, spec.Contenu);
        var display = Path.Combine("content", spec.Contenu);
        object model = spec.Type switch
        {
            DocumentKind.Statut => TemplateModels.Statute(Kit, spec, StatuteLoader.Load(path, display)),
            DocumentKind.Calibrage => TemplateModels.Calibration(Kit, spec),
            DocumentKind.Catalogue => TemplateModels.Catalogue(Kit, spec, kitDocuments ?? KitDocuments()),
            DocumentKind.Tract => TemplateModels.Tract(Kit, spec, TractLoader.Load(path, display)),
            DocumentKind.Carte => TemplateModels.Card(Kit, spec, WalletCardLoader.Load(path, display, Statute()), Statute()),
            DocumentKind.Badges => TemplateModels.Badges(Kit, spec, BadgeLoader.Load(path, display), PinProfile(spec)),
            DocumentKind.Livret => TemplateModels.Booklet(Kit, spec, BookletLoader.Load(path, display), Statute(), Letters()),
            _ => TemplateModels.Letter(Kit, spec, ComposedLetter.Compose(LoadLetter(path, display),
                sender ?? SenderValues.Empty, sender is null ? null : Today), Kit.Letters),
        };
        return _templates.Render(spec.Gabarit, model);
    }

    public LayoutDocument Layout(DocumentSpec spec, string markup, IReadOnlyList<BuiltDocument>? kitDocuments = null)
    {
        var locator = new MarkupLocator(TemplateEngine.DisplayPath(spec.Gabarit), _templates.Source(spec.Gabarit), markup);
        var source = new MarkupSource(markup, TemplateEngine.DisplayPath(spec.Gabarit), locator.Locate)
        {
            ResourceDirectory = Kit.ContentDirectory,
            Resources = spec.Type == DocumentKind.Catalogue
                ? (kitDocuments ?? KitDocuments()).SelectMany(OutputFiles).ToDictionary(f => f.Name, f => f.Pdf)
                : new Dictionary<string, byte[]>(),
        };
        var layout = Paginator.Layout(DocumentMarkup.Parse(source));
        return layout.Title.Length > 0 ? layout : layout with { Title = spec.Titre };
    }

    /// <summary>Every file a built document writes: its own PDF, then its print files.</summary>
    public static IEnumerable<PressFile> OutputFiles(BuiltDocument built) =>
        built.PressFiles.Prepend(new PressFile(built.Spec.Id + ".pdf", built.Pdf, built.Pages));

    private IReadOnlyList<BuiltDocument>? _kitDocuments;

    /// <summary>Every kit document but the catalogue, which shows them; built once per pipeline.</summary>
    private IReadOnlyList<BuiltDocument> KitDocuments() =>
        _kitDocuments ??= Kit.Documents.Where(d => d.Type != DocumentKind.Catalogue).Select(d => Build(d)).ToList();

    /// <param name="kitDocuments">For the catalogue: the kit's documents already built, if any.</param>
    public BuiltDocument Build(DocumentSpec spec, SenderValues? sender = null, IReadOnlyList<BuiltDocument>? kitDocuments = null)
    {
        if (spec.Type == DocumentKind.Catalogue) kitDocuments ??= KitDocuments();
        var markup = Markup(spec, sender, kitDocuments);
        var layout = Layout(spec, markup, kitDocuments);
        var pdf = PdfRenderer.Render(layout, new RenderOptions(BuildInstant));
        var pages = layout.Pages.Count;
        if (spec.Type == DocumentKind.Badges)
        {
            // What a kit prints is the sheet for the press; the faces are its pages.
            var profile = PinProfile(spec);
            var sheet = PinSheetPacker.Pack(profile.CutDiameter, PinSheetOptions.A4);
            (pdf, pages) = PinSheetImposer.Impose(pdf, profile, sheet, spec.Options.GetValueOrDefault("guide_face") == "oui", layout.Title, BuildInstant);
        }
        var press = new List<PressFile>();
        if (spec.Imposition is { } imposition) press.AddRange(Press(spec, imposition, layout, pdf));
        if (spec.HasCropMarkedCopy) press.Add(CropMarked(spec, layout, pdf));
        if (spec.Planche is { } planche) press.Add(Sheet(planche, layout, pdf));
        return new BuiltDocument(spec, markup, layout, pdf, pages, press);
    }

    /// <summary>One copy on a sheet just large enough for its bleed and crop marks.</summary>
    private PressFile CropMarked(DocumentSpec spec, LayoutDocument layout, byte[] pdf)
    {
        var (width, height) = TrimMm(layout);
        var marks = CropMarkSettings.Default;
        var around = 3 + marks.Offset + marks.Length + 2;
        var sheet = CardGrid.Layout(new CardGridOptions(width, height, 3)
        {
            Sheet = new SheetSize(width + 2 * around, height + 2 * around),
            Margin = 0,
            MaxCells = 1,
        });
        return new PressFile(spec.CropMarkedCopy + ".pdf", NUpImposer.Impose(pdf, sheet, layout.Title + " – traits de coupe", BuildInstant), layout.Pages.Count > 1 ? 2 : 1);
    }

    private static (double Width, double Height) TrimMm(LayoutDocument layout)
    {
        var first = layout.Pages[0];
        var trim = first.TrimBox ?? new Rect(0, 0, first.Width, first.Height);
        return (trim.Width / Units.Mm(1), trim.Height / Units.Mm(1));
    }

    /// <summary>Copies of a card or flyer on A4, recto and verso, with crop marks.</summary>
    private PressFile Sheet(SheetSpec planche, LayoutDocument layout, byte[] pdf)
    {
        var (width, height) = TrimMm(layout);
        var butted = planche.FondPerdu == 0 && !planche.Reperes;
        var sheet = CardGrid.Layout(new CardGridOptions(width, height, planche.FondPerdu)
        {
            Marks = planche.Reperes ? CropMarkSettings.Default : null,
            MaxCells = planche.Nombre,
            // Pieces cut along shared lines fill the sheet: the printer's margin is theirs to keep.
            Margin = butted ? 0 : 5,
        });
        if (sheet.Cells.Count == 0)
            throw new DiagnosticException(new Diagnostic(Path.Combine("content", KitLoader.FileName), 0, 0,
                $"« {planche.Fichier} » : aucune copie ne tient sur une feuille A4 avec {planche.FondPerdu} mm de fond perdu et des repères",
                "mettez fond_perdu: 0mm et reperes: non pour des copies bord à bord, à couper le long des lignes communes."));
        return new PressFile(planche.Fichier + ".pdf", NUpImposer.Impose(pdf, sheet, layout.Title + " – planche", BuildInstant), layout.Pages.Count > 1 ? 2 : 1);
    }

    /// <summary>The button press a badge document is for: its <c>profil</c> option (58 mm by
    /// default), among the built-in presses and the kit's own.</summary>
    public PinProfile PinProfile(DocumentSpec spec) =>
        PinProfileCatalog.BuiltIn.With(Kit.BadgeMachines.Select(m => new PinProfile(m.Id, m.Nom, m.Face, m.Coupe, m.Securite)))
            .Get(spec.Options.GetValueOrDefault("profil") ?? "58", Path.Combine("content", KitLoader.FileName), spec.Line, spec.Column);

    /// <summary>The booklet imposed for an office printer, and the guide that says how to print it
    /// (a template too: <c>templates/guide-livret.hbs</c>), which needs the imposed sheet count.</summary>
    private List<PressFile> Press(DocumentSpec spec, ImpositionSpec imposition, LayoutDocument layout, byte[] pdf)
    {
        var (imposed, sheets) = BookletImposer.Impose(pdf, layout.Title + " – à imprimer en livret", BuildInstant, imposition.PaperThickness);
        var guideSpec = new DocumentSpec(imposition.Guide, $"{spec.Titre} – guide d'impression", DocumentKind.Livret, "guide-livret", spec.Contenu,
            spec.Options, spec.Line, spec.Column);
        var model = TemplateModels.PrintGuide(Kit, guideSpec, spec, imposition, layout.Pages.Count, sheets);
        var guideMarkup = _templates.Render(guideSpec.Gabarit, model);
        var guideLayout = Layout(guideSpec, guideMarkup);
        return
        [
            new PressFile(imposition.Fichier + ".pdf", imposed, sheets * 2),
            new PressFile(imposition.Guide + ".pdf", PdfRenderer.Render(guideLayout, new RenderOptions(BuildInstant)), guideLayout.Pages.Count),
        ];
    }
}
