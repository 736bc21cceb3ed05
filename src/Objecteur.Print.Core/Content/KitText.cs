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

    /// <summary>
    /// The first character of <paramref name="text"/> that cannot be printed, or -1: control
    /// characters (other than tab and line ends), private-use characters (no font of the kit
    /// draws them, and they would print as an empty box), noncharacters, and U+FFFD, the mark
    /// another program left where it could not read a character. They come from copying text out
    /// of a PDF, a web page or a word processor, and are invisible in most editors.
    /// </summary>
    public static int FirstUnprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var code = char.ConvertToUtf32(c, text[i + 1]);
                // Planes 15 and 16 are private use; U+xFFFE and U+xFFFF are noncharacters.
                if (code >> 16 >= 15 || (code & 0xFFFE) == 0xFFFE) return i;
                i++;
                continue;
            }
            if (char.IsControl(c) || char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF' or >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' or '\uFFFD')
                return i;
        }
        return -1;
    }

    /// <summary>A diagnostic at the first unprintable character of a kit file, if it has one.</summary>
    public static void RejectUnprintable(string text, string displayPath)
    {
        var at = FirstUnprintable(text);
        if (at < 0) return;
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1) + 1;
        var code = char.ConvertToUtf32(text, at);
        throw new DiagnosticException(new Diagnostic(displayPath, line, column,
            code == 0xFFFD
                ? "caractère « � » (U+FFFD) : un programme a remplacé ici une lettre qu'il n'a pas su lire"
                : $"caractère invisible ou non imprimable (U+{code:X4})",
            code == 0xFFFD
                ? "retapez la lettre d'origine (souvent une lettre accentuée) à cet endroit."
                : "supprimez-le (il vient souvent d'un copier-coller depuis un PDF ou une page web) ; tapez à la place une espace ou le caractère voulu."));
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
