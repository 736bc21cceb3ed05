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
