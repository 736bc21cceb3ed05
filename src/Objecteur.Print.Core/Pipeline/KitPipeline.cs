using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout.Text;
using Objecteur.Print.Press;
using Objecteur.Print.Render;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Pipeline;

/// <summary>
/// Runs the stages in order for one kit — Content → markup → layout → PDF → print files — with
/// each document's kind (<see cref="KindRegistry"/>) supplying what differs: its content and
/// template model, its print files. The catalogue is a second pass, fed by the manifest of what
/// the first pass built. The application's entry point, for the command line and any other front end.
/// </summary>
public sealed class KitPipeline : IKindContext
{
    private readonly TemplateEngine _templates;
    private readonly KindRegistry _kinds;

    private KitPipeline(Kit kit, KindRegistry kinds, DateTimeOffset buildInstant, TemplateEngine? templates)
    {
        Kit = kit;
        _kinds = kinds;
        BuildInstant = buildInstant;
        Today = DayOf(buildInstant);
        _templates = templates ?? new TemplateEngine(kit.TemplateDirectory, Today);
        _letterList = new(ReadLetters);
    }

    public Kit Kit { get; }
    /// <summary>The build's date: <c>SOURCE_DATE_EPOCH</c> when set, so rebuilds give the same bytes.</summary>
    public DateTimeOffset BuildInstant { get; }
    public DateOnly Today { get; }

    /// <param name="buildInstant">The build date; by default <c>SOURCE_DATE_EPOCH</c> or now.</param>
    /// <param name="kinds">The kinds of document the kit may use; by default <see cref="KindRegistry.Default"/>.</param>
    /// <param name="prepare">A template to start compiling while the kit is read, when the
    /// caller knows it will need it (a letter's), on a core that reading leaves idle.</param>
    public static KitPipeline Open(string root, DateTimeOffset? buildInstant = null, KindRegistry? kinds = null, string? prepare = null)
    {
        kinds ??= KindRegistry.Default;
        var instant = buildInstant ?? BuildDate.Instant();
        var templates = prepare is null ? null : TemplatesAhead(root, DayOf(instant), prepare);
        return new(KitLoader.Load(root, kinds.Rules), kinds, instant, templates);
    }

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    /// <summary>The kit's templates, read before its <c>kit.yaml</c>, <paramref name="template"/>
    /// compiling; null when they cannot be read yet: the pipeline reads them again after the kit,
    /// so a fault of kit.yaml is still reported before a fault of a partial.</summary>
    private static TemplateEngine? TemplatesAhead(string root, DateOnly today, string template)
    {
        try
        {
            var templates = new TemplateEngine(Kit.TemplateDirectoryOf(Path.GetFullPath(root)), today);
            templates.Prepare(template);
            return templates;
        }
        catch (Exception e) when (e is DiagnosticException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Content files do not change during a run: a mail merge reads its model once.</summary>
    private readonly Dictionary<string, LetterModel> _letters = new(StringComparer.Ordinal);

    /// <summary>Shaped words and broken paragraphs, for this pipeline's documents only (a merge's rows share them).</summary>
    private readonly BreakCache _breaks = new();

    /// <summary>Elements built from the same markup, for the letters of this pipeline only: a
    /// merge's rows share their model's paragraphs; the kit's documents, each built once, have
    /// nothing to share.</summary>
    private readonly ElementCache _elements = new();

    private readonly Lazy<IReadOnlyList<LetterModel>> _letterList;

    public LetterModel LoadLetter(string path, string displayPath)
    {
        // A merge's rows ask for it from several threads; a model is read outside the lock, so
        // that the kit's models are read side by side (ReadLetters), and the first one read is kept.
        lock (_letters)
            if (_letters.TryGetValue(path, out var known)) return known;
        var model = LetterLoader.Load(path, displayPath);
        lock (_letters) return _letters.TryAdd(path, model) ? model : _letters[path];
    }

    /// <summary>The kit's letter models, read once per pipeline (a merge asks for them at every
    /// row, to find the letters that follow its letter: listing the folder was a fortieth of a row).</summary>
    public IReadOnlyList<LetterModel> Letters() => _letterList.Value;

    private IReadOnlyList<LetterModel> ReadLetters()
    {
        var folder = Path.Combine(Kit.ContentDirectory, LetterKind.Folder);
        if (!Directory.Exists(folder)) return [];
        var files = Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        // Read on every core (reading the eleven models was a tenth of a letter's time); an
        // error is reported for the first file that has one, in the folder's order.
        var reading = files.Select(f => Task.Run(() => LoadLetter(f, Path.GetRelativePath(Kit.Root, f)))).ToList();
        var letters = reading.Select(task => task.GetAwaiter().GetResult()).ToList();
        foreach (var suite in letters.Select(l => l.Suite).OfType<FollowUp>())
            if (letters.All(l => l.Id != suite.SuiteDe))
                throw new DiagnosticException(suite.UnknownFirst with { Hint = Suggest.Hint(suite.SuiteDe, letters.Select(l => l.Id).ToList()) });
        return letters;
    }

    /// <summary>Starts compiling, on another thread, the templates that build letter model
    /// <paramref name="id"/>, while the models are read (each was a tenth of a letter's time).</summary>
    public void PrepareLetter(string id)
    {
        var templates = Kit.Documents.Where(d => d.Type == LetterKind.Name && Path.GetFileNameWithoutExtension(d.Contenu) == id)
            .Select(d => d.Gabarit).DefaultIfEmpty(LetterKind.Template).Distinct(StringComparer.Ordinal);
        foreach (var template in templates) _templates.Prepare(template);
    }

    public LetterModel Letter(string id)
    {
        var letters = Letters();
        return letters.FirstOrDefault(l => l.Id == id) ?? throw new DiagnosticException(new Diagnostic(
            Path.Combine("content", LetterKind.Folder), 0, 0, $"modèle de lettre « {id} » inconnu",
            Suggest.Hint(id, letters.Select(l => l.Id).ToList())));
    }

    /// <summary>The kit document that builds a letter model, or a default one using the <c>lettre</c> template.</summary>
    public DocumentSpec LetterSpec(LetterModel letter, Edition? edition = null)
    {
        var entries = Kit.Documents.Where(d => d.Type == LetterKind.Name && Path.GetFileNameWithoutExtension(d.Contenu) == letter.Id).ToList();
        var wanted = edition ?? Edition.Ordinary;
        // A kit that lists the letter in large print only still has its ordinary edition, from the model.
        var ordinary = entries.FirstOrDefault(d => Edition.Of(d) == Edition.Ordinary)
            ?? new DocumentSpec("lettre-" + letter.Id, letter.Titre, _kinds[LetterKind.Name].Rules, LetterKind.Template, Path.Combine(LetterKind.Folder, letter.Id + ".yaml"),
                new Dictionary<string, string>(), 0, 0);
        return entries.FirstOrDefault(d => Edition.Of(d) == wanted) ?? wanted.Apply(ordinary);
    }

    /// <summary>The kit's calibration sheet, or one with the default name.</summary>
    public DocumentSpec CalibrationSpec() =>
        Kit.Documents.FirstOrDefault(d => d.Type == CalibrationKind.Name)
        ?? new DocumentSpec("calibrage-enveloppe", "Feuille de calibrage des enveloppes à fenêtre", _kinds[CalibrationKind.Name].Rules, "calibrage", "",
            new Dictionary<string, string>(), 0, 0);

    /// <summary>The button press a badge document is for: its <c>profil</c> option (58 mm by
    /// default), among the built-in presses and the kit's own.</summary>
    public PinProfile PinProfile(DocumentSpec spec) => BadgesKind.Profile(Kit, spec);

    /// <summary>See <see cref="BadgesKind.ForPress"/>.</summary>
    public DocumentSpec ForPress(DocumentSpec spec, string profile) => BadgesKind.ForPress(Kit, spec, profile);

    /// <summary>How many pages <c>build</c> writes in the document's own file (see <see cref="DocumentKind.PrintedPages"/>).</summary>
    public int PrintedPages(DocumentSpec spec, LayoutDocument layout) => _kinds.Of(spec).PrintedPages(this, spec, layout);

    /// <summary>Content and template: the layout markup of a document. A letter without
    /// <paramref name="sender"/> is the blank version, to fill in by hand.</summary>
    public string Markup(DocumentSpec spec, SenderValues? sender = null) => Markup(Request(spec, sender, null));

    /// <summary>Markup → pages, with the files a catalogue shows as thumbnails.</summary>
    public LayoutDocument Layout(DocumentSpec spec, string markup) =>
        Layout(spec, markup, _kinds.Of(spec).Resources(Request(spec, null, null)), null);

    /// <summary>Every file a built document writes: its own PDF, then its print files.</summary>
    public static IEnumerable<PressFile> OutputFiles(BuiltDocument built) =>
        built.PressFiles.Prepend(new PressFile(built.Spec.Id + ".pdf", built.Pdf, built.Pages, FileRole.Document));

    /// <summary>One document through every stage.</summary>
    /// <param name="manifest">For the catalogue: what was built of the kit already; by default
    /// the pipeline builds the kit's other documents first.</param>
    /// <param name="like">The pages of a document built before that this one may share, page for
    /// page (see <see cref="PdfRenderer.RenderPages"/>).</param>
    /// <param name="onLaidOut">Told when the document is laid out, before it is drawn.</param>
    public BuiltDocument Build(DocumentSpec spec, SenderValues? sender = null, KitManifest? manifest = null, IReadOnlyList<DrawnPage?>? like = null, Action? onLaidOut = null)
    {
        var kind = _kinds.Of(spec);
        _templates.Prepare(spec.Gabarit);
        var laidOut = new TaskCompletionSource<LaidOut>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ahead = kind.Ahead(this, spec, laidOut.Task);
        string markup;
        LayoutDocument layout;
        try
        {
            var request = Request(spec, sender, manifest);
            markup = Markup(request);
            layout = Layout(spec, markup, kind.Resources(request), sender);
        }
        catch (Exception e)
        {
            // The files started ahead stop waiting; the error is this thread's to report.
            laidOut.SetException(e);
            foreach (var file in ahead) _ = file.Exception;
            throw;
        }
        laidOut.SetResult(new LaidOut(markup, layout));
        onLaidOut?.Invoke();
        var rendered = PdfRenderer.RenderPages(layout, new RenderOptions(BuildInstant), like);
        var printed = kind.Press(this, spec, layout, rendered);
        var files = ahead.Count == 0 ? printed.Files : [.. printed.Files, .. ahead.Select(file => file.GetAwaiter().GetResult())];
        return new BuiltDocument(spec, markup, layout, printed.Pdf, printed.Pages, files, rendered.Pages);
    }

    /// <summary>Documents built at the same time by <see cref="BuildKit"/>; 1 builds them one
    /// after the other. Whatever the number, they come in the order asked, with the same bytes.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Builds documents in two passes, yielding each as it is done, in the order asked: first
    /// those that stand alone (several at a time), then those that show the kit (the catalogue),
    /// from the manifest of the first pass when it built the whole kit, else from the kit's
    /// documents built anew. A document that fails stops the build where it comes in the order.
    /// </summary>
    public IEnumerable<BuiltDocument> BuildKit(IReadOnlyList<DocumentSpec> specs)
    {
        var alone = specs.Where(s => !_kinds.Of(s).ShowsKit).ToList();
        // Partials are registered before documents are built side by side: the registry is not
        // safe for writes during reads.
        if (alone.Count > 1 && Parallelism > 1) _templates.RegisterPartials();
        var first = new List<BuiltDocument>();
        foreach (var built in InOrder(alone))
        {
            first.Add(built);
            yield return built;
        }
        var whole = first.Count == Kit.Documents.Count(d => !_kinds.Of(d).ShowsKit);
        var manifest = whole ? Manifest(first) : null;
        foreach (var spec in specs.Where(s => _kinds.Of(s).ShowsKit)) yield return Build(spec, manifest: manifest);
    }

    /// <summary>Builds the documents a few ahead of the one awaited (twice <see cref="Parallelism"/>,
    /// so a long booklet does not hold the cores idle), and gives them back in order; a failure is
    /// raised as itself when its document's turn comes.</summary>
    private IEnumerable<BuiltDocument> InOrder(IReadOnlyList<DocumentSpec> specs)
    {
        if (Parallelism <= 1 || specs.Count <= 1)
        {
            foreach (var spec in specs) yield return Build(spec);
            yield break;
        }
        var ahead = new Queue<Task<BuiltDocument>>();
        var next = 0;
        while (next < specs.Count || ahead.Count > 0)
        {
            while (next < specs.Count && ahead.Count < 2 * Parallelism)
            {
                var spec = specs[next++];
                ahead.Enqueue(Task.Run(() => Build(spec)));
            }
            yield return ahead.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>How to print one file, in a French sentence: the catalogue's advice
    /// (<c>templates/_conseil_impression.hbs</c>), as plain text for another page to show.</summary>
    public string Advice(ManifestFile file) => Prose("_conseil_impression", CatalogueKind.Entry(file));

    public string Prose(string template, Dictionary<string, object?> model) =>
        System.Net.WebUtility.HtmlDecode(_templates.Render(template, model)).Trim();

    /// <summary>What the catalogue needs to know of each file the documents write.</summary>
    public KitManifest Manifest(IEnumerable<BuiltDocument> built) => new(built.SelectMany(document =>
    {
        var spec = document.Spec;
        var (width, height) = TrimSize.Mm(document.Layout);
        var facts = _kinds.Of(spec).Facts(this, spec);
        // A two-sided piece printed on its own format turns like its sheets: about its vertical axis.
        var piece = spec.Kind.CutPiece && document.Pages > 1
            ? new SheetFacts(new SheetSize(width, height).UprightFlip, width > height, Framed: false, Copies: 1) : null;
        return OutputFiles(document).Select(file => new ManifestFile(file.Name, file.Pdf, file.Pages, file.Role, spec.Titre, spec.Type,
            width, height, file.Sheet ?? (file.Role == FileRole.Document ? piece : null), facts));
    }).ToList());

    private KitManifest? _kitManifest;

    /// <summary>The first pass over the whole kit, once per pipeline, for a catalogue built alone.</summary>
    private KitManifest KitManifest() =>
        _kitManifest ??= Manifest(Kit.Documents.Where(d => !_kinds.Of(d).ShowsKit).Select(d => Build(d)).ToList());

    private DocumentRequest Request(DocumentSpec spec, SenderValues? sender, KitManifest? manifest) =>
        new(spec, sender, _kinds.Of(spec).ShowsKit ? manifest ?? KitManifest() : null);

    private string Markup(DocumentRequest request)
    {
        var model = _kinds.Of(request.Spec).Model(this, request);
        try
        {
            return _templates.Render(request.Spec.Gabarit, model);
        }
        catch (ContentValueException e)
        {
            var (file, line, column) = Origins(request.Spec, request.Sender).Find(e.Culprit)
                ?? (Path.Combine("content", request.Spec.Contenu), 0, 0);
            throw new DiagnosticException(new Diagnostic(file, line, column, e.Message, e.Hint));
        }
    }

    private LayoutDocument Layout(DocumentSpec spec, string markup, IReadOnlyDictionary<string, byte[]> resources, SenderValues? sender)
    {
        // Built only for an error: reading the template again and splitting both texts cost every letter of a merge.
        var locator = new Lazy<MarkupLocator>(() => new MarkupLocator(TemplateEngine.DisplayPath(spec.Gabarit), _templates.Source(spec.Gabarit), markup, () => Origins(spec, sender)));
        var source = new MarkupSource(markup, TemplateEngine.DisplayPath(spec.Gabarit), (line, column, culprit) => locator.Value.Locate(line, column, culprit))
        {
            ResourceDirectory = Kit.ContentDirectory,
            Resources = resources,
            Elements = sender is null ? null : _elements,
        };
        LayoutDocument layout;
        using (BreakCache.Use(_breaks)) layout = Paginator.Layout(DocumentMarkup.Parse(source));
        if (_kinds.Of(spec).MaxPages is { } most && layout.Pages.Count > most) throw Overflow(spec, layout, most, locator.Value);
        return layout.Title.Length > 0 ? layout : layout with { Title = spec.Titre };
    }

    /// <summary>A document longer than its kind allows, named at the first text that runs over
    /// (in the content file when it comes from there), else at the document in kit.yaml.</summary>
    private static DiagnosticException Overflow(DocumentSpec spec, LayoutDocument layout, int most, MarkupLocator locator)
    {
        var first = layout.Pages[most].Items.OfType<TextItem>().FirstOrDefault(t => t.Text.Trim().Length >= 3);
        var (file, line, column) = first is null ? ("", 0, 0) : locator.Locate(0, 0, first.Text.Trim().TrimEnd('-', '‐'));
        if (line == 0) (file, line, column) = (Path.Combine("content", KitLoader.FileName), spec.Line, spec.Column);
        return new DiagnosticException(new Diagnostic(file, line, column,
            $"« {spec.Id} » ferait {layout.Pages.Count} pages : le texte déborde à partir d'ici (un document de type « {spec.Type} » en a {most} au plus, recto et verso)",
            "raccourcissez ce texte (ou ce qui le précède), ou réduisez la taille des caractères dans les options du document (kit.yaml)."));
    }

    /// <summary>The values this document was made from, read again only when an error needs
    /// them: its content file (and, for a booklet, the files beside it), the sender's fields, kit.yaml.</summary>
    private ValueOrigins Origins(DocumentSpec spec, SenderValues? sender)
    {
        var origins = new List<ValueOrigin>();
        if (spec.Contenu.Length > 0)
        {
            var path = Path.GetFullPath(Path.Combine(Kit.ContentDirectory, spec.Contenu));
            var folder = Path.GetDirectoryName(path)!;
            IEnumerable<string> beside = folder == Path.GetFullPath(Kit.ContentDirectory) ? [] : Directory.EnumerateFiles(folder, "*.yaml").Where(f => f != path).Order(StringComparer.Ordinal);
            foreach (var file in beside.Prepend(path)) origins.AddRange(ValueOrigins.Yaml(file, Path.GetRelativePath(Kit.Root, file)));
        }
        if (sender is not null) origins.AddRange(ValueOrigins.Sender(sender));
        origins.AddRange(KitLoader.Origins(Kit.Root, spec));
        return new ValueOrigins(origins);
    }

    private byte[] Render(LayoutDocument layout, bool cmyk = false) => PdfRenderer.Render(layout, new RenderOptions(BuildInstant, Cmyk: cmyk));

    (LayoutDocument Layout, byte[] Pdf) IKindContext.Draw(DocumentSpec spec, Dictionary<string, object?> model)
    {
        var layout = ((IKindContext)this).LayOut(spec, model);
        return (layout, Render(layout));
    }

    LayoutDocument IKindContext.LayOut(DocumentSpec spec, Dictionary<string, object?> model, Task<LaidOut>? unbled)
    {
        var markup = _templates.Render(spec.Gabarit, model);
        return unbled?.GetAwaiter().GetResult() is { } plain && plain.Layout.Pages.All(p => p.TrimBox is null && p.BleedBox is null)
            && BleedAround.Added(plain.Markup, markup) is { } bleed
            ? BleedAround.Add(plain.Layout, bleed)
            : Layout(spec, markup, new Dictionary<string, byte[]>(), null);
    }

    byte[] IKindContext.DrawCmyk(LayoutDocument layout) => Render(layout, cmyk: true);

    byte[] IKindContext.Redraw(LayoutDocument layout) => Render(layout);

    IReadOnlyList<DrawnPage?> IKindContext.DrawPages(LayoutDocument layout, bool cmyk) =>
        PdfRenderer.DrawPages(layout, new RenderOptions(BuildInstant, Cmyk: cmyk));
}
