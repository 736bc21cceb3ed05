using Objecteur.Print.Layout;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Press;

/// <summary>The copies for a print shop (<c>*-traits-de-coupe.pdf</c>): every page, recto and verso, says
/// where the piece is (TrimBox, BleedBox 3 mm around it) and shows the crop marks outside the bleed.</summary>
public class PrintShopCopyTests
{
    private const double Tolerance = 0.01;

    public static TheoryData<string> Copies() =>
        new(KitOutputs.Documents.Where(d => d.Spec.HasCropMarkedCopy).Select(d => d.Spec.Id));

    [Theory]
    [MemberData(nameof(Copies))]
    public void Every_page_has_the_trim_and_bleed_boxes_of_the_piece_3mm_apart(string id)
    {
        var built = KitOutputs.Documents.Single(d => d.Spec.Id == id);
        var piece = PdfFacts.Read(built.Pdf);
        var copy = PdfFacts.Read(KitOutputs.File(built.Spec.CropMarkedCopy + ".pdf").Pdf);
        Assert.Equal(Math.Min(2, piece.PageCount), copy.PageCount);
        for (var i = 0; i < copy.PageCount; i++)
        {
            var trim = copy.TrimBoxes[i] ?? throw new Xunit.Sdk.XunitException($"page {i + 1} has no TrimBox");
            var bleed = copy.BleedBoxes[i] ?? throw new Xunit.Sdk.XunitException($"page {i + 1} has no BleedBox");
            var (width, height) = piece.TrimBoxes[i] is { } t ? (t.Width, t.Height) : piece.PageSizes[i];
            Assert.Equal(width, trim.Width, Tolerance);
            Assert.Equal(height, trim.Height, Tolerance);
            var mm3 = Units.Mm(3);
            Assert.Equal((trim.X1 - mm3, trim.Y1 - mm3, trim.X2 + mm3, trim.Y2 + mm3), (bleed.X1, bleed.Y1, bleed.X2, bleed.Y2), new PointsComparer());
            // Centred on its sheet: the verso's boxes are where the recto's are.
            Assert.Equal(copy.PageSizes[i].Width - trim.X2, trim.X1, Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public void Every_page_shows_two_crop_marks_per_corner_outside_the_bleed(string id)
    {
        var built = KitOutputs.Documents.Single(d => d.Spec.Id == id);
        var bytes = KitOutputs.File(built.Spec.CropMarkedCopy + ".pdf").Pdf;
        var facts = PdfFacts.Read(bytes);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        for (var i = 0; i < facts.PageCount; i++)
        {
            var trim = facts.TrimBoxes[i]!;
            var bleed = facts.BleedBoxes[i]!;
            var marks = pdf.GetPage(i + 1).Paths.Where(p => p.IsStroked && Math.Abs(p.LineWidth - 0.25) < 1e-6)
                .Select(p => p.GetBoundingRectangle()!.Value).ToList();
            Assert.True(marks.Count == 8, $"page {i + 1}: {marks.Count} crop marks");
            Assert.All(marks, m =>
            {
                // Outside the bleed: no mark enters its interior.
                var inside = m.Left < bleed.X2 - Tolerance && m.Right > bleed.X1 + Tolerance
                    && m.Bottom < bleed.Y2 - Tolerance && m.Top > bleed.Y1 + Tolerance;
                Assert.False(inside, $"page {i + 1}: a mark at {m} enters the bleed {bleed}");
                // On the extension of a trim edge.
                var vertical = m.Width < Tolerance;
                var onCut = vertical
                    ? Near(m.Left, trim.X1) || Near(m.Left, trim.X2)
                    : Near(m.Bottom, trim.Y1) || Near(m.Bottom, trim.Y2);
                Assert.True(onCut, $"page {i + 1}: the mark at {m} is on no cut line of {trim}");
            });
            Assert.Equal(4, marks.Count(m => m.Width < Tolerance));
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < Tolerance;

    private sealed class PointsComparer : IEqualityComparer<(double, double, double, double)>
    {
        public bool Equals((double, double, double, double) a, (double, double, double, double) b) =>
            Near(a.Item1, b.Item1) && Near(a.Item2, b.Item2) && Near(a.Item3, b.Item3) && Near(a.Item4, b.Item4);

        public int GetHashCode((double, double, double, double) obj) => 0;
    }
}
