using System.Globalization;
using CsvHelper;

namespace Objecteur.Print.Content;

/// <summary>One row of a mail-merge table: its values, or why it cannot make a letter.</summary>
/// <param name="Line">Line of the file where the row starts (the header is line 1).</param>
/// <param name="Problem">What is wrong with the row, naming fields, never their values.</param>
public sealed record SenderRow(int Line, SenderValues Values, string? Problem);

/// <summary>
/// Reads the people of a mail merge from a CSV file (UTF-8, « ; » or « , » separated, one
/// column per field, headed by the field's key or label). Rows are read one at a time, so the
/// memory a merge needs does not grow with the number of rows.
/// </summary>
public static class SenderTable
{
    /// <summary>Checks the header at once (a misspelt column spoils every row) and then yields
    /// the rows lazily.</summary>
    public static IEnumerable<SenderRow> Read(string path, string displayPath, LetterModel model)
    {
        var csv = CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
        });
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0)
                throw new DiagnosticException(new Diagnostic(displayPath, 1, 1, "le fichier est vide",
                    "la première ligne nomme les colonnes (ex. nom;adresse;ville), puis une ligne par personne."));
            return Rows(csv, Columns(csv.Headers, displayPath, model), displayPath, model);
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
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var values = new SenderValues();
                for (var i = 0; i < columns.Count && i < csv.FieldCount; i++)
                {
                    var text = csv.GetString(i).Trim();
                    if (text.Length == 0) continue;
                    values.Set(columns[i].Cle, SenderValues.SplitLines(columns[i].Type, text), displayPath, line);
                }
                var missing = model.Champs.Where(f => f.Obligatoire && !values.TryGet(f.Cle, out _)).Select(f => f.Cle).ToList();
                yield return new SenderRow(line, values, missing.Count == 0 ? null
                    : $"champ{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} manquant{(missing.Count > 1 ? "s" : "")}");
            }
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
