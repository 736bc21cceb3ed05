using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Press;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Booklet;

/// <summary>What must hold of a booklet whatever its words: run on a small test booklet
/// (<see cref="FixtureBookletTests"/>) and on the kit's own (<see cref="KitBookletTests"/>).</summary>
public abstract class BookletFacts : IDisposable
{
    protected readonly TempKit Kit = new();
    protected readonly KitPipeline Pipeline;
    protected readonly BuiltDocument Built;

    /// <param name="fixture">Lay out the test booklet of Fixtures/livret instead of the kit's.</param>
    protected BookletFacts(bool fixture)
    {
        if (fixture) Kit.AddFixture("livret", "livret");
        Pipeline = KitPipeline.Open(Kit.Root, LetterExamples.BuildDate);
        Built = Pipeline.Build(Pipeline.Kit.Documents.Single(d => d.Id == "livret-a5"));
    }

    public void Dispose() => Kit.Dispose();

    protected IReadOnlyList<PageFrame> Pages => Built.Layout.Pages;

    protected Objecteur.Print.Content.Booklet Content => BookletLoader.Load(Kit.PathOf("content/livret/livret.yaml"), "content/livret/livret.yaml");

    protected static double Units(double mm) => Objecteur.Print.Layout.Units.Mm(mm);

    /// <summary>The 1-based pages where the marked sections open, in reading order: why a
    /// statute, the statute, each chapter, the practical pages, the log to fill in, the recap,
    /// the acronyms (when the booklet has them) and the sources.</summary>
    protected List<int> SectionPages() => Built.Layout.Outline.Select(e => e.Page).ToList();

    /// <summary>The sections a reader finds in the contents and the PDF's bookmarks.</summary>
    protected List<string> SectionTitles()
    {
        var c = Content;
        return [c.PourquoiTitre, "Le statut", .. c.Chapitres.Select(ch => ch.TitreCourt), c.PratiqueTitre, c.Journal.Titre, "Récapitulatif",
            .. c.Lexique is { } g ? [g.Titre] : Array.Empty<string>(), "Sources"];
    }

    [Fact]
    public void Table_of_contents_numbers_are_the_pages_where_the_sections_landed()
    {
        var toc = Pages[2];
        var numbers = toc.Items.OfType<TextItem>().Where(t => t.X > toc.Width / 2 && int.TryParse(t.Text.Trim(), out _))
            .OrderBy(t => t.Baseline).Select(t => int.Parse(t.Text.Trim())).ToList();
        Assert.Equal(SectionTitles().Count, numbers.Count);
        Assert.Equal(SectionPages(), numbers);
    }

    [Fact]
    public void Every_section_opens_with_its_heading_on_the_page_the_contents_give()
    {
        foreach (var page in SectionPages())
            Assert.Contains(Pages[page - 1].Items.OfType<TextItem>(), t => t.Node?.Kind is StructureKind.Heading1 or StructureKind.Heading2);
    }

    [Fact]
    public void Statute_chapters_practical_pages_and_recap_open_on_right_hand_pages()
    {
        var titles = SectionTitles();
        var c = Content;
        var odd = new HashSet<string>(["Le statut", .. c.Chapitres.Select(ch => ch.TitreCourt), c.PratiqueTitre, "Récapitulatif"]);
        var openers = SectionPages().Where((_, i) => odd.Contains(titles[i])).ToList();
        Assert.Equal(odd.Count, openers.Count);
        Assert.All(openers, page => Assert.Equal(1, page % 2));
    }

    [Fact]
    public void No_heading_ends_a_page()
    {
        foreach (var page in Pages)
        {
            var texts = page.Items.OfType<TextItem>().Where(t => t.Baseline < page.Height - Units(16)).OrderBy(t => t.Baseline).ToList();
            if (texts.Count == 0) continue;
            var lastLine = texts.Where(t => t.Baseline == texts[^1].Baseline);
            Assert.DoesNotContain(lastLine, t => t.Node?.Kind is StructureKind.Heading1 or StructureKind.Heading2 or StructureKind.Heading3);
        }
    }

    [Fact]
    public void The_imposed_file_has_one_sheet_per_four_pages_and_the_guide_says_so()
    {
        var sheets = (Pages.Count + 3) / 4;
        var imposed = Built.PressFiles.Single(f => f.Name == "livret-a4-livret.pdf");
        var facts = PdfFacts.Read(imposed.Pdf);
        Assert.Equal(2 * sheets, facts.PageCount);
        Assert.All(facts.PageSizes, s => { Assert.Equal(Units(297), s.Width, 1); Assert.Equal(Units(210), s.Height, 1); });
        var guide = Built.PressFiles.Single(f => f.Name == "livret-guide-impression.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(guide.Pdf);
        Assert.Contains($"{sheets} feuilles A4", pdf.GetPage(1).Text);
    }

    [Fact]
    public void The_guide_names_the_edge_the_imposed_sheets_turn_on()
    {
        var edge = BookletImposer.Flip == DuplexFlip.ShortEdge ? "bord court" : "bord long";
        var guide = Built.PressFiles.Single(f => f.Name == "livret-guide-impression.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(guide.Pdf);
        Assert.Contains($"retournement sur le {edge}", pdf.GetPage(1).Text);
    }

    [Fact]
    public void The_large_print_version_is_a4_with_body_text_of_16_points_at_least()
    {
        var large = Pipeline.Build(Pipeline.Kit.Documents.Single(d => d.Id == "livret-gros-caracteres"));
        Assert.All(large.Layout.Pages, p => Assert.Equal(Units(210), p.Width, 1));
        var body = large.Layout.Pages.SelectMany(p => p.Items.OfType<TextItem>())
            .Where(t => t.Node?.Kind is StructureKind.Paragraph or StructureKind.Label && t.Baseline > Units(20) && t.Baseline < Units(277)).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, t => Assert.True(t.Size >= 16 - 1e-9, $"« {t.Text} » en {t.Size} pt"));
    }
}

/// <summary>The booklet facts on a small test booklet, and what a content error gives.</summary>
public sealed class FixtureBookletTests() : BookletFacts(fixture: true)
{
    [Fact]
    public void The_kit_lists_all_four_files_of_the_booklet()
    {
        var spec = Pipeline.Kit.Documents.Single(d => d.Id == "livret-a5");
        Assert.Equal(["livret-a5.pdf", "livret-a4-livret.pdf", "livret-guide-impression.pdf", "livret-a5-imprimerie.pdf"], spec.Files);
    }

    [Fact]
    public void An_acronym_without_a_known_source_is_an_error_at_its_line()
    {
        Kit.Edit("content/livret/livret.yaml", "\nsources:\n", "\nlexique:\n  titre: Les sigles\n  entrees:\n    - sigle: CAF\n      sens: caisse d'allocations familiales.\n      source: 007_absent.txt\nsources:\n");
        var e = Assert.Throws<DiagnosticException>(() => Content);
        Assert.Contains("livret.yaml", e.Diagnostic.File);
        Assert.Contains("« 007_absent.txt » inconnue", e.Diagnostic.Message);
        Assert.True(e.Diagnostic.Line > 0);
    }

    [Fact]
    public void A_fact_without_a_known_source_is_an_error_at_its_line()
    {
        Kit.Edit("content/livret/sante.yaml", "source: 001_test.txt", "source: 009_inconnu.txt");
        var e = Assert.Throws<DiagnosticException>(() => Content);
        Assert.Contains("sante.yaml", e.Diagnostic.File);
        Assert.Contains("« 009_inconnu.txt » inconnue", e.Diagnostic.Message);
        Assert.True(e.Diagnostic.Line > 0);
    }
}

/// <summary>Each mistake in the booklet's files is reported with its file, line and a French hint.</summary>
public sealed class BookletErrorTests : IDisposable
{
    private readonly TempKit _kit = new();

    public BookletErrorTests() => _kit.AddFixture("livret", "livret");

    public void Dispose() => _kit.Dispose();

    private Diagnostic Load() =>
        Assert.Throws<DiagnosticException>(() => BookletLoader.Load(_kit.PathOf("content/livret/livret.yaml"), "content/livret/livret.yaml")).Diagnostic;

    [Fact]
    public void A_chapter_file_that_does_not_exist_is_named()
    {
        _kit.Edit("content/livret/livret.yaml", "  - sante.yaml", "  - sant.yaml");
        var d = Load();
        Assert.Contains("livret.yaml", d.File);
        Assert.Contains("« sant.yaml » introuvable", d.Message);
        Assert.Contains(".yaml", d.Hint);
    }

    [Fact]
    public void A_running_title_too_long_for_the_header_is_an_error_at_its_line()
    {
        _kit.Edit("content/livret/sante.yaml", "titre_court: Santé", "titre_court: " + new string('x', 41));
        var d = Load();
        Assert.Contains("sante.yaml", d.File);
        Assert.Contains("41 caractères", d.Message);
        Assert.True(d.Line > 0);
    }

    [Theory]
    [InlineData("lignes: 10", "lignes: 30", "nombre de lignes « 30 » impossible")]
    [InlineData("lignes: 10", "lignes: dix", "nombre de lignes « dix » impossible")]
    [InlineData("colonnes: [Date, Service, Réponse]", "colonnes: [Date]", "1 colonne pour la page à remplir")]
    public void A_fill_in_table_that_cannot_fit_a_page_is_an_error(string find, string replace, string message)
    {
        _kit.Edit("content/livret/pratique.yaml", find, replace);
        var d = Load();
        Assert.Contains("pratique.yaml", d.File);
        Assert.Contains(message, d.Message);
        Assert.True(d.Line > 0);
    }
}

/// <summary>The copy-shop options of kit.yaml: 3 mm of bleed on the reading copy, creep on the imposed one.</summary>
public sealed class BookletPrintOptionTests : IDisposable
{
    private readonly TempKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void With_a_bleed_every_a5_page_has_its_bleed_box_3_mm_outside_its_trim_box_and_still_imposes_on_a4()
    {
        _kit.Edit("content/kit.yaml", "marge: 16mm 14mm 16mm 14mm\n      fond_perdu: 0mm", "marge: 16mm 14mm 16mm 14mm\n      fond_perdu: 3mm");
        var built = Build();
        var facts = PdfFacts.Read(built.Pdf);
        for (var i = 0; i < facts.PageCount; i++)
        {
            var (trim, bleed) = (facts.TrimBoxes[i]!, facts.BleedBoxes[i]!);
            Assert.Equal(Units.Mm(148), trim.Width, 1);
            Assert.Equal(Units.Mm(210), trim.Height, 1);
            Assert.Equal(Units.Mm(3), trim.X1 - bleed.X1, 2);
            Assert.Equal(Units.Mm(3), bleed.Y2 - trim.Y2, 2);
        }
        var imposed = PdfFacts.Read(built.PressFiles.Single(f => f.Name == "livret-a4-livret.pdf").Pdf);
        Assert.Equal(2 * ((facts.PageCount + 3) / 4), imposed.PageCount);
        Assert.All(imposed.PageSizes, s => Assert.Equal(Units.Mm(297), s.Width, 1));
    }

    [Fact]
    public void A_creep_setting_is_stated_in_french_on_the_print_guide()
    {
        _kit.Edit("content/kit.yaml", "guide: livret-guide-impression", "guide: livret-guide-impression\n      fluage: 0.1mm");
        var guide = Build().PressFiles.Single(f => f.Name == "livret-guide-impression.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(guide.Pdf);
        // Wherever the sentence wraps.
        Assert.Contains("compensedéjàlefluage(papierde0,1mm)", string.Concat(pdf.GetPage(1).Text.Where(c => !char.IsWhiteSpace(c))));
    }

    private BuiltDocument Build()
    {
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        return pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "livret-a5"));
    }
}

/// <summary>The booklet facts on the kit's own booklet, and what the issue asks of its size.</summary>
public sealed class KitBookletTests() : BookletFacts(fixture: false)
{
    [Fact]
    public void The_booklet_has_at_least_24_A5_pages()
    {
        Assert.True(Pages.Count >= 24, $"{Pages.Count} pages");
        Assert.All(Pages, p => { Assert.Equal(Units(148), p.Width, 1); Assert.Equal(Units(210), p.Height, 1); });
    }

    [Fact]
    public void The_large_print_version_printed_flat_wastes_no_paper_on_blank_pages()
    {
        var large = Pipeline.Build(Pipeline.Kit.Documents.Single(d => d.Id == "livret-gros-caracteres"));
        Assert.DoesNotContain(large.Layout.Pages, p => p.Items.Count == 0);
    }

    [Fact]
    public void The_pdf_has_a_bookmark_per_section_opening_on_its_heading_page()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Built.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToList();
        Assert.Equal(SectionTitles().Select(t => Objecteur.Print.Layout.Text.FrenchTypography.Apply(t)), nodes.Select(n => n.Title));
        Assert.Equal(SectionPages(), nodes.Select(n => n.PageNumber));
    }

    /// <summary>Acronyms a reader knows from daily life, or that are part of a proper name
    /// (« SIMA Innovation Awards »): the acronyms page would only lengthen the booklet.</summary>
    private static readonly string[] EverydayAcronyms = ["IA", "JO", "UE", "SMS", "SVT", "SIMA"];

    [Fact]
    public void Every_acronym_of_the_text_is_explained_on_the_acronyms_page()
    {
        var c = Content;
        var glossary = c.Lexique ?? throw new Xunit.Sdk.XunitException("the kit's booklet has no acronyms page");
        var texts = c.Chapitres.SelectMany(ch => new[] { ch.Titre, ch.Chapeau }.Concat(ch.Constats.Concat(ch.Droits).Concat(ch.Actions).Concat(ch.PourAllerPlusLoin).Select(t => t.Texte)))
            .Concat(c.Pratique.Select(p => p.Texte)).Concat(c.Recapitulatif.SelectMany(r => r.Actions)).Concat(c.Pourquoi.Select(t => t.Texte)).Append(c.Presentation);
        var used = texts.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\b[A-Z][A-Za-z]*[A-Z]\b").Select(m => m.Value))
            .Where(a => a.Length <= 6).Distinct().Except(EverydayAcronyms).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(used.Except(glossary.Entrees.Select(e => e.Sigle)));
    }

    [Fact]
    public void The_acronyms_page_prints_every_entry_in_order()
    {
        var glossary = Content.Lexique!;
        var start = Built.Layout.Outline.Single(e => e.Title == glossary.Titre).Page;
        var sources = Built.Layout.Outline.Single(e => e.Title == "Sources").Page;
        var lines = Pages.Skip(start - 1).Take(sources - start)
            .SelectMany(p => p.Items.OfType<TextItem>().OrderBy(t => t.Baseline).ThenBy(t => t.X)).Select(t => t.Text.Trim()).ToList();
        var sigles = lines.Where(l => glossary.Entrees.Any(e => e.Sigle == l)).ToList();
        Assert.Equal(glossary.Entrees.Select(e => e.Sigle), sigles);
    }

    [Fact]
    public void The_colophon_on_the_sources_page_gives_edition_licence_and_printer()
    {
        var page = Pages[Built.Layout.Outline.Single(e => e.Title == "Sources").Page - 1];
        var text = string.Concat(page.Items.OfType<TextItem>().OrderBy(t => t.Baseline).ThenBy(t => t.X).Select(t => t.Text)).Replace(" ", "");
        Assert.Contains(Content.Edition.Replace(" ", ""), text);
        Assert.Contains("CCBY-SA4.0", text);
        Assert.Contains("Impriméparnossoins", text);
    }

    [Fact]
    public void Every_domain_of_the_reports_has_its_chapter_with_claims_actions_and_readings()
    {
        var chapters = Content.Chapitres;
        Assert.Equal(["social", "travail", "agriculture", "education", "migrations", "police", "sante"], chapters.Select(c => c.Id));
        Assert.All(chapters, c =>
        {
            Assert.NotEmpty(c.Constats);
            Assert.NotEmpty(c.Droits);
            Assert.NotEmpty(c.Actions);
            Assert.NotEmpty(c.PourAllerPlusLoin);
        });
    }
}
