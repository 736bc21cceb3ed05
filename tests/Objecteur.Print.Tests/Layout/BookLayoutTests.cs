using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>What a booklet needs: page references, right-hand chapters, running titles, tables.</summary>
public class BookLayoutTests
{
    private static string Chapter(string id, string title, int paragraphs) =>
        $"<page-break parity=\"odd\"/><mark id=\"{id}\" title=\"{title}\"/><h1>{title}</h1>"
        + string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<p>{Words(90, i + id.Length)}</p>"));

    private static readonly string Book =
        "<document format=\"A5\" margin=\"15mm\">"
        + "<header omit-first=\"2\" omit-on-mark=\"true\"><p align=\"right\" size=\"8\"><running-title/></p></header>"
        + "<footer omit-first=\"1\" omit-last=\"1\"><p align=\"center\" size=\"8\"><page-number/> / <page-count/></p></footer>"
        + "<h1>Couverture</h1><page-break/>"
        + "<p>Sommaire</p><p>Un <page-ref to=\"un\"/></p><p>Deux <page-ref to=\"deux\"/></p><p>Trois <page-ref to=\"trois\"/></p>"
        + Chapter("un", "Premier", 7) + Chapter("deux", "Deuxième", 4) + Chapter("trois", "Troisième", 9)
        + "<page-break/><p>Quatrième de couverture</p></document>";

    private static int PageOf(LayoutDocument doc, string heading) =>
        doc.Pages.ToList().FindIndex(p => p.Texts().Any(t => t.Node?.Kind == StructureKind.Heading1 && t.Text.Trim() == heading)) + 1;

    [Fact]
    public void Page_references_give_the_pages_where_the_chapters_landed()
    {
        var doc = Lay(Book);
        var toc = doc.Pages[1].Texts().ToList();
        foreach (var (label, heading) in new[] { ("Un", "Premier"), ("Deux", "Deuxième"), ("Trois", "Troisième") })
        {
            var line = string.Join(" ", toc.Where(t => t.Baseline == toc.First(e => e.Text.StartsWith(label + " ", StringComparison.Ordinal)).Baseline).Select(t => t.Text.Trim()));
            Assert.Equal($"{label} {PageOf(doc, heading)}", line);
        }
    }

    [Fact]
    public void Chapters_start_on_right_hand_pages_and_blank_pages_stay_blank()
    {
        var doc = Lay(Book);
        foreach (var heading in new[] { "Premier", "Deuxième", "Troisième" })
            Assert.Equal(1, PageOf(doc, heading) % 2);
        Assert.Contains(doc.Pages, p => !p.Items.Any());
    }

    [Fact]
    public void Running_title_follows_the_chapter_and_skips_covers_and_chapter_openers()
    {
        var doc = Lay(Book);
        var second = PageOf(doc, "Deuxième");
        for (var page = 1; page <= doc.Pages.Count; page++)
        {
            var header = doc.Pages[page - 1].Texts().Where(t => t.Baseline < Mm(15)).Select(t => t.Text).ToList();
            var opener = new[] { "Premier", "Deuxième", "Troisième" }.Any(h => PageOf(doc, h) == page);
            if (page <= 2 || opener || !doc.Pages[page - 1].Items.Any()) Assert.Empty(header);
            else Assert.Equal(page < second ? "Premier" : page < PageOf(doc, "Troisième") ? "Deuxième" : "Troisième", header.Single());
        }
    }

    [Fact]
    public void An_outside_running_title_sits_on_the_outer_edge_right_on_rectos_left_on_versos()
    {
        var doc = Lay(Book.Replace("align=\"right\" size=\"8\"><running-title/>", "align=\"outside\" size=\"8\"><running-title/>", StringComparison.Ordinal));
        var headers = 0;
        for (var page = 1; page <= doc.Pages.Count; page++)
        {
            if (doc.Pages[page - 1].Texts().Where(t => t.Baseline < Mm(15)).ToList() is not [var header]) continue;
            headers++;
            if (page % 2 == 1) Assert.Equal(Mm(148 - 15), header.X + header.Width, 2);
            else Assert.Equal(Mm(15), header.X, 2);
        }
        Assert.True(headers > 4);
    }

    [Fact]
    public void Page_count_is_the_document_s_and_covers_have_no_number()
    {
        var doc = Lay(Book);
        var footers = doc.Pages.Select(p => p.Texts().Where(t => t.Baseline > Mm(210 - 15)).Select(t => t.Text.Trim()).ToList()).ToList();
        Assert.Empty(footers[0]);
        Assert.Empty(footers[^1]);
        Assert.Equal($"3 / {doc.Pages.Count}", string.Join(" ", footers[2]));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(20)]
    public void Page_fields_in_header_and_footer_are_right_after_one_pass(int paragraphs)
    {
        // A letter's « page 1/2 »: drawn once the pass has placed every page, it needs no second
        // pass (one allowed here: a document that asked for another would fail as unsettled).
        var markup = "<document format=\"A5\" margin=\"20mm 15mm\">"
            + "<header><p size=\"8\">page <page-number/>/<page-ref to=\"fin\"/></p></header>"
            + "<footer><p size=\"8\"><page-number/> sur <page-count/></p></footer>"
            + string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<p>{Words(80, i)}</p>"))
            + "<mark id=\"fin\"/><page-break/><p>Annexe</p><page-break/><p>Annexe encore</p></document>";
        var document = DocumentMarkup.Parse(new MarkupSource(markup, "test.xml"));
        Assert.False(document.HasDocumentFields);
        var once = Paginator.Layout(document, maxPasses: 1);
        var last = once.Pages.Count - 2;
        for (var page = 1; page <= once.Pages.Count; page++)
        {
            var texts = once.Pages[page - 1].Texts().Select(t => t.Text.Trim()).ToList();
            Assert.Contains($"page {page}/{last}", string.Join(" ", texts));
            Assert.Contains($"{page} sur {once.Pages.Count}", string.Join(" ", texts));
        }
    }

    [Fact]
    public void A_reference_to_a_missing_mark_is_an_error_where_it_was_written()
    {
        var e = Fails("<document>\n<p>Voir <page-ref to=\"deus\"/></p>\n<mark id=\"deux\"/><p>x</p></document>");
        Assert.Equal(2, e.Line);
        Assert.Contains("« deus »", e.Message);
        Assert.Contains("deux", e.Hint);
    }

    [Fact]
    public void Tables_repeat_their_header_on_each_page_and_never_split_a_short_row()
    {
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i => $"<tr><td><p>Atelier {i}</p></td><td><p>{Words(12 + i % 5, i)}</p></td></tr>"));
        var doc = Lay($"<document format=\"A6\" margin=\"8mm\"><table columns=\"22mm 1fr\" header-rows=\"1\" header-background=\"#EEEEEE\"><tr><td><p>Atelier</p></td><td><p>Actions</p></td></tr>{rows}</table></document>");
        Assert.True(doc.Pages.Count > 2);
        foreach (var page in doc.Pages)
            Assert.Equal("Atelier", page.Texts().OrderBy(t => t.Baseline).ThenBy(t => t.X).First().Text.Trim());
        // Each row's cells end on the page they start on: every « Atelier n » appears once.
        var labels = doc.Pages.SelectMany(p => p.Texts()).Where(t => t.Text.StartsWith("Atelier ", StringComparison.Ordinal) || t.Text.Trim() == "Atelier").ToList();
        Assert.Equal(40 + doc.Pages.Count, labels.Count);
        foreach (var page in doc.Pages)
            Assert.All(page.Items.OfType<RectItem>(), r => Assert.True(r.Bounds.Bottom <= Mm(148 - 8) + 1e-6));
    }

    private static string LongRowTable(int spacerMm, params int[] items) =>
        $"<document format=\"A6\" margin=\"8mm\"><spacer height=\"{spacerMm}mm\"/>"
        + "<table columns=\"20mm 1fr\" header-rows=\"1\"><tr><td><p>Atelier</p></td><td><p>Actions</p></td></tr>"
        + string.Concat(items.Select((n, r) => $"<tr><td><p>Ligne{r}</p></td><td><list>"
            + string.Concat(Enumerable.Range(0, n).Select(k => $"<item>[{r}.{k}] {Words(6, r * 100 + k)}</item>")) + "</list></td></tr>"))
        + "</table></document>";

    [Fact]
    public void A_row_taller_than_a_page_continues_under_the_repeated_header_instead_of_failing()
    {
        var doc = Lay(LongRowTable(0, 3, 60, 2));
        Assert.True(doc.Pages.Count >= 3);
        foreach (var page in doc.Pages)
        {
            Assert.Equal("Atelier", page.Texts().OrderBy(t => t.Baseline).ThenBy(t => t.X).First().Text.Trim());
            Assert.All(page.Items.OfType<RectItem>(), r => Assert.True(r.Bounds.Bottom <= Mm(148 - 8) + 1e-6));
        }
        var markers = System.Text.RegularExpressions.Regex.Matches(string.Join(" ", doc.Pages.SelectMany(p => p.Texts()).Select(t => t.Text)), @"\[1\.\d+\]");
        Assert.Equal(Enumerable.Range(0, 60).Select(k => $"[1.{k}]"), markers.Select(m => m.Value));
        Assert.Single(doc.Pages.SelectMany(p => p.Texts()), t => t.Text.Trim() == "Ligne1");
    }

    [Fact]
    public void A_long_row_starts_on_the_page_where_the_row_before_it_ends_and_a_short_one_moves_whole()
    {
        // Half an A6 page left after the first row: the long second row begins there.
        var doc = Lay(LongRowTable(40, 2, 20));
        var firstPage = string.Join(" ", doc.Pages[0].Texts().Select(t => t.Text));
        Assert.Contains("Ligne1", firstPage);
        Assert.Contains("[1.0]", firstPage);
        // A short row that does not fit goes to the next page with all its lines.
        var shortRow = Lay(LongRowTable(95, 2, 3));
        Assert.DoesNotContain("Ligne1", string.Join(" ", shortRow.Pages[0].Texts().Select(t => t.Text)));
        Assert.Contains("[1.2]", string.Join(" ", shortRow.Pages[1].Texts().Select(t => t.Text)));
    }

    [Fact]
    public void A_table_row_with_the_wrong_number_of_cells_is_an_error()
    {
        var e = Fails("<document><table columns=\"1fr 1fr\">\n<tr><td><p>a</p></td></tr></table></document>");
        Assert.Equal(2, e.Line);
        Assert.Contains("1 cellule pour 2 colonnes", e.Message);
    }

    [Fact]
    public void A_marks_title_gets_french_typography_in_the_running_head_and_the_bookmark()
    {
        var doc = Lay(Book.Replace(Chapter("deux", "Deuxième", 4), Chapter("deux", "Pourquoi un statut ?", 4), StringComparison.Ordinal));
        const string typeset = "Pourquoi un statut\u202F?";
        Assert.Contains(doc.Outline, e => e.Title == typeset);
        Assert.Contains(doc.Pages, p => p.Texts().Any(t => t.Node is null && t.Text.Trim() == typeset));
    }
}
