using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;
using StbImageSharp;

namespace Objecteur.Print.Tests.Content;

/// <summary>
/// Any PNG (1 to 16 bits, palette, grey, alpha, interlaced) and JPEG (RGB, grey, CMYK) is drawn, or
/// refused in French naming the file: never an internal error. The fixtures in Fixtures/images were
/// made once with ImageMagick (<c>convert -size 12x8 gradient:… -depth 16 PNG48:…</c> and so on).
/// </summary>
public sealed class RasterImageTests : IDisposable
{
    private static readonly string Folder = Path.Combine(Repo.TestDirectory, "Fixtures", "images");
    private readonly TempKit _kit = new();

    public void Dispose() => _kit.Dispose();

    public static TheoryData<string> Images() => new(Directory.GetFiles(Folder)
        .Select(Path.GetFileName).Where(f => f != "png-tronque.png").Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Images))]
    public void Every_kind_of_png_and_jpeg_is_decoded_and_drawn_in_a_pdf(string file)
    {
        var prepared = RasterImage.Prepare(File.ReadAllBytes(Path.Combine(Folder, file)), file);
        Assert.Equal((12, 8), (prepared.Width, prepared.Height));
        // What the drawing stage gets is a plain image again: an 8-bit PNG, or the JPEG itself.
        var again = ImageResult.FromMemory(prepared.Data, ColorComponents.RedGreenBlueAlpha);
        Assert.Equal(12, again.Width);

        // Drawn through the whole pipeline: a template with this image as its only content.
        File.Copy(Path.Combine(Folder, file), _kit.PathOf("content/" + file));
        _kit.Write("templates/image-test.hbs", $"<document format=\"A6\" margin=\"10mm\" title=\"Image\" lang=\"fr-FR\"><image src=\"{file}\" width=\"40mm\" alt=\"Test\"/></document>");
        File.AppendAllText(_kit.PathOf("content/kit.yaml"), "\n  - id: image-test\n    titre: Image\n    type: calibrage\n    gabarit: image-test\n");
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "image-test"));
        Assert.Equal(1, Objecteur.Print.Tests.Render.PdfFacts.Read(built.Pdf).PageCount);
    }

    [Theory]
    [InlineData("jpeg-rvb.jpg")]
    [InlineData("jpeg-cmjn.jpg")]
    public void A_red_jpeg_stays_red_whether_rgb_or_cmyk(string file)
    {
        // CMYK JPEGs (Adobe APP14) are often drawn inverted: this one is converted to RGB first.
        var prepared = RasterImage.Prepare(File.ReadAllBytes(Path.Combine(Folder, file)), file);
        var pixels = ImageResult.FromMemory(prepared.Data, ColorComponents.RedGreenBlue).Data;
        var (r, g, b) = (pixels[0], pixels[1], pixels[2]);
        Assert.True(r > 160 && g < 60 && b < 60, $"{file}: ({r}, {g}, {b}) is not red");
    }

    [Fact]
    public void An_rgb_jpeg_is_kept_as_it_is()
    {
        var data = File.ReadAllBytes(Path.Combine(Folder, "jpeg-rvb.jpg"));
        Assert.Same(data, RasterImage.Prepare(data, "jpeg-rvb.jpg").Data);
    }

    [Fact]
    public void A_truncated_png_is_refused_in_french_naming_the_file()
    {
        var e = Assert.Throws<UnreadableImageException>(() => RasterImage.Prepare(File.ReadAllBytes(Path.Combine(Folder, "png-tronque.png")), "logo.png"));
        Assert.Contains("« logo.png »", e.Message);
        Assert.Contains("enregistrez-la en PNG ou en JPEG", e.Hint);
    }

    [Fact]
    public void A_template_image_that_cannot_be_read_is_a_diagnostic_at_its_src_from_check_too()
    {
        File.Copy(Path.Combine(Folder, "png-tronque.png"), _kit.PathOf("content/abime.png"));
        _kit.Write("templates/image-test.hbs", "<document format=\"A6\" margin=\"10mm\" title=\"Image\" lang=\"fr-FR\"><image src=\"abime.png\" width=\"40mm\"/></document>");
        File.AppendAllText(_kit.PathOf("content/kit.yaml"), "\n  - id: image-test\n    titre: Image\n    type: calibrage\n    gabarit: image-test\n");
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var spec = pipeline.Kit.Documents.Single(d => d.Id == "image-test");
        // What `check` runs: markup and layout, no drawing.
        var d = Assert.Throws<DiagnosticException>(() => pipeline.Layout(spec, pipeline.Markup(spec))).Diagnostic;
        Assert.Equal(Path.Combine("templates", "image-test.hbs"), d.File);
        Assert.Contains("« abime.png »", d.Message);
    }
}
