using Objecteur.Print.Press;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;
using UglyToad.PdfPig;

namespace Objecteur.Print.Tests.Press;

/// <summary>Sheets imposed from the pages as drawn (form XObjects of their content streams) are
/// the sheets imposed from the document's file: the same sheets, each letter at the same place.</summary>
public class DrawnImpositionTests
{
    private static readonly DateTimeOffset Date = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_booklet_imposed_from_its_pages_as_drawn_is_the_booklet_imposed_from_its_file()
    {
        var pipeline = LetterExamples.Pipeline();
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "livret-a5"));
        Assert.Contains(built.Drawn, page => page is not null);
        var (fromFile, sheets) = BookletImposer.Impose(built.Pdf, "livret", Date, paperThickness: 0.1);
        var (fromPages, sheetsToo) = BookletImposer.Impose(new RenderedPdf(built.Pdf, built.Drawn), built.Layout, "livret", Date, paperThickness: 0.1);
        Assert.Equal(sheets, sheetsToo);

        AssertSameLetters(fromFile, fromPages);
    }

    [Fact]
    public void A_sheet_of_copies_from_the_pages_as_drawn_is_the_sheet_from_the_file()
    {
        var pipeline = LetterExamples.Pipeline();
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "tract-caf-algorithme-a5"));
        var (width, height) = Objecteur.Print.Kinds.TrimSize.Mm(built.Layout);
        var sheet = OfficeSheet.Layout(width, height);
        var read = 0;
        var fromPages = NUpImposer.Impose(built.Drawn, () => { read++; return built.Pdf; }, sheet, "tract", Date, note: "Recto verso, bord long");
        Assert.Equal(0, read);
        AssertSameLetters(NUpImposer.Impose(built.Pdf, sheet, "tract", Date, note: "Recto verso, bord long"), fromPages);
    }

    private static void AssertSameLetters(byte[] fromFile, byte[] fromPages)
    {
        using var expected = PdfDocument.Open(fromFile);
        using var actual = PdfDocument.Open(fromPages);
        Assert.Equal(expected.NumberOfPages, actual.NumberOfPages);
        for (var p = 1; p <= expected.NumberOfPages; p++)
        {
            var want = expected.GetPage(p).Letters;
            var got = actual.GetPage(p).Letters;
            Assert.Equal(string.Concat(want.Select(l => l.Value)), string.Concat(got.Select(l => l.Value)));
            // PDFsharp rounds the placement of a page it reads to a few thousandths of a point.
            foreach (var (w, g) in want.Zip(got))
            {
                Assert.Equal(w.StartBaseLine.X, g.StartBaseLine.X, 0.01);
                Assert.Equal(w.StartBaseLine.Y, g.StartBaseLine.Y, 0.01);
                Assert.Equal(w.FontName, g.FontName);
            }
        }
    }
}
