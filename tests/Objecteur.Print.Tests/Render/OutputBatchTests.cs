using Objecteur.Print.Render;

namespace Objecteur.Print.Tests.Render;

public sealed class OutputBatchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("objecteur-batch-").FullName, "sortie");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, true);

    private string[] Visible() => Directory.GetFiles(_folder).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order().ToArray()!;

    [Fact]
    public void Files_appear_only_when_the_batch_commits()
    {
        using var batch = OutputBatch.Open(_folder, "sortie");
        batch.Add("a.pdf", "A"u8);
        batch.Add("b.pdf", "B"u8);
        Assert.Empty(Visible());
        var written = batch.Commit();
        Assert.Equal(["a.pdf", "b.pdf"], Visible());
        Assert.Equal(Path.Combine(_folder, "a.pdf"), written[0]);
        Assert.Equal("B", File.ReadAllText(Path.Combine(_folder, "b.pdf")));
    }

    [Fact]
    public void A_failed_batch_leaves_the_previous_files_and_no_temporary_file()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "a.pdf"), "ancien");
        using (var batch = OutputBatch.Open(_folder, "sortie"))
            batch.Add("a.pdf", "nouveau"u8);
        Assert.Equal("ancien", File.ReadAllText(Path.Combine(_folder, "a.pdf")));
        Assert.DoesNotContain(Directory.GetFiles(_folder), f => f.EndsWith("tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Leftovers_of_a_killed_run_are_removed()
    {
        Directory.CreateDirectory(_folder);
        var leftover = Path.Combine(_folder, ".a.pdf.0123456789abcdef.objecteur-tmp");
        File.WriteAllText(leftover, "moitié");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "à moi");
        using var batch = OutputBatch.Open(_folder, "sortie");
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(Path.Combine(_folder, "notes.txt")));
    }

    [Fact]
    public void A_second_batch_on_the_same_folder_is_refused_in_french()
    {
        using var first = OutputBatch.Open(_folder, "output");
        var e = Assert.Throws<DiagnosticException>(() => OutputBatch.Open(_folder, "output"));
        Assert.Equal("output", e.Diagnostic.File);
        Assert.Contains("une autre fabrication", e.Diagnostic.Message);
        first.Dispose();
        using var again = OutputBatch.Open(_folder, "output");
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_a_french_error()
    {
        var file = Path.Combine(Path.GetDirectoryName(_folder)!, "fichier");
        File.WriteAllText(file, "");
        var e = Assert.Throws<DiagnosticException>(() => OutputBatch.Open(Path.Combine(file, "sortie"), "fichier/sortie"));
        Assert.Contains("impossible d'écrire", e.Diagnostic.Message);
    }
}
