using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Pipeline;

/// <summary>A merge's speed-ups (rows built in parallel, caches shared across rows and threads)
/// change no byte: the files, their order and their contents are those of a merge built one row
/// at a time, and each person's file is the letter built alone by a pipeline of its own.</summary>
public class MailMergeBytesTests
{
    private const string Header = "nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n";

    /// <summary>Rows that differ in length and words (so lines break differently) and in the
    /// lines of the address they write to (so what follows it moves in the markup), with one bad
    /// row in the middle, enough of them for several windows and print files.</summary>
    private static string Table() => Header + string.Concat(Enumerable.Range(1, 23).Select(i => i == 9
        ? ";3 rue X / 99000 Ville-Exemple;1;CAF de la Loire;1 rue A / 99000 B;Ville-Exemple\n"
        : $"Camille{new string('e', i % 5)} Exemple-{i};{i} {(i % 3 == 0 ? "allée des Anticonstitutionnellement-Longues" : "place du Marché")} / 99000 Ville-Exemple;{1000000 + i * 7};CAF de {(i % 2 == 0 ? "la Loire" : "l'Ardèche")};{(i % 4 == 0 ? "Service courrier / " : "")}1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple\n"));

    private static (List<(string Name, byte[] Pdf)> Files, MergeReport Report) Merge(int parallelism, Edition? edition = null, int rows = 23)
    {
        var pipeline = LetterExamples.Pipeline();
        var model = pipeline.Letter("caf-papier");
        var files = new List<(string, byte[])>();
        var merge = new MailMerge(pipeline, model, "unused") { LettersPerPrintFile = 5, Parallelism = parallelism, Edition = edition };
        var report = merge.Run(SenderTable.ReadText(Table(), "personnes.csv", model).Take(rows), (name, pdf) => files.Add((name, pdf)));
        return (files, report);
    }

    [Fact]
    public void A_parallel_merge_writes_the_files_of_a_sequential_one_in_the_same_order_with_the_same_bytes()
    {
        var (sequential, sequentialReport) = Merge(parallelism: 1);
        var (parallel, parallelReport) = Merge(parallelism: 4);
        Assert.Equal(sequential.Select(f => f.Name), parallel.Select(f => f.Name));
        for (var i = 0; i < sequential.Count; i++)
            Assert.True(sequential[i].Pdf.AsSpan().SequenceEqual(parallel[i].Pdf), $"{sequential[i].Name} differs");
        Assert.Equal(22, parallelReport.Written);
        Assert.Equal([10], parallelReport.Skipped.Select(s => s.Line));
        Assert.Equal(sequentialReport.PrintFiles, parallelReport.PrintFiles);
        Assert.Equal(5, parallelReport.PrintFiles.Count);
    }

    /// <summary>A pipeline that has built nothing yet, the letter model and the table's good rows,
    /// to build letters one by one and compare them with a merge's.</summary>
    private static (KitPipeline Pipeline, LetterModel Model, DocumentSpec Spec, List<SenderRow> Rows) Alone(Edition? edition = null)
    {
        var pipeline = LetterExamples.Pipeline();
        var model = pipeline.Letter("caf-papier");
        return (pipeline, model, pipeline.LetterSpec(model, edition), SenderTable.ReadText(Table(), "personnes.csv", model).Where(r => r.Problem is null).ToList());
    }

    [Fact]
    public void Each_person_s_file_is_the_letter_built_alone_by_a_pipeline_that_saw_no_other_row()
    {
        var (files, _) = Merge(parallelism: 4);
        foreach (var row in Alone().Rows)
        {
            // A pipeline of its own for each: no cache holds anything of another row.
            var (pipeline, _, spec, _) = Alone();
            var alone = pipeline.Build(spec, row.Values).Pdf;
            var merged = files.Single(f => f.Name == $"{spec.Id}-ligne-{row.Line:D5}.pdf").Pdf;
            Assert.True(alone.AsSpan().SequenceEqual(merged), $"row {row.Line} differs");
        }
    }

    [Fact]
    public void A_letter_built_after_others_in_the_same_pipeline_is_the_letter_built_first()
    {
        // Last row first: whatever the shared caches (words, lines, elements) hold, they hold it from other rows.
        var (pipeline, _, spec, rows) = Alone();
        var warm = rows.AsEnumerable().Reverse().Select(row => (row.Line, pipeline.Build(spec, row.Values).Pdf)).ToList();
        foreach (var (line, pdf) in warm)
        {
            var (fresh, _, freshSpec, freshRows) = Alone();
            var alone = fresh.Build(freshSpec, freshRows.Single(r => r.Line == line).Values).Pdf;
            Assert.True(alone.AsSpan().SequenceEqual(pdf), $"row {line} differs");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_print_file_drawn_a_page_at_a_time_is_its_letters_rendered_as_one_document(bool largePrint)
    {
        var edition = largePrint ? Edition.LargePrint : null;
        var (files, report) = Merge(parallelism: 4, edition, rows: 6);
        var (pipeline, model, spec, rows) = Alone(edition);
        var letters = rows.Take(5).SelectMany(row =>
        {
            var layout = pipeline.Build(spec, row.Values).Layout;
            // The letter that is posted: its one page; in large print its two, before a guide of two.
            var posted = largePrint ? 2 : 1;
            Assert.Equal((posted, posted + (largePrint ? 2 : 1)), (layout.PageOf(LetterKind.EndMark), layout.Pages.Count));
            return layout.Pages.Take(posted);
        }).ToList();
        var whole = Objecteur.Print.Render.PdfRenderer.Render(
            new Objecteur.Print.Layout.Frames.LayoutDocument($"{model.Titre} – publipostage", "Lettres à imprimer et poster", "fr-FR", letters, []),
            new Objecteur.Print.Render.RenderOptions(pipeline.BuildInstant));
        Assert.True(whole.AsSpan().SequenceEqual(files.Single(f => f.Name == report.PrintFiles[0]).Pdf));
    }

    [Fact]
    public void In_large_print_each_person_s_file_is_the_large_print_letter_built_alone()
    {
        var (files, report) = Merge(parallelism: 4, Edition.LargePrint, rows: 4);
        var (_, _, spec, rows) = Alone(Edition.LargePrint);
        Assert.EndsWith("gros-caracteres", spec.Id);
        Assert.Equal(4, report.Written);
        foreach (var row in rows.Take(4))
        {
            var (pipeline, _, _, _) = Alone(Edition.LargePrint);
            var alone = pipeline.Build(spec, row.Values).Pdf;
            Assert.True(alone.AsSpan().SequenceEqual(files.Single(f => f.Name == $"{spec.Id}-ligne-{row.Line:D5}.pdf").Pdf), $"row {row.Line} differs");
        }
    }
}
