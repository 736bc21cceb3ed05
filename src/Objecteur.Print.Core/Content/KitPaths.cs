namespace Objecteur.Print.Content;

/// <summary>
/// Keeps every file a kit names inside the kit's folder. A kit is often received from someone
/// else: a content file, template or image written as an absolute path, with « .. », or reached
/// through a symbolic link could otherwise make the program read (and print into a PDF) any file
/// of the computer.
/// </summary>
public static class KitPaths
{
    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="folder"/>,
    /// which lies in <paramref name="kitRoot"/>; null when it would leave the kit (after links are
    /// followed). The file need not exist.</summary>
    public static string? Inside(string kitRoot, string folder, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\0')) return null;
        var root = RealPath(Path.GetFullPath(kitRoot));
        var full = RealPath(Path.GetFullPath(Path.Combine(folder, relative)));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Like <see cref="Inside"/>, or a diagnostic at the place that named the path.</summary>
    public static string Resolve(string kitRoot, string folder, string relative, Func<string, string, DiagnosticException> error) =>
        Inside(kitRoot, folder, relative) ?? throw error(
            $"le chemin « {relative} » sort du dossier du kit",
            "un kit ne lit que ses propres fichiers : placez le fichier dans le dossier du kit et donnez un chemin relatif, sans « .. » ni chemin absolu.");

    /// <summary>The path with every symbolic link along it replaced by its target, so that a
    /// link inside the kit pointing outside is seen for what it is.</summary>
    private static string RealPath(string path, int hops = 0)
    {
        var root = Path.GetPathRoot(path)!;
        var current = root;
        var parts = path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            // Links may chain: a bound keeps a loop of links from spinning (reading it then fails).
            if (info.LinkTarget is { } target && hops < 40)
                return RealPath(Path.Combine([Path.GetFullPath(Path.Combine(current, target)), .. parts[(i + 1)..]]), hops + 1);
            current = next;
        }
        return current;
    }
}
