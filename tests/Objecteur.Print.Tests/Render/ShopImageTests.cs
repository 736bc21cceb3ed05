using System.Text;
using System.Text.RegularExpressions;
using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Preflight;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

/// <summary>A kit with a colour PNG logo on a transparent background (the usual logo): the flyer's copy
/// for a print shop draws it in the shop's inks, laid on the flyer's background, so that <c>controle</c> accepts the copy;
/// the black-and-white original draws it in grey.</summary>
public sealed partial class ShopImageTests : IDisposable
{
    private readonly TempKit _kit = new();

    public ShopImageTests()
    {
        var kitYaml = _kit.PathOf("content/kit.yaml");
        var organisation = File.ReadAllText(Path.Combine(Repo.TestDirectory, "Fixtures", "lyon", "organisation.yaml"));
        File.WriteAllText(kitYaml, KitScaffold.WithOrganisation(File.ReadAllText(kitYaml), organisation));
        // 320 × 128 pixels (400 ppp at the flyer's 20 mm), teal and red on a transparent background.
        File.Copy(Path.Combine(Repo.TestDirectory, "Fixtures", "logo-couleur", "logo.png"), _kit.PathOf("content/logo.png"));
    }

    public void Dispose() => _kit.Dispose();

    private IReadOnlyList<Objecteur.Print.Kinds.PressFile> Flyer()
    {
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        return pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "tract-guichets-a5")).PressFiles;
    }

    [Fact]
    public void The_shop_copy_passes_the_preflight_with_its_logo_in_cmyk_and_nothing_transparent()
    {
        var copy = Flyer().Single(f => f.Name == "tract-guichets-a5-traits-de-coupe.pdf").Pdf;
        var report = PdfPreflight.Check(copy);
        Assert.True(report.Accepted, string.Join("\n", report.Refusals));
        var images = Images(copy);
        Assert.NotEmpty(images);
        Assert.All(images, image =>
        {
            Assert.Matches(@"/ColorSpace\s*/DeviceCMYK", image);
            Assert.DoesNotContain("/SMask", image);
        });
    }

    [Fact]
    public void The_black_and_white_original_draws_the_logo_in_grey()
    {
        var images = Images(Flyer().Single(f => f.Name == "tract-guichets-a5-noir-et-blanc.pdf").Pdf);
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Matches(@"/ColorSpace\s*/DeviceGray", image));
    }

    [Fact]
    public void Converting_twice_gives_the_same_bytes()
    {
        Assert.Equal(Flyer().Single(f => f.Name.EndsWith("-traits-de-coupe.pdf", StringComparison.Ordinal)).Pdf,
            Flyer().Single(f => f.Name.EndsWith("-traits-de-coupe.pdf", StringComparison.Ordinal)).Pdf);
    }

    /// <summary>The dictionaries of the image XObjects (PDFsharp writes them uncompressed, outside object streams).</summary>
    private static List<string> Images(byte[] pdf) =>
        ImageDictionary().Matches(Encoding.Latin1.GetString(pdf)).Select(m => m.Value).Where(d => !d.Contains("/ImageMask true")).ToList();

    [GeneratedRegex(@"<<[^<>]*/Subtype\s*/Image[^<>]*>>")]
    private static partial Regex ImageDictionary();
}
