using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
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
/// Rows are read, laid out and written one at a time, and the gathered letters are flushed every
/// <see cref="LettersPerPrintFile"/> letters, so the memory a merge needs stays the same for 100
/// or 100,000 rows. A bad row (missing field, address too long) is reported and skipped; the
/// other rows still make their letters.
/// </remarks>
public sealed class MailMerge(KitPipeline pipeline, LetterModel model, string outputDirectory)
{
    /// <summary>Letters per gathered print file: a size a copy shop or an office printer takes at once.</summary>
    public int LettersPerPrintFile { get; init; } = 500;

    /// <summary>Rows in the table, counted by reading it through once (to size a progress bar).</summary>
    public static int CountRows(string path, string displayPath, LetterModel model) =>
        SenderTable.Read(path, displayPath, model).Count();

    public MergeReport Run(string tablePath, string tableDisplayPath, IProgress<MergeProgress>? progress = null)
    {
        var spec = pipeline.LetterSpec(model);
        var skipped = new List<SkippedRow>();
        var printFiles = new List<string>();
        var batch = new List<PageFrame>();
        int rows = 0, written = 0;
        foreach (var row in SenderTable.Read(tablePath, tableDisplayPath, model))
        {
            rows++;
            if (row.Problem is not null) skipped.Add(new SkippedRow(row.Line, row.Problem));
            else
            {
                try
                {
                    var built = pipeline.Build(spec, row.Values);
                    AtomicFile.WriteAllBytes(Path.Combine(outputDirectory, $"{spec.Id}-ligne-{row.Line:D5}.pdf"), built.Pdf);
                    batch.Add(built.Layout.Pages[0]);
                    written++;
                    if (batch.Count == LettersPerPrintFile) printFiles.Add(Flush(spec, batch, printFiles.Count + 1));
                }
                catch (DiagnosticException e)
                {
                    skipped.Add(new SkippedRow(row.Line, e.Diagnostic.Message));
                }
            }
            progress?.Report(new MergeProgress(rows, written, skipped.Count));
        }
        if (batch.Count > 0) printFiles.Add(Flush(spec, batch, printFiles.Count + 1));
        return new MergeReport(written, skipped, printFiles);
    }

    /// <summary>Writes the gathered letters (first pages only: the follow-up notes stay in each
    /// person's own file) and starts a new batch.</summary>
    private string Flush(DocumentSpec spec, List<PageFrame> batch, int number)
    {
        var document = new LayoutDocument($"{model.Titre} – publipostage", "Lettres à imprimer et poster", "fr-FR", batch.ToList(), []);
        var path = Path.Combine(outputDirectory, $"{spec.Id}-a-imprimer-{number:D2}.pdf");
        AtomicFile.WriteAllBytes(path, PdfRenderer.Render(document, new RenderOptions(pipeline.BuildInstant)));
        batch.Clear();
        return path;
    }
}
