using System.Collections.Concurrent;
using Objecteur.Print.Content;

namespace Objecteur.Print.Cli;

/// <summary>
/// Where the kit comes from. A volunteer who downloaded the program has no kit folder: the kit
/// (content/ and templates/) travels inside the program, and is used when neither <c>--kit</c>, the
/// working directory nor the program's own folder holds a <c>content/kit.yaml</c>. That embedded kit
/// is written to a private temporary folder for the run (the pipeline reads files) and its PDFs go
/// to <c>output/</c> in the working directory.
/// </summary>
public sealed class KitLocation : IDisposable
{
    private static readonly ConcurrentDictionary<string, string> OutputRoots = new(StringComparer.Ordinal);

    private KitLocation(string root, string outputRoot, bool embedded)
    {
        Root = root;
        OutputRoot = outputRoot;
        Embedded = embedded;
    }

    /// <summary>The folder holding content/ and templates/.</summary>
    public string Root { get; }

    /// <summary>The folder whose <c>output/</c> receives the PDFs by default.</summary>
    public string OutputRoot { get; }

    /// <summary>True for the kit embedded in the program (a temporary copy).</summary>
    public bool Embedded { get; }

    public static bool HoldsKit(string folder) => File.Exists(Path.Combine(folder, "content", KitLoader.FileName));

    /// <param name="option">The <c>--kit</c> value, if given: it must hold a kit (a usage error otherwise).</param>
    public static KitLocation Find(string? option, string workingDirectory, string programDirectory)
    {
        if (option is not null)
        {
            if (!Directory.Exists(option))
                throw new UsageException($"--kit : le dossier « {CommandContext.Show(option)} » n'existe pas",
                    $"donnez le dossier qui contient content/ et templates/, ou créez un kit avec « {Cli.Name} nouveau-kit {CommandContext.Show(option)} ».");
            if (!HoldsKit(option))
                throw new UsageException($"--kit : le dossier « {CommandContext.Show(option)} » n'est pas un kit (il n'y a pas de content/{KitLoader.FileName})",
                    $"donnez le dossier qui contient content/ et templates/, ou créez un kit avec « {Cli.Name} nouveau-kit DOSSIER ».");
            return new KitLocation(Path.GetFullPath(option), Path.GetFullPath(option), embedded: false);
        }
        foreach (var folder in new[] { workingDirectory, programDirectory })
            if (HoldsKit(folder))
                return new KitLocation(Path.GetFullPath(folder), Path.GetFullPath(folder), embedded: false);

        // Created readable by this user only (0700 on Unix).
        var copy = Directory.CreateTempSubdirectory("objecteur-kit-").FullName;
        EmbeddedKit.WriteTo(copy);
        var location = new KitLocation(copy, Path.GetFullPath(workingDirectory), embedded: true);
        OutputRoots[Path.GetFullPath(copy)] = location.OutputRoot;
        return location;
    }

    /// <summary>The folder whose <c>output/</c> a kit's PDFs go to by default: the kit's own, or
    /// the working directory for the embedded kit.</summary>
    public static string OutputRootOf(string kitRoot) =>
        OutputRoots.TryGetValue(Path.GetFullPath(kitRoot), out var root) ? root : kitRoot;

    public void Dispose()
    {
        if (!Embedded) return;
        OutputRoots.TryRemove(Root, out _);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
