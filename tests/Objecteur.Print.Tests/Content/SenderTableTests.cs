using System.Text;
using Objecteur.Print.Content;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Content;

/// <summary>Tables as spreadsheets write them: rows numbered as the spreadsheet shows them.</summary>
public sealed class SenderTableTests : IDisposable
{
    private const string Header = "nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"objecteur-table-{Guid.NewGuid():N}.csv");
    private readonly LetterModel _model = LetterExamples.Pipeline().Letter("caf-papier");

    public void Dispose() => File.Delete(_path);

    private static string Row(string name, string address = "\"12 rue des Lilas\n42000 Saint-Étienne\"") =>
        $"{name};{address};1234567;CAF de la Loire;\"1 rue des Exemples\n99000 Ville-Exemple\";Saint-Étienne\n";

    private List<SenderRow> Read(string text, Encoding? encoding = null)
    {
        File.WriteAllBytes(_path, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        return SenderTable.Read(_path, "personnes.csv", _model).ToList();
    }

    [Fact]
    public void Rows_are_numbered_as_in_the_spreadsheet_even_with_line_breaks_in_cells()
    {
        var rows = Read(Header + Row("Camille") + Row("Dominique") + Row("Sacha"));
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Empty_rows_are_passed_over_and_keep_the_numbering()
    {
        var rows = Read(Header + Row("Camille") + ";;;;;\n" + Row("Sacha") + ";;;;;\n;;;;;\n\n");
        Assert.Equal([2, 4], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_quote_left_open_is_an_error_at_the_row_where_it_opened(bool laterQuote)
    {
        static string Plain(string name) => $"{name};12 rue des Lilas / 42000 Saint-Étienne;1234567;CAF de la Loire;1 rue des Exemples / 99000 Ville-Exemple;Saint-Étienne\n";
        // Either no quote follows, or a later row's quoted cell closes it, rows away.
        var rest = Plain("Sacha") + (laterQuote ? Row("Eden") : Plain("Eden"));
        var e = Assert.Throws<DiagnosticException>(() => Read(Header + Plain("Camille") + Plain("Dominique").Replace("12 rue", "\"12 rue") + rest));
        Assert.Equal(("personnes.csv", 3), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("guillemet", e.Diagnostic.Message);
        Assert.StartsWith("personnes.csv, ligne 3 :", e.Diagnostic.ToString());
        Assert.DoesNotContain("Lilas", e.Diagnostic.ToString());
    }

    [Fact]
    public void A_table_with_only_its_header_is_an_error()
    {
        var e = Assert.Throws<DiagnosticException>(() => Read(Header + ";;;;;\n"));
        Assert.Contains("aucune ligne", e.Diagnostic.Message);
    }

    [Fact]
    public void A_windows_table_is_read_with_its_accents_and_said_so()
    {
        var windows = CodePages();
        var rows = Read(Header + Row("Hélène Œillet"), windows);
        Assert.True(rows[0].Values.TryGet("nom", out var name));
        Assert.Equal("Hélène Œillet", name.Text);
        Assert.Contains("Windows-1252", SenderTable.EncodingNotice(_path));
        Read(Header + Row("Hélène"));
        Assert.Null(SenderTable.EncodingNotice(_path));
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
