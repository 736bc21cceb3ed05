using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Press;

/// <summary>The kit's A4 sheets of copies (<c>*-planche-a4.pdf</c>): the verso shows the same crop marks as the
/// recto, where they land once the sheet is turned over, so either side can be cut from.</summary>
public class SheetMarksTests
{
    public static TheoryData<string> Sheets() =>
        new(KitOutputs.Documents.Where(d => d.Spec.HasCropMarkedCopy).Select(d => d.Spec.OfficeSheet + ".pdf"));

    [Theory]
    [MemberData(nameof(Sheets))]
    public void The_verso_has_as_many_crop_marks_as_the_recto_mirrored_across_the_sheet(string name)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(KitOutputs.File(name).Pdf);
        Assert.Equal(2, pdf.NumberOfPages);
        var recto = Marks(pdf.GetPage(1));
        var verso = Marks(pdf.GetPage(2));
        Assert.NotEmpty(recto);
        Assert.Equal(recto.Count, verso.Count);
        // Turned over on its long edge (portrait A4) or short edge (landscape): either way each recto
        // mark has a verso mark at its mirror image across one axis of the sheet.
        var width = pdf.GetPage(1).Width;
        var height = pdf.GetPage(1).Height;
        var acrossWidth = recto.All(r => verso.Any(v => Near(v.Left, width - r.Right) && Near(v.Bottom, r.Bottom) && Near(v.Width, r.Width) && Near(v.Height, r.Height)));
        var acrossHeight = recto.All(r => verso.Any(v => Near(v.Bottom, height - r.Top) && Near(v.Left, r.Left) && Near(v.Width, r.Width) && Near(v.Height, r.Height)));
        Assert.True(acrossWidth || acrossHeight, $"{name}: the verso marks are not the recto's turned over");
    }

    private static List<UglyToad.PdfPig.Core.PdfRectangle> Marks(UglyToad.PdfPig.Content.Page page) =>
        page.Paths.Where(p => p.IsStroked && Math.Abs(p.LineWidth - 0.25) < 1e-6).Select(p => p.GetBoundingRectangle()!.Value).ToList();

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.05;
}
