using System.Text.RegularExpressions;

namespace Objecteur.Print.Cli;

/// <summary>
/// A file that could not be read or written, said in French: which path, what went wrong, what to
/// do — never a .NET exception name. The path is the one the command was writing when known, or
/// else the one .NET quotes in its message.
/// </summary>
public sealed partial class FileAccessFailure : Exception
{
    public FileAccessFailure(string? path, bool writing, Exception inner) : base(Describe(path, writing, inner, out var hint), inner)
    {
        Path = path;
        Hint = hint;
    }

    public string? Path { get; }
    public string Hint { get; }

    /// <summary>For an I/O error thrown where the path was not at hand (reading the kit, a merge).</summary>
    public static FileAccessFailure From(Exception e) =>
        new(e is FileNotFoundException { FileName: { } name } ? name : QuotedPath(e.Message), writing: false, e);

    private static string Describe(string? path, bool writing, Exception e, out string hint)
    {
        var what = path is null ? "un fichier" : $"« {CommandContext.Show(path)} »";
        var verb = writing ? "d'écrire" : "de lire ou d'écrire";
        const string sortie = "choisissez un autre dossier avec --sortie DOSSIER";
        switch (e)
        {
            case UnauthorizedAccessException:
                hint = $"vérifiez que vous avez le droit d'y écrire et que le fichier n'est pas en lecture seule, ou {sortie}.";
                return $"accès refusé : impossible {verb} {what}";
            case PathTooLongException:
                hint = $"{sortie} dont le chemin est plus court.";
                return $"chemin trop long : {what}";
            case DirectoryNotFoundException:
                hint = "vérifiez le nom du dossier, ou créez-le.";
                return $"dossier introuvable pour {what}";
            case FileNotFoundException:
                hint = "vérifiez le nom et le dossier du fichier.";
                return $"fichier introuvable : {what}";
            case IOException when IsDiskFull(e):
                hint = "libérez de la place sur le disque (ou sur la clé USB), puis relancez la commande.";
                return $"le disque est plein : impossible d'écrire {what}";
            case IOException when IsSharingViolation(e):
                hint = "fermez ce fichier dans l'autre programme (lecteur PDF, tableur…), puis relancez la commande.";
                return $"{what} est ouvert dans un autre programme";
            default:
                hint = $"vérifiez que le dossier existe, qu'un fichier ne porte pas déjà le nom d'un dossier à créer, et qu'aucun PDF n'est ouvert dans un autre programme ; ou {sortie}.";
                return $"impossible {verb} {what}";
        }
    }

    // ENOSPC on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static bool IsDiskFull(Exception e) => (e.HResult & 0xFFFF) is 28 or 0x27 or 0x70;

    // ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION (Windows only).
    private static bool IsSharingViolation(Exception e) => OperatingSystem.IsWindows() && (e.HResult & 0xFFFF) is 0x20 or 0x21;

    /// <summary>The rooted path .NET writes between quotes in its messages, if any.</summary>
    private static string? QuotedPath(string message)
    {
        var match = QuotedPathRegex().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"'((?:/|[A-Za-z]:\\|\\\\).*)'")]
    private static partial Regex QuotedPathRegex();
}
