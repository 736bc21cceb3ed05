using System.Collections.Concurrent;
using System.IO.Compression;
using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;

namespace Objecteur.Print.Web;

/// <summary>A problem with what was typed, next to the field it concerns (<see cref="Key"/>
/// null: the whole letter). The words are the core's, as the command line prints them.</summary>
public sealed record FieldError(string? Key, string Message, string Hint);

/// <summary>A letter built from a form, or why it could not be.</summary>
public sealed record LetterResult(string FileName, byte[]? Pdf, IReadOnlyList<FieldError> Errors);

/// <summary>One file of a kit document, with the catalogue's facts about it.</summary>
public sealed record KitFile(string Name, int Pages, int Bytes, string? Format, string Advice, string Title);

/// <summary>A kit document as the home page shows it.</summary>
public sealed record KitEntry(string Id, string Title, IReadOnlyList<KitFile> Files, PageFrame FirstPage);

/// <summary>What a mail merge made, in memory: the ZIP and the rows left out.</summary>
public sealed record MergeOutcome(byte[] Zip, int Written, IReadOnlyList<SkippedRow> Skipped);

/// <summary>
/// The workshop's only door into the core: every call to the pipeline (<c>KitPipeline</c>,
/// templates models, letters, mail merge) goes through here, so that the web pages depend on
/// this small surface and not on where the core keeps things.
/// </summary>
/// <remarks>A pipeline caches what it reads and is not thread-safe: each request borrows one
/// from a pool (and opens one when none is free). Sender values never stay in a pipeline.</remarks>
public sealed class WorkshopKit(string root)
{
    private readonly ConcurrentBag<KitPipeline> _pool = [];
    private Lazy<Task<IReadOnlyList<KitEntry>>> _catalogue = null!;
    private readonly Lock _catalogueLock = new();
    private IReadOnlyList<BuiltDocument>? _built;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Opens the kit once (so a broken kit fails at start-up); with
    /// <paramref name="warmUp"/>, starts building the catalogue's documents in the background.</summary>
    public WorkshopKit Start(bool warmUp)
    {
        ResetCatalogue(warmUp);
        Return(Borrow());
        return this;
    }

    private KitPipeline Borrow()
    {
        while (_pool.TryTake(out var pipeline))
            if (pipeline.Today == DateOnly.FromDateTime(DateTime.UtcNow) || Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is not null)
                return pipeline;
        return KitPipeline.Open(Root);
    }

    private void Return(KitPipeline pipeline) => _pool.Add(pipeline);

    private T With<T>(Func<KitPipeline, T> work)
    {
        var pipeline = Borrow();
        try
        {
            return work(pipeline);
        }
        finally
        {
            Return(pipeline);
        }
    }

    /// <summary>French numbers (decimal comma, narrow no-break space between thousands), the
    /// same in every globalization mode.</summary>
    public static IFormatProvider FrenchNumbers => French.Culture;

    public string OrganisationName => With(p => p.Kit.Organisation.Nom);

    public IReadOnlyList<LetterModel> Letters() => With(p => p.Letters());

    public LetterModel? Letter(string id) => Letters().FirstOrDefault(l => l.Id == id);

    /// <summary>How many lines the recipient's address may have: the block's six less the lines
    /// the model prints above it.</summary>
    public static int AddressLinesLeft(LetterModel letter) => ComposedLetter.MaxAddressLines - letter.Destinataire.Count;

    public const int MaxAddressLineLength = ComposedLetter.MaxAddressLineLength;

    /// <summary>The blank letter, to fill in by hand (no personal data); in large print with <see cref="Edition.LargePrint"/>.</summary>
    public (string FileName, byte[] Pdf) BlankLetter(LetterModel letter, Edition? edition = null) => With(p =>
    {
        var spec = p.LetterSpec(letter, edition);
        return (spec.Id + ".pdf", p.Build(spec).Pdf);
    });

    /// <summary>The letter filled with the values of a form, built as <c>objecteur lettre</c>
    /// builds it (same values, same bytes). Missing fields and the core's checks come back as
    /// errors tied to their field.</summary>
    public LetterResult FilledLetter(LetterModel letter, Func<string, string?> form, Edition? edition = null) => With(p =>
    {
        var spec = p.LetterSpec(letter, edition);
        var fileName = spec.Id + "-remplie.pdf";
        var values = new SenderValues();
        foreach (var field in letter.Champs)
            if (form(field.Cle) is { } text && text.Trim().Length > 0)
                values.Set(field.Cle, SenderValues.SplitLines(field.Type, text), "formulaire", 0);
        var missing = letter.Champs.Where(f => f.Obligatoire && !values.TryGet(f.Cle, out _)).ToList();
        if (missing.Count > 0)
            return new LetterResult(fileName, null, missing.Select(f => new FieldError(f.Cle,
                $"champ obligatoire manquant : {f.Cle}", $"ex. {f.OneLineExample}")).ToList());
        try
        {
            return new LetterResult(fileName, p.Build(spec, values).Pdf, []);
        }
        catch (DiagnosticException e)
        {
            return new LetterResult(fileName, null, [new FieldError(FieldOf(letter, e.Diagnostic), e.Diagnostic.Message, e.Diagnostic.Hint)]);
        }
    });

    /// <summary>The field a diagnostic is about: the one it names, else the recipient's address
    /// (the only block the core checks), else none.</summary>
    private static string? FieldOf(LetterModel letter, Diagnostic diagnostic) =>
        letter.Champs.FirstOrDefault(f => diagnostic.Message.Contains($"« {f.Cle} »", StringComparison.Ordinal))?.Cle
        ?? (diagnostic.Message.Contains("destinataire", StringComparison.Ordinal) ? letter.RecipientAddress?.Cle : null);

    /// <summary>Every document of the kit with the catalogue's facts, built once (no personal
    /// data in them) and rebuilt when the kit changes.</summary>
    public Task<IReadOnlyList<KitEntry>> Catalogue() => _catalogue.Value;

    /// <summary>Forgets what was read and built from the kit (after the kit changed).</summary>
    public void ResetCatalogue(bool warmUp = true)
    {
        lock (_catalogueLock)
        {
            _pool.Clear();
            _built = null;
            _catalogue = new Lazy<Task<IReadOnlyList<KitEntry>>>(() => Task.Run(BuildCatalogue));
            if (warmUp) _ = _catalogue.Value;
        }
    }

    private IReadOnlyList<KitEntry> BuildCatalogue()
    {
        var pipeline = KitPipeline.Open(Root);
        var order = pipeline.Kit.Documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var built = pipeline.BuildKit(pipeline.Kit.Documents).OrderBy(d => order[d.Spec.Id]).ToList();
        _built = built;
        // The same printing advice as the catalogue's, from the same template.
        var advice = pipeline.Manifest(built).Files.ToDictionary(f => f.Name, pipeline.Advice);
        return built.Select(d =>
        {
            var (width, height) = TrimSize.Mm(d.Layout);
            var format = string.Create(French.Culture, $"{Math.Round(width, 1):0.#} × {Math.Round(height, 1):0.#} mm");
            return new KitEntry(d.Spec.Id, d.Spec.Titre, KitPipeline.OutputFiles(d).Select((f, i) =>
                new KitFile(f.Name, f.Pages, f.Pdf.Length, i == 0 ? format : null, advice[f.Name], d.Spec.Titre)).ToList(), d.Layout.Pages[0]);
        }).ToList();
    }

    /// <summary>Writes a kit document's files into output/ (atomically, as <c>objecteur build</c>)
    /// and returns them for download.</summary>
    public async Task<IReadOnlyList<(string Name, byte[] Pdf)>?> BuildDocument(string id)
    {
        await Catalogue();
        var built = _built?.FirstOrDefault(d => d.Spec.Id == id);
        if (built is null) return null;
        var files = KitPipeline.OutputFiles(built).Select(f => (f.Name, f.Pdf)).ToList();
        foreach (var (name, pdf) in files) AtomicFile.WriteAllBytes(Path.Combine(Root, "output", name), pdf);
        return files;
    }

    /// <summary>A mail merge of a table held in memory: the per-person letters and the print
    /// files (letters alone, <paramref name="perPrintFile"/> a file) go into one ZIP in memory;
    /// nothing is written to disk. In large print with <see cref="Edition.LargePrint"/>.</summary>
    public MergeOutcome Merge(LetterModel letter, string csv, string displayName, int perPrintFile, IProgress<MergeProgress>? progress = null, Edition? edition = null) => With(p =>
    {
        using var zipStream = new MemoryStream();
        MergeReport report;
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The CLI's merge, with a ZIP in memory for its folder: the same letters and print files.
            var merge = new MailMerge(p, letter, outputDirectory: "") { LettersPerPrintFile = perPrintFile, Edition = edition };
            report = merge.Run(SenderTable.ReadText(csv, displayName, letter), (name, bytes) =>
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }, progress);
        }
        return new MergeOutcome(zipStream.ToArray(), report.Written, report.Skipped);
    });

    private string KitFile => Path.Combine(Root, "content", KitLoader.FileName);

    /// <summary>The values of kit.yaml's <c>organisation:</c> block.</summary>
    public Dictionary<string, IReadOnlyList<string>> OrganisationValues() =>
        KitYamlEditor.Read(File.ReadAllText(KitFile), OrganisationBlock);

    public const string OrganisationBlock = "organisation";

    /// <summary>Writes the organisation's values into kit.yaml (atomically, the rest of the file
    /// untouched), then checks the kit still opens; if not, puts the file back as it was and
    /// returns the core's diagnostic.</summary>
    public Diagnostic? SaveOrganisation(IEnumerable<KitYamlEditor.Value> values)
    {
        lock (_catalogueLock)
        {
            var before = File.ReadAllText(KitFile);
            var after = KitYamlEditor.Write(before, OrganisationBlock, values);
            if (after == before) return null;
            var encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            AtomicFile.WriteAllBytes(KitFile, encoding.GetBytes(after));
            try
            {
                KitPipeline.Open(Root);
            }
            catch (DiagnosticException e)
            {
                AtomicFile.WriteAllBytes(KitFile, encoding.GetBytes(before));
                return e.Diagnostic;
            }
            ResetCatalogue();
            return null;
        }
    }

    /// <summary>A page that shows the organisation: the booklet's cover, else a blank letter's
    /// mode d'emploi.</summary>
    public PageFrame OrganisationPreview() => With(p =>
    {
        if (p.Kit.Documents.FirstOrDefault(d => d.Type == BookletKind.Name && d.Imposition is not null) is { } booklet)
            return p.Build(booklet).Layout.Pages[0];
        var letter = p.Letters()[0];
        var pages = p.Build(p.LetterSpec(letter)).Layout.Pages;
        return pages[^1];
    });

    /// <summary>Rows of a table, or the diagnostic that refuses the whole table (bad header).</summary>
    public static int CountRows(LetterModel letter, string csv, string displayName) =>
        SenderTable.ReadText(csv, displayName, letter).Count();
}
