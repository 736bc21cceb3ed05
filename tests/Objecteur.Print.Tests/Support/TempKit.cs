namespace Objecteur.Print.Tests.Support;

/// <summary>A throwaway kit folder: a copy of the repository's kit that a test may break.</summary>
public sealed class TempKit : IDisposable
{
    public TempKit()
    {
        Root = Path.Combine(Path.GetTempPath(), "objecteur-test-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Repo.Root, "content"), Path.Combine(Root, "content"));
        Copy(Path.Combine(Repo.Root, "templates"), Path.Combine(Root, "templates"));
    }

    public string Root { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Adds a test fixture to the kit: the content files of <c>Fixtures/{fixture}</c> go to
    /// <c>content/{contentFolder}</c>, replacing the kit's own, and its <c>kit-documents.yaml</c>, if it
    /// has one, joins the kit's documents (a fixture without one is laid out by the kit's documents).</summary>
    public void AddFixture(string fixture, string contentFolder)
    {
        var from = System.IO.Path.Combine(Repo.TestDirectory, "Fixtures", fixture);
        var to = PathOf(System.IO.Path.Combine("content", contentFolder));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.yaml").Where(f => System.IO.Path.GetFileName(f) != "kit-documents.yaml"))
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)), overwrite: true);
        var documents = System.IO.Path.Combine(from, "kit-documents.yaml");
        if (File.Exists(documents)) File.AppendAllText(PathOf("content/kit.yaml"), File.ReadAllText(documents));
    }

    /// <summary>Replaces the first occurrence of a text in a kit file (fails if it is absent).</summary>
    public void Edit(string relative, string find, string replace)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(find, text);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text[..at] + replace + text[(at + find.Length)..]);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
