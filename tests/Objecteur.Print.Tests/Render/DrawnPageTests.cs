using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using Objecteur.Print.Render;

namespace Objecteur.Print.Tests.Render;

/// <summary>A page drawn into one document and put into another as it was drawn (a merge's
/// letters to print) gives the file that drawing it there gives, byte for byte.</summary>
public class DrawnPageTests
{
    private static readonly DateTimeOffset Date = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly FontFace[] Faces = [.. FontLibrary.Embedded.Families.SelectMany(f => new[] { f.Regular, f.Bold, f.Italic })];

    private const string Repertoire = "abcdefghijklmnopqrstuvwxyzàâçéèêëîôùûœABCDEFGHIJKLMNOPQRSTUVWXYZÀÉ0123456789 «\u00A0\u202F» ’.,;:!?…–-·/()%€";

    private static readonly Color[] Colours = [Color.Black, new(40, 60, 200), new(200, 30, 30)];

    /// <summary>Pages of text in a few faces and colours, with a rule and a box, tagged as
    /// paragraphs of their own or as artifacts.</summary>
    public static Arbitrary<PageFrame[]> Pages() =>
        (from pages in (from lines in (from face in Gen.Choose(0, Faces.Length - 1)
                                       from colour in Gen.Choose(0, Colours.Length - 1)
                                       from size in Gen.Choose(7, 14)
                                       from text in Gen.Elements(Repertoire.ToCharArray()).NonEmptyListOf().Select(c => new string([.. c]))
                                       select (face, colour, size, text)).NonEmptyListOf()
                        from ruled in Gen.Elements(true, false)
                        select Page(lines.Take(8).ToList(), ruled)).NonEmptyListOf()
         select pages.Take(5).ToArray()).ToArbitrary();

    private static PageFrame Page(List<(int Face, int Colour, int Size, string Text)> lines, bool ruled)
    {
        var items = new List<FrameItem>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (face, colour, size, text) = lines[i];
            var node = new StructureNode(i + 1, StructureKind.Paragraph, null);
            items.Add(new TextItem(20 + i, 30 + 16 * i, 400, text, Faces[face], size, Colours[colour]) { Node = node });
        }
        if (ruled)
        {
            items.Add(new LineItem(20, 180, 400, 180, Colours[1], 0.5, [2, 1]));
            items.Add(new RectItem(new Rect(10, 10, 30, 20), Colours[2], null, 0));
        }
        return new PageFrame(480, 200, items);
    }

    private static byte[] Drawn(IEnumerable<PageFrame> pages)
    {
        using var renderer = new PdfRenderer("t", "s", new RenderOptions(Date));
        foreach (var page in pages) renderer.Add(page);
        return renderer.Finish("fr-FR", []);
    }

    [Property(Arbitrary = [typeof(DrawnPageTests)], MaxTest = 30)]
    public void Pages_put_in_as_drawn_elsewhere_give_the_bytes_of_pages_drawn_here(PageFrame[] pages)
    {
        var elsewhere = PdfRenderer.RenderPages(new LayoutDocument("u", "v", "fr-FR", pages, []), new RenderOptions(Date)).Pages;
        using var renderer = new PdfRenderer("t", "s", new RenderOptions(Date));
        var putIn = 0;
        // Each page twice: the second time the document has its fonts and states, so it goes in as drawn.
        foreach (var (page, drawn) in pages.Zip(elsewhere))
        {
            renderer.Add(page, drawn);
            if (ReferenceEquals(renderer.Add(page, drawn), drawn)) putIn++;
        }
        Assert.Equal(pages.Length, putIn);
        Assert.Equal(Drawn(pages.SelectMany(p => new[] { p, p })), renderer.Finish("fr-FR", []));
    }

    /// <summary>The same page laid out again (its blocks are other objects, of the same kinds)
    /// is put in; a page that differs by one item, or whose blocks split otherwise, is drawn.</summary>
    [Fact]
    public void A_page_laid_out_again_alike_is_put_in_and_one_that_differs_is_drawn()
    {
        List<(int, int, int, string)> lines = [(0, 0, 9, "Lettre recommandée"), (1, 1, 9, "Madame, Monsieur,"), (0, 0, 9, "Je vous demande…")];
        var first = Page(lines, ruled: true);
        var drawn = PdfRenderer.RenderPages(new LayoutDocument("u", "v", "fr-FR", [first], []), new RenderOptions(Date)).Pages[0]!;
        var again = Page(lines, ruled: true);
        var otherText = Page([.. lines.Take(2), (0, 0, 9, "Je vous demande!")], ruled: true);
        var shared = new StructureNode(1, StructureKind.Paragraph, null);
        var otherBlocks = again with { Items = [.. again.Items.Select((item, i) => i < 2 ? item with { Node = shared } : item)] };
        foreach (var (page, putIn) in new[] { (again, true), (otherText, false), (otherBlocks, false) })
        {
            using var renderer = new PdfRenderer("t", "s", new RenderOptions(Date));
            renderer.Add(first);
            Assert.Equal(putIn, ReferenceEquals(drawn, renderer.Add(page, drawn)));
            Assert.Equal(Drawn([first, page]), renderer.Finish("fr-FR", []));
        }
    }

    [Fact]
    public void A_page_whose_face_the_document_has_not_used_yet_is_drawn()
    {
        Assert.NotEqual(Faces[0], Faces[1]);
        PageFrame Of(FontFace face) => new(300, 100, [new TextItem(10, 30, 200, "Objecteur", face, 10, Color.Black)]);
        var drawn = PdfRenderer.RenderPages(new LayoutDocument("u", "v", "fr-FR", [Of(Faces[1])], []), new RenderOptions(Date)).Pages[0];
        Assert.NotNull(drawn);
        using var renderer = new PdfRenderer("t", "s", new RenderOptions(Date));
        renderer.Add(Of(Faces[0]));
        Assert.NotSame(drawn, renderer.Add(Of(Faces[1]), drawn));
        Assert.Equal(Drawn([Of(Faces[0]), Of(Faces[1])]), renderer.Finish("fr-FR", []));
    }

    [Fact]
    public void A_page_with_an_image_is_not_kept_to_put_in_elsewhere()
    {
        var png = File.ReadAllBytes(Path.Combine(Support.Repo.Root, "tests", "Objecteur.Print.Tests", "Fixtures", "images", "png-palette.png"));
        var page = new PageFrame(300, 100, [new ImageItem(new Rect(10, 10, 40, 40), "logo.png", png, "logo")]);
        Assert.Null(PdfRenderer.RenderPages(new LayoutDocument("u", "v", "fr-FR", [page], []), new RenderOptions(Date)).Pages[0]);
    }
}
