using System.Text;

namespace Objecteur.Print.Content;

/// <summary>
/// Reads the text files of a kit (YAML, templates) strictly as UTF-8. Notepad and older
/// spreadsheet programs still save in Windows-1252: decoding those leniently would print
/// « � » in place of every accented letter, so a byte that is not UTF-8 is an error that names
/// its line and column and says how to save the file again.
/// </summary>
public static class KitText
{
    /// <summary>Far beyond any kit file (the largest is ≈ 13 KB): a file this large is a mistake,
    /// and reading it whole would cost memory in proportion before any check could run.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/>; <paramref name="displayPath"/> is how errors name it.</summary>
    public static string Read(string path, string displayPath)
    {
        if (Directory.Exists(path))
            throw new DiagnosticException(new Diagnostic(displayPath, 0, 0, "c'est un dossier, pas un fichier",
                "indiquez le nom d'un fichier dans ce dossier."));
        if (!File.Exists(path))
            throw new DiagnosticException(new Diagnostic(displayPath, 0, 0, "fichier introuvable",
                "vérifiez le nom du fichier et le dossier du kit (option --kit)."));
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
                throw new DiagnosticException(new Diagnostic(displayPath, 0, 0,
                    $"fichier trop grand ({length / 1024 / 1024} Mo ; {MaxBytes / 1024 / 1024} Mo au plus)",
                    "un fichier du kit ne contient que du texte : découpez-le ou retirez ce qui n'y a pas sa place."));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException(new Diagnostic(displayPath, 0, 0, "le fichier ne peut pas être lu",
                "vérifiez qu'il n'est pas ouvert dans un autre programme et que vous avez le droit de le lire."));
        }
        return Decode(bytes, displayPath);
    }

    /// <summary>Decodes UTF-8 (with or without a byte-order mark), or fails at the first byte that is not.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index < 0 ? 0 : e.Index);
            throw new DiagnosticException(new Diagnostic(displayPath, line, column,
                "le fichier n'est pas enregistré en UTF-8 (les lettres accentuées s'afficheraient mal)",
                "enregistrez-le à nouveau en choisissant le codage « UTF-8 » (Bloc-notes : Fichier › Enregistrer sous › Codage ; LibreOffice : « Jeu de caractères : Unicode (UTF-8) »)."));
        }
    }

    /// <summary>Line and column (1-based, in characters) of a byte offset, counting the valid text before it.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
