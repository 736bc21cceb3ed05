using Objecteur.Print.Press;
using Objecteur.Print.Tests.Support;
using UglyToad.PdfPig.Core;

namespace Objecteur.Print.Tests.Press;

/// <summary>The black-and-white originals of the flyers (<c>*-noir-et-blanc.pdf</c>), for a photocopier:
/// read back, every colour is a grey level, nothing filled larger than a rule lies under text, and the
/// flyer's text is all there.</summary>
public class PhotocopyMasterTests
{
    public static TheoryData<string> Flyers() =>
        new(KitOutputs.Documents.Where(d => d.Spec.Kind.PhotocopyMaster).Select(d => d.Spec.Id));

    [Fact]
    public void Every_flyer_has_one_and_no_card_does()
    {
        var masters = KitOutputs.Files.Where(f => f.Name.EndsWith("-noir-et-blanc.pdf", StringComparison.Ordinal)).Select(f => f.Name).ToList();
        Assert.Equal(KitOutputs.Documents.Where(d => d.Spec.Type == "tract").Select(d => d.Spec.Id + "-noir-et-blanc.pdf"), masters);
        Assert.DoesNotContain(KitOutputs.Files, f => f.Name.StartsWith("carte", StringComparison.Ordinal) && f.Name.Contains("noir-et-blanc"));
    }

    [Theory]
    [MemberData(nameof(Flyers))]
    public void Every_colour_is_a_grey_and_no_solid_area_lies_behind_text(string id)
    {
        var spec = KitOutputs.Documents.Single(d => d.Spec.Id == id).Spec;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(KitOutputs.File(spec.BlackAndWhite + ".pdf").Pdf);
        // A filled shape up to the size of a rule (PhotocopyMaster.SolidUpTo) may be solid; nothing larger.
        var most = PhotocopyMaster.SolidUpTo;
        foreach (var page in pdf.GetPages())
        {
            Assert.NotEmpty(page.Letters);
            Assert.All(page.Letters, l => Assert.True(IsGrey(l.Color), $"page {page.Number}: « {l.Value} » in {l.Color}"));
            foreach (var path in page.Paths)
            {
                if (path.IsFilled) Assert.True(IsGrey(path.FillColor), $"page {page.Number}: a fill in {path.FillColor}");
                if (path.IsStroked) Assert.True(IsGrey(path.StrokeColor), $"page {page.Number}: a stroke in {path.StrokeColor}");
                if (!path.IsFilled || path.GetBoundingRectangle() is not { } box || Math.Min(box.Width, box.Height) <= most + 0.01) continue;
                var under = page.Letters.FirstOrDefault(l => Inside(box, l.BoundingBox));
                Assert.True(under is null, $"page {page.Number}: « {under?.Value} » sits on a solid area of {box.Width:0} × {box.Height:0} pt");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Flyers))]
    public void It_carries_the_flyer_s_text(string id)
    {
        var built = KitOutputs.Documents.Single(d => d.Spec.Id == id);
        using var flyer = UglyToad.PdfPig.PdfDocument.Open(built.Pdf);
        using var master = UglyToad.PdfPig.PdfDocument.Open(KitOutputs.File(built.Spec.BlackAndWhite + ".pdf").Pdf);
        for (var page = 1; page <= flyer.NumberOfPages; page++)
            Assert.Contains(Squeeze(flyer.GetPage(page).Text), Squeeze(master.GetPage(page).Text));
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static bool IsGrey(UglyToad.PdfPig.Graphics.Colors.IColor? colour)
    {
        if (colour is null) return true;
        var (r, g, b) = colour.ToRGBValues();
        return Math.Abs(r - g) < 1e-6 && Math.Abs(g - b) < 1e-6;
    }

    private static bool Inside(PdfRectangle box, PdfRectangle glyph) =>
        glyph.Centroid.X > box.Left && glyph.Centroid.X < box.Right && glyph.Centroid.Y > box.Bottom && glyph.Centroid.Y < box.Top;
}
