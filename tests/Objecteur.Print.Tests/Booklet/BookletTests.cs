using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Booklet;

/// <summary>The booklet pipeline on a small test booklet (Fixtures/livret): what must hold
/// whatever the words.</summary>
public sealed class BookletTests : IDisposable
{
    private readonly TempKit _kit = new();
    private readonly KitPipeline _pipeline;
    private readonly BuiltDocument _built;

    public BookletTests()
    {
        _kit.AddFixture("livret", "livret");
        _pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        _built = _pipeline.Build(_pipeline.Kit.Documents.Single(d => d.Id == "livret-a5"));
    }

    public void Dispose() => _kit.Dispose();

    private IReadOnlyList<PageFrame> Pages => _built.Layout.Pages;

    private int PageOf(string heading) =>
        Pages.ToList().FindIndex(p => p.Items.OfType<TextItem>().Any(t => t.Role == SemanticRole.Heading1 && t.Text.Trim().StartsWith(heading, StringComparison.Ordinal))) + 1;

    [Fact]
    public void Table_of_contents_numbers_are_the_pages_where_the_chapters_landed()
    {
        var toc = Pages[2].Items.OfType<TextItem>().ToList();
        foreach (var title in new[] { "Droits sociaux", "Santé", "Agir pas à pas", "Les actions, atelier par atelier", "Sources" })
        {
            var entry = toc.First(t => t.Text.Contains(title.Split(' ')[0], StringComparison.Ordinal) && t.Baseline > Units(30));
            var number = toc.Single(t => Math.Abs(t.Baseline - entry.Baseline) < 0.01 && t.X > Pages[2].Width / 2).Text.Trim();
            Assert.Equal(PageOf(title).ToString(), number);
        }
    }

    private static double Units(double mm) => Objecteur.Print.Layout.Units.Mm(mm);

    [Fact]
    public void Chapters_open_on_right_hand_pages()
    {
        foreach (var title in new[] { "Droits sociaux", "Santé", "Agir pas à pas", "Les actions" })
            Assert.Equal(1, PageOf(title) % 2);
    }

    [Fact]
    public void No_heading_ends_a_page()
    {
        foreach (var page in Pages)
        {
            var texts = page.Items.OfType<TextItem>().Where(t => t.Baseline < page.Height - Units(16)).OrderBy(t => t.Baseline).ToList();
            if (texts.Count == 0) continue;
            var lastLine = texts.Where(t => t.Baseline == texts[^1].Baseline);
            Assert.DoesNotContain(lastLine, t => t.Role is SemanticRole.Heading1 or SemanticRole.Heading2 or SemanticRole.Heading3);
        }
    }

    [Fact]
    public void The_imposed_file_has_one_sheet_per_four_pages_and_the_guide_says_so()
    {
        var sheets = (Pages.Count + 3) / 4;
        var imposed = _built.PressFiles.Single(f => f.Name == "livret-a4-livret.pdf");
        var facts = PdfFacts.Read(imposed.Pdf);
        Assert.Equal(2 * sheets, facts.PageCount);
        Assert.All(facts.PageSizes, s => { Assert.Equal(Units(297), s.Width, 1); Assert.Equal(Units(210), s.Height, 1); });
        var guide = _built.PressFiles.Single(f => f.Name == "livret-guide-impression.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(guide.Pdf);
        Assert.Contains($"{sheets} feuilles A4", pdf.GetPage(1).Text);
    }

    [Fact]
    public void The_kit_lists_all_three_files_of_the_booklet()
    {
        var spec = _pipeline.Kit.Documents.Single(d => d.Id == "livret-a5");
        Assert.Equal(["livret-a5.pdf", "livret-a4-livret.pdf", "livret-guide-impression.pdf"], spec.Files);
    }

    [Fact]
    public void A_fact_without_a_known_source_is_an_error_at_its_line()
    {
        _kit.Edit("content/livret/sante.yaml", "source: 001_test.txt", "source: 009_inconnu.txt");
        var e = Assert.Throws<DiagnosticException>(() => BookletLoader.Load(_kit.PathOf("content/livret/livret.yaml"), "content/livret/livret.yaml"));
        Assert.Contains("sante.yaml", e.Diagnostic.File);
        Assert.Contains("« 009_inconnu.txt » inconnue", e.Diagnostic.Message);
        Assert.True(e.Diagnostic.Line > 0);
    }

    [Fact]
    public void The_large_print_version_is_a4_with_body_text_of_16_points_at_least()
    {
        var large = _pipeline.Build(_pipeline.Kit.Documents.Single(d => d.Id == "livret-gros-caracteres"));
        Assert.All(large.Layout.Pages, p => Assert.Equal(Units(210), p.Width, 1));
        var body = large.Layout.Pages.SelectMany(p => p.Items.OfType<TextItem>())
            .Where(t => t.Role is SemanticRole.Paragraph or SemanticRole.ListItem && t.Baseline > Units(20) && t.Baseline < Units(277)).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, t => Assert.True(t.Size >= 16 - 1e-9, $"« {t.Text} » en {t.Size} pt"));
    }
}
