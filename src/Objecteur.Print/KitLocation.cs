using Objecteur.Print.Content;

namespace Objecteur.Print.Cli;

/// <summary>
/// Where the kit comes from. A volunteer who downloaded the program has no kit folder: the kit
/// (content/ and templates/) travels inside the program, and is used when neither <c>--kit</c>, the
/// working directory nor the program's own folder holds a <c>content/kit.yaml</c>. The pipeline reads
/// files: that embedded kit is kept in a private folder of the user's (<see cref="EmbeddedKit.Kept"/>),
/// or written to a private temporary folder for the run when there is none, and its PDFs go to
/// <c>output/</c> in the working directory.
/// </summary>
public sealed class KitLocation : IDisposable
{
    private KitLocation(string root, string outputRoot, bool embedded, bool temporary = false)
    {
        Root = root;
        OutputRoot = outputRoot;
        Embedded = embedded;
        _temporary = temporary;
    }

    /// <summary>The copy is this run's own, deleted with it.</summary>
    private readonly bool _temporary;

    /// <summary>The folder holding content/ and templates/.</summary>
    public string Root { get; }

    /// <summary>The folder whose <c>output/</c> receives the PDFs by default.</summary>
    public string OutputRoot { get; }

    /// <summary>True for the kit embedded in the program (a copy of it).</summary>
    public bool Embedded { get; }

    public static bool HoldsKit(string folder) => File.Exists(Path.Combine(folder, "content", KitLoader.FileName));

    /// <param name="option">The <c>--kit</c> value, if given: it must hold a kit (a usage error otherwise).</param>
    /// <param name="store">The user's folder where the embedded kit is kept between runs
    /// (<see cref="EmbeddedKit.UserStore"/> by default), or null to write it for this run alone.</param>
    public static KitLocation Find(string? option, string workingDirectory, string programDirectory, string? store)
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

        var kept = store is null ? null : EmbeddedKit.Kept(store);
        var copy = kept ?? Directory.CreateTempSubdirectory("objecteur-kit-").FullName;
        // A temporary folder is created readable by this user only (0700 on Unix).
        if (kept is null) EmbeddedKit.WriteTo(copy);
        var location = new KitLocation(copy, Path.GetFullPath(workingDirectory), embedded: true, temporary: kept is null);
        return location;
    }

    public void Dispose()
    {
        if (!Embedded) return;
        if (!_temporary) return;
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
