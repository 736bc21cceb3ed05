using System.Reflection;

namespace Objecteur.Print.Cli;

/// <summary>
/// The kit built into the program: every file of the repository's <c>content/</c> and
/// <c>templates/</c>, embedded as resources named <c>kit/content/…</c> and <c>kit/templates/…</c>
/// (see the csproj). A resource name is a relative path that must stay inside the kit: one that
/// would climb out of it (« .. », a rooted path) is refused, never written.
/// </summary>
public static class EmbeddedKit
{
    private const string Prefix = "kit/";

    /// <summary>The embedded files, by relative path with « / » (content/kit.yaml…), in order.</summary>
    public static IReadOnlyList<string> Files { get; } = typeof(EmbeddedKit).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal).ToList();

    public static byte[] Read(string relativePath)
    {
        var assembly = typeof(EmbeddedKit).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + relativePath)
            ?? assembly.GetManifestResourceStream(Prefix + relativePath.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"embedded kit file {relativePath} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Writes every file of the kit under <paramref name="folder"/> (created if needed);
    /// returns the number of files written.</summary>
    public static int WriteTo(string folder)
    {
        var root = Path.GetFullPath(folder);
        foreach (var file in Files)
        {
            var target = Target(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, Read(file));
        }
        return Files.Count;
    }

    /// <summary>Where a kit file goes under <paramref name="root"/>, or an error if it would leave it.</summary>
    internal static string Target(string root, string relativePath)
    {
        var parts = relativePath.Split('/');
        if (Path.IsPathRooted(relativePath) || parts.Any(p => p is "" or "." or ".." || p.Contains('\\') || p.Contains(':'))
            || parts[0] is not ("content" or "templates"))
            throw new InvalidOperationException($"embedded kit path {relativePath} leaves the kit");
        var target = Path.GetFullPath(Path.Combine([root, .. parts]));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"embedded kit path {relativePath} leaves the kit");
        return target;
    }
}
