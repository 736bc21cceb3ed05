using Objecteur.Print.Press;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;
using UglyToad.PdfPig;

namespace Objecteur.Print.Tests.Press;

/// <summary>The booklet imposed from its pages as drawn (form XObjects of their content streams)
/// is the booklet imposed from its file: the same sheets, each letter at the same place.</summary>
public class BookletImpositionTests
{
    [Fact]
    public void Sheets_imposed_from_the_pages_as_drawn_are_those_imposed_from_the_file()
    {
        var pipeline = LetterExamples.Pipeline();
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "livret-a5"));
        Assert.Contains(built.Drawn, page => page is not null);
        var date = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var (fromFile, sheets) = BookletImposer.Impose(built.Pdf, "livret", date, paperThickness: 0.1);
        var (fromPages, sheetsToo) = BookletImposer.Impose(new RenderedPdf(built.Pdf, built.Drawn), built.Layout, "livret", date, paperThickness: 0.1);
        Assert.Equal(sheets, sheetsToo);

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
