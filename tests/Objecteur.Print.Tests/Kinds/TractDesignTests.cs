using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Kinds;

/// <summary>What a flyer needs on a market stall: a picture, the local contact, the paper way in
/// (a coupon) — and, for the easy-to-read flyer, its own rules read back from the page.</summary>
public sealed class TractDesignTests : IDisposable
{
    private const string Falc = "tract-guichets-falc-a5";
    private readonly TempKit _kit = new();
    private readonly KitPipeline _pipeline;

    public TractDesignTests() => _pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);

    public void Dispose() => _kit.Dispose();

    private BuiltDocument Build(string id) => _pipeline.Build(_pipeline.Kit.Documents.Single(d => d.Id == id));

    private static string Text(PageFrame page) => string.Concat(page.Items.OfType<TextItem>().Select(t => t.Text)).Replace(" ", "");

    /// <summary>The printed lines of a page, runs on one baseline joined.</summary>
    private static List<string> Lines(PageFrame page) =>
        page.Items.OfType<TextItem>().GroupBy(t => Math.Round(t.Baseline, 1)).OrderBy(g => g.Key)
            .Select(g => Plain(string.Join(" ", g.OrderBy(t => t.X).Select(t => t.Text.Trim())))).ToList();

    /// <summary>The typography's curly apostrophes and no-break spaces (before « : ») as typed.</summary>
    private static string Plain(string text) => text.Replace('\u2019', '\'').Replace('\u202F', ' ').Replace('\u00A0', ' ');

    public static TheoryData<string> Flyers() => new(KitPipeline.Open(Repo.Root, LetterExamples.BuildDate).Kit.Documents
        .Where(d => d.Type == TractKind.Name).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Flyers))]
    public void Every_flyer_recto_carries_a_pictogram_and_the_collectives_contact(string id)
    {
        var recto = Build(id).Layout.Pages[0];
        Assert.NotEmpty(recto.Items.OfType<PathItem>());
        var text = Text(recto);
        Assert.Contains(_pipeline.Kit.Organisation.Nom.Replace(" ", ""), text);
        Assert.Contains(_pipeline.Kit.Organisation.Courriel!.Replace(" ", ""), text);
    }

    [Fact]
    public void The_counters_flyer_has_a_coupon_to_fill_in_by_hand_for_the_letter_by_post()
    {
        var recto = Build("tract-guichets-a5").Layout.Pages[0];
        var text = Text(recto);
        Assert.Contains("Jeveuxrecevoirlalettreparlaposte", text);
        Assert.Contains("Prénometnom", text);
        Assert.Contains("Adressepostale", text);
        // The dashed cut line and the dotted lines to write on.
        Assert.Contains(recto.Items.OfType<LineItem>(), l => l.Dash.Count > 0 && l.X2 - l.X1 > Objecteur.Print.Layout.Units.Mm(80));
        Assert.True(recto.Items.OfType<LineItem>().Count(l => l.Dash.Count > 0) >= 4);
    }

    [Fact]
    public void The_easy_to_read_flyer_is_16_points_or_more_upright_on_both_sides_with_no_colour_behind_text()
    {
        var pages = Build(Falc).Layout.Pages;
        Assert.Equal(2, pages.Count);
        foreach (var page in pages)
        {
            var texts = page.Items.OfType<TextItem>().ToList();
            Assert.All(texts, t => Assert.True(t.Size >= 16, $"« {t.Text} » en {t.Size} pt"));
            Assert.All(texts, t => Assert.False(t.Face.Italic, $"« {t.Text} » en italique"));
            Assert.DoesNotContain(page.Items.OfType<RectItem>(), r => r.Fill is { } f && f != Color.White);
            Assert.DoesNotContain(Lines(page), l => l.EndsWith('-') || l.EndsWith('\u2010'));
        }
    }

    [Fact]
    public void Each_sentence_of_the_easy_to_read_flyer_prints_as_its_author_broke_it_beside_its_pictogram()
    {
        var spec = _pipeline.Kit.Documents.Single(d => d.Id == Falc);
        var tract = TractLoader.Load(_kit.PathOf("content/" + spec.Contenu), spec.Contenu, _kit.PathOf("content"));
        var pages = Build(Falc).Layout.Pages;
        foreach (var (lines, page) in new[] { (tract.Recto.Lignes, pages[0]), (tract.Verso.Lignes, pages[1]) })
        {
            var printed = Lines(page);
            Assert.All(lines.SelectMany(l => l.Lignes), authored => Assert.Contains(Plain(authored), printed));
            // One pictogram per sentence that names one (an icon is one or more shapes).
            var icons = page.Items.OfType<PathItem>().Select(p => Math.Round(p.Figures[0].Y / 20)).Distinct().Count();
            Assert.True(icons >= lines.Count(l => l.Picto is not null), $"{icons} pictogrammes pour {lines.Count(l => l.Picto is not null)} phrases");
        }
    }

    [Fact]
    public void An_unknown_pictogram_is_an_error_at_its_line_with_the_names_that_exist()
    {
        _kit.Edit("content/tracts/guichets-falc.yaml", "picto: telephone", "picto: telefone");
        var e = Assert.Throws<DiagnosticException>(() => Build(Falc));
        Assert.Contains("guichets-falc.yaml", e.Diagnostic.File);
        Assert.Contains("pictogramme « telefone » inconnu", e.Diagnostic.Message);
        Assert.Contains("telephone", e.Diagnostic.Hint);
        Assert.True(e.Diagnostic.Line > 0);
    }

    [Fact]
    public void An_easy_to_read_side_written_as_markdown_is_an_error_at_its_line()
    {
        _kit.Edit("content/tracts/guichets-falc.yaml", "  titre: Ce que nous demandons\n", "  titre: Ce que nous demandons\n  texte: Une phrase longue qui serait coupée n'importe où.\n");
        var e = Assert.Throws<DiagnosticException>(() => Build(Falc));
        Assert.Contains("guichets-falc.yaml", e.Diagnostic.File);
        Assert.Contains("verso.texte", e.Diagnostic.Message);
        Assert.True(e.Diagnostic.Line > 0);
    }
}
