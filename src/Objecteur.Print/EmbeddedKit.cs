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

    /// <summary>The folder of <paramref name="store"/> (the user's own, see <see cref="UserStore"/>)
    /// that holds a copy of the kit, written the first time and then checked, file by file, against
    /// the kit the program carries: a file changed or missing is written again, a file added is
    /// removed. Writing the whole kit to a new folder on every run took a letter 18 ms of its 41.</summary>
    /// <returns>The folder, or null when the store cannot be written (the caller then writes
    /// the kit to a folder of its own).</returns>
    public static string? Kept(string store)
    {
        try
        {
            var root = Path.GetFullPath(Path.Combine(store, "kit-" + Fingerprint));
            // Readable by this user only (0700 on Unix), like a temporary copy.
            CreatePrivate(store);
            CreatePrivate(root);
            var expected = Files.Select(file => Target(root, file)).ToHashSet(StringComparer.Ordinal);
            foreach (var present in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                if (!expected.Contains(present)) File.Delete(present);
            foreach (var file in Files)
            {
                var target = Target(root, file);
                var data = Read(file);
                if (File.Exists(target) && new FileInfo(target).Length == data.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(data)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                // Written aside, then moved in: a run that reads the copy at the same time finds
                // the whole file or the one before, never half of one.
                var aside = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
                File.WriteAllBytes(aside, data);
                File.Move(aside, target, overwrite: true);
            }
            return root;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The user's folder for what the program keeps between runs
    /// (<c>~/.local/share/objecteur</c> on Linux, <c>%LOCALAPPDATA%\objecteur</c> on Windows), or
    /// null when there is none.</summary>
    public static string? UserStore()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(data) ? null : Path.Combine(data, "objecteur");
    }

    /// <summary>Names the kit the program carries: a hash of its files' names and bytes.</summary>
    private static string Fingerprint => s_fingerprint ??= ComputeFingerprint();
    private static string? s_fingerprint;

    private static string ComputeFingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            var data = Read(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{file}\n{data.Length}\n"));
            hash.AppendData(data);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 12);
    }

    private static void CreatePrivate(string folder)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
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
