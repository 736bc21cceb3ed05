using System.Runtime.ExceptionServices;
using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Render;

namespace Objecteur.Print.Pipeline;

/// <summary>A row left out of a merge, named by its line in the table, never by its values.</summary>
public sealed record SkippedRow(int Line, string Reason)
{
    public override string ToString() => $"ligne {Line} : {Reason}";
}

/// <summary>How far a merge has gone: rows read so far, letters written, rows left out.</summary>
public readonly record struct MergeProgress(int Rows, int Written, int Skipped);

/// <summary>What a merge wrote and what it left out.</summary>
public sealed record MergeReport(int Written, IReadOnlyList<SkippedRow> Skipped, IReadOnlyList<string> PrintFiles);

/// <summary>
/// A mail merge: one letter per row of a table, each in its own PDF (letter and follow-up note,
/// for the person), plus files that gather the letters alone, to print in one go and post.
/// </summary>
/// <remarks>
/// Rows are read, laid out and written a few at a time, and the gathered letters are flushed every
/// <see cref="LettersPerPrintFile"/> letters, so the memory a merge needs stays the same for 100
/// or 100,000 rows. A bad row (missing field, address too long) is reported and skipped; the
/// other rows still make their letters.
/// </remarks>
public sealed class MailMerge(KitPipeline pipeline, LetterModel model, string outputDirectory)
{
    /// <summary>The letters' edition: ordinary when null, or in large print (<see cref="Kinds.Edition.LargePrint"/>),
    /// the person's letter and follow-up sheet both, and the letters gathered to post.</summary>
    public Edition? Edition { get; init; }

    /// <summary>Letters per gathered print file: a size a copy shop or an office printer takes at once.</summary>
    public int LettersPerPrintFile { get; init; } = 500;

    /// <summary>Rows in the table, counted by reading it through once (to size a progress bar).</summary>
    public static int CountRows(string path, string displayPath, LetterModel model) =>
        SenderTable.Read(path, displayPath, model).Count();

    /// <summary>The merge into <c>outputDirectory</c>: nothing shows before the whole table is
    /// done, so a table that fails half-way (a quote left open) leaves the previous run's files as
    /// they were, and a new run replaces the previous one whole.</summary>
    public MergeReport Run(string tablePath, string tableDisplayPath, IProgress<MergeProgress>? progress = null)
    {
        var spec = pipeline.LetterSpec(model, Edition);
        var table = SenderTable.Read(tablePath, tableDisplayPath, model);
        using var output = OutputBatch.Open(outputDirectory, outputDirectory);
        var report = Run(table, (name, pdf) => output.Add(name, pdf), progress);
        output.Commit(supersedes: name => name.StartsWith($"{spec.Id}-ligne-", StringComparison.Ordinal)
            || name.StartsWith($"{spec.Id}-a-imprimer-", StringComparison.Ordinal));
        return report with { PrintFiles = report.PrintFiles.Select(f => Path.Combine(output.Folder, f)).ToList() };
    }

    /// <summary>Rows built at the same time; 1 builds them one after the other. Whatever the
    /// number, the files and their bytes are the same, written in the table's order.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The merge itself: each file (a person's letter, a print file) goes to
    /// <paramref name="write"/> by name, a folder's batch or a ZIP in memory alike.</summary>
    /// <returns>The report; its print files are the names given to <paramref name="write"/>.</returns>
    /// <remarks>Rows are built in small windows, two at a time, each on <see cref="Parallelism"/>
    /// threads, while this thread writes the window before and draws its letters into the print
    /// file: the windows bound the memory, the order of writing and drawing keeps the bytes.</remarks>
    public MergeReport Run(IEnumerable<SenderRow> table, Action<string, byte[]> write, IProgress<MergeProgress>? progress = null)
    {
        var spec = pipeline.LetterSpec(model, Edition);
        var skipped = new List<SkippedRow>();
        var printFiles = new List<string>();
        PdfRenderer? printFile = null;
        // A full print file is saved beside the rows that go on (saving 500 letters took the cores
        // a second of 1,000 rows' six while the rows waited); it is written when the next one is
        // full, or at the end: a fixed place, so the same order of files whatever the timing.
        Task<(string Name, byte[] Pdf)>? saving = null;
        int rows = 0, written = 0, lettersInFile = 0;
        try
        {
            using var windows = table.Chunk(Math.Max(1, Parallelism) * 2).GetEnumerator();
            // Small windows, two in flight: the next one's rows start while this one's last rows
            // finish, so no core waits for a window's slowest row, and fewer letters wait in
            // memory (10,000 rows: peak 156 MiB, against 198 MiB with one window of twice the size).
            var building = new Queue<Task<(SenderRow[] Window, RowOutcome[] Outcomes)>>();
            var warmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            while (building.Count < WindowsAhead && windows.MoveNext()) building.Enqueue(BuildWindow(spec, windows.Current, warmed, first: building.Count == 0));
            while (building.Count > 0)
            {
                var (window, outcomes) = building.Dequeue().GetAwaiter().GetResult();
                if (windows.MoveNext()) building.Enqueue(BuildWindow(spec, windows.Current, warmed, first: false));
                for (var i = 0; i < window.Length; i++)
                {
                    var row = window[i];
                    rows++;
                    var outcome = outcomes[i];
                    outcomes[i] = default;
                    if (row.Problem is not null) skipped.Add(new SkippedRow(row.Line, row.Problem));
                    else if (outcome.Failure is { } failure) ExceptionDispatchInfo.Throw(failure);
                    else if (outcome.Built is not { } built) skipped.Add(new SkippedRow(row.Line, outcome.Problem!));
                    else
                    {
                        write($"{spec.Id}-ligne-{row.Line:D5}.pdf", built.Pdf);
                        // The pages up to the letter's end are the letter that is posted (a long one,
                        // or one in large print, runs onto a second page); its follow-up sheet stays.
                        printFile ??= new PdfRenderer($"{model.Titre} – publipostage", "Lettres à imprimer et poster", new RenderOptions(pipeline.BuildInstant));
                        for (var p = 0; p < LetterKind.PostedPages(built.Layout); p++) printFile.Add(built.Layout.Pages[p], built.Drawn[p]);
                        written++;
                        if (++lettersInFile == LettersPerPrintFile)
                        {
                            WriteSaved(saving, write, printFiles);
                            saving = Save(spec, printFile, printFiles.Count + 1);
                            printFile = null;
                            lettersInFile = 0;
                        }
                    }
                    progress?.Report(new MergeProgress(rows, written, skipped.Count));
                }
            }
            WriteSaved(saving, write, printFiles);
            saving = null;
            if (printFile is not null) WriteSaved(Save(spec, printFile, printFiles.Count + 1), write, printFiles);
            printFile = null;
        }
        finally
        {
            printFile?.Dispose();
            // A row that failed stops the merge: a file being saved is waited for, not left to run.
            try { saving?.Wait(); }
            catch (AggregateException) { }
        }
        return new MergeReport(written, skipped, printFiles);
    }

    private const int WindowsAhead = 2;

    /// <summary>Starts building a window of rows, in parallel, beside the thread that writes.
    /// The table's first row is laid out alone: it fills the caches every row shares (the model's
    /// paragraphs broken into lines, its elements), which rows started beside it would each fill
    /// again (four threads at once did, a twentieth of a 100-row merge's processor time); the
    /// others start while it is drawn.</summary>
    private Task<(SenderRow[] Window, RowOutcome[] Outcomes)> BuildWindow(DocumentSpec spec, SenderRow[] window, TaskCompletionSource warmed, bool first)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism) };
        return Task.Run(async () =>
        {
            var outcomes = new RowOutcome[window.Length];
            if (first)
            {
                outcomes[0] = Build(spec, window[0], () => warmed.TrySetResult());
                // A first row that is skipped or fails is never laid out: the others wait no longer.
                warmed.TrySetResult();
            }
            else await warmed.Task.ConfigureAwait(false);
            Parallel.For(first ? 1 : 0, window.Length, parallel, i => outcomes[i] = Build(spec, window[i]));
            return (window, outcomes);
        });
    }

    /// <summary>What building one row gave: its letter, the problem that skips it, or an
    /// unexpected failure, raised again in the table's order.</summary>
    private readonly record struct RowOutcome(BuiltDocument? Built, string? Problem, Exception? Failure);

    /// <summary>The pages of a letter built already, which the next ones share (the sheet that
    /// follows the letter, the same for every row): which letter it is depends on timing, the
    /// bytes do not (<see cref="DrawnPage"/>).</summary>
    private IReadOnlyList<DrawnPage?>? _like;

    private RowOutcome Build(DocumentSpec spec, SenderRow row, Action? onLaidOut = null)
    {
        if (row.Problem is not null) return default;
        try
        {
            var built = pipeline.Build(spec, row.Values, like: Volatile.Read(ref _like), onLaidOut: onLaidOut);
            Interlocked.CompareExchange(ref _like, built.Drawn, null);
            return new RowOutcome(built, null, null);
        }
        catch (DiagnosticException e)
        {
            return new RowOutcome(null, e.Diagnostic.Message, null);
        }
        catch (Exception e)
        {
            return new RowOutcome(null, null, e);
        }
    }

    /// <summary>Saves the gathered letters (without their follow-up sheets: those stay in each
    /// person's own file), on another thread.</summary>
    private static Task<(string Name, byte[] Pdf)> Save(DocumentSpec spec, PdfRenderer printFile, int number) => Task.Run(() =>
    {
        using (printFile) return ($"{spec.Id}-a-imprimer-{number:D2}.pdf", printFile.Finish("fr-FR", []));
    });

    private static void WriteSaved(Task<(string Name, byte[] Pdf)>? saving, Action<string, byte[]> write, List<string> printFiles)
    {
        if (saving is null) return;
        var (name, pdf) = saving.GetAwaiter().GetResult();
        write(name, pdf);
        printFiles.Add(name);
    }
}
