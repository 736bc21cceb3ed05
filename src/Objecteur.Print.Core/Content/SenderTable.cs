using System.Text;
using CsvHelper;

namespace Objecteur.Print.Content;

/// <summary>One row of a mail-merge table: its values, or why it cannot make a letter.</summary>
/// <param name="Line">The row's number as a spreadsheet shows it (the header is row 1), whatever
/// line breaks its cells hold.</param>
/// <param name="Problem">What is wrong with the row, naming fields, never their values.</param>
public sealed record SenderRow(int Line, SenderValues Values, string? Problem);

/// <summary>
/// Reads the people of a mail merge from a CSV file (« ; » or « , » separated, one column per
/// field, headed by the field's key or label). Rows are read one at a time, so the memory a merge
/// needs does not grow with the number of rows. Rows are numbered as the spreadsheet the table
/// came from numbers them, empty rows (« ;;;; ») are passed over, and a quote left open is an
/// error at the row where it opened instead of swallowing every row after it.
/// </summary>
public static class SenderTable
{
    /// <summary>Windows spreadsheets save CSV in Windows-1252; such a table is read as that.</summary>
    private static readonly Lazy<Encoding> WindowsLatin = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>What to tell the user about how the table was read, or null when it is UTF-8.</summary>
    public static string? EncodingNotice(string path) => IsUtf8(path) ? null
        : "le tableau n'est pas enregistré en UTF-8 : il a été lu comme un fichier Windows (Windows-1252, celui d'Excel) ; vérifiez les accents d'une lettre, ou enregistrez-le en « CSV UTF-8 ».";

    /// <summary>Checks the header at once (a misspelt column spoils every row) and then yields
    /// the rows lazily.</summary>
    public static IEnumerable<SenderRow> Read(string path, string displayPath, LetterModel model) =>
        Read(CsvReader.FromFile(path, Options(displayPath, IsUtf8(path) ? null : WindowsLatin.Value)), displayPath, model);

    /// <summary>The same from a table already in memory (a file sent to the local workshop,
    /// which never writes it to disk).</summary>
    public static IEnumerable<SenderRow> ReadText(string text, string displayPath, LetterModel model) =>
        Read(CsvReader.FromText(text, Options(displayPath, null)), displayPath, model);

    private static CsvReaderOptions Options(string displayPath, Encoding? encoding) => new()
    {
        HasHeader = true,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        TrimWhitespace = true,
        // Kept, so that row numbers stay the spreadsheet's; empty rows are passed over below.
        SkipEmptyLines = false,
        Encoding = encoding,
        // A record that never ends would otherwise grow the buffer up to 2 GiB.
        MaxRecordSize = 1024 * 1024,
        OnMalformedRecord = record =>
        {
            // A spreadsheet quotes whole cells: text after a closing quote means the quote
            // closed far from where it opened, with the rows between swallowed into one cell.
            if (record.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.TextAfterClosingQuote)
                throw new DiagnosticException(new Diagnostic(displayPath, (int)record.RecordNumber, 0,
                    "un guillemet (\") ouvert dans cette ligne n'est jamais fermé : toutes les lignes suivantes y seraient avalées",
                    "fermez ce guillemet dans la cellule, ou retirez-le, puis relancez : aucune lettre n'a été fabriquée à partir de cette ligne."));
        },
    };

    private static IEnumerable<SenderRow> Read(CsvReader csv, string displayPath, LetterModel model)
    {
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0)
                throw new DiagnosticException(new Diagnostic(displayPath, 1, 1, "le fichier est vide",
                    "la première ligne nomme les colonnes (ex. nom;adresse;ville), puis une ligne par personne."));
            return Rows(csv, Columns(csv.Headers, displayPath, model), displayPath, model);
        }
        catch (CsvFormatException e)
        {
            csv.Dispose();
            throw TooLong(displayPath, e);
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    private static IEnumerable<SenderRow> Rows(CsvReader csv, List<LetterField> columns, string displayPath, LetterModel model)
    {
        using (csv)
        {
            var any = false;
            while (Next(csv, displayPath))
            {
                var row = (int)csv.RowNumber + 1;
                var values = new SenderValues();
                var empty = true;
                string? unprintable = null;
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    var text = csv.GetString(i).Trim();
                    if (text.Length == 0) continue;
                    empty = false;
                    if (i >= columns.Count) continue;
                    // Invisible characters pasted into a cell would vanish from the letter unseen.
                    if (KitText.FirstUnprintable(text) >= 0) unprintable ??= columns[i].Cle;
                    values.Set(columns[i].Cle, SenderValues.SplitLines(columns[i].Type, text), displayPath, row);
                }
                if (empty) continue;
                any = true;
                var missing = model.Champs.Where(f => f.Obligatoire && !values.TryGet(f.Cle, out _)).Select(f => f.Cle).ToList();
                yield return new SenderRow(row, values, missing.Count > 0
                    ? $"champ{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} manquant{(missing.Count > 1 ? "s" : "")}"
                    : unprintable is not null ? $"caractère invisible ou non imprimable dans le champ {unprintable} (retirez-le de la cellule)" : null);
            }
            if (!any)
                throw new DiagnosticException(new Diagnostic(displayPath, 2, 0, "le tableau n'a aucune ligne de personne sous ses titres de colonnes",
                    "ajoutez une ligne par personne sous la première ligne, puis relancez."));
        }
    }

    private static bool Next(CsvReader csv, string displayPath)
    {
        try { return csv.Read(); }
        catch (CsvFormatException e) { throw TooLong(displayPath, e); }
    }

    private static DiagnosticException TooLong(string displayPath, CsvFormatException e) =>
        new(new Diagnostic(displayPath, (int)e.RecordNumber, 0, "une ligne du tableau est anormalement longue (plus d'un million de caractères)",
            "vérifiez qu'aucun guillemet n'est resté ouvert dans une cellule."));

    /// <summary>Strict UTF-8 (a byte-order mark allowed), read in blocks: a large table is not held in memory.</summary>
    private static bool IsUtf8(string path)
    {
        using var stream = File.OpenRead(path);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 1];
        try
        {
            int read;
            while ((read = stream.Read(bytes)) > 0)
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The field of each column, found by key or by label, in any case.</summary>
    private static List<LetterField> Columns(IReadOnlyList<string> header, string displayPath, LetterModel model)
    {
        var columns = new List<LetterField>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var field = model.Champs.FirstOrDefault(f => string.Equals(f.Cle, name, StringComparison.OrdinalIgnoreCase)
                || French.SameText(f.Libelle, name))
                ?? throw new DiagnosticException(new Diagnostic(displayPath, 1, i + 1, $"colonne « {name} » inconnue pour le modèle « {model.Id} »",
                    Suggest.Hint(name, model.Champs.Select(f => f.Cle).ToList())));
            if (columns.Contains(field))
                throw new DiagnosticException(new Diagnostic(displayPath, 1, i + 1, $"deux colonnes pour le champ « {field.Cle} »", "gardez-en une seule."));
            columns.Add(field);
        }
        return columns;
    }
}
