using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Kinds;

/// <summary>The statute's poster is read on a wall from 2–3 m: one page, every right on a line of
/// its own in large type, one call to action and the collective's contact; the small print is
/// only the footer (edition, full text, printer's mention).</summary>
public sealed class PosterTests : IDisposable
{
    private const string Id = "statut-affiche-a3";
    private const double MinimumBody = 24;
    private readonly TempKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private PageFrame Poster()
    {
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == Id));
        return Assert.Single(built.Layout.Pages);
    }

    private Statute Statute() => StatuteLoader.Load(_kit.PathOf("content/statut.yaml"), "content/statut.yaml");

    /// <summary>The text of each printed line, top to bottom, its runs joined.</summary>
    private static List<(double Baseline, string Text, double Size)> Lines(PageFrame page) =>
        page.Items.OfType<TextItem>().GroupBy(t => Math.Round(t.Baseline, 1)).OrderBy(g => g.Key)
            .Select(g => (g.Key, string.Join(" ", g.OrderBy(t => t.X).Select(t => t.Text.Trim())), g.Min(t => t.Size))).ToList();

    [Fact]
    public void Everything_above_the_footer_is_at_least_24_points()
    {
        var page = Poster();
        var footerTop = page.Height - Objecteur.Print.Layout.Units.Mm(12);
        var small = page.Items.OfType<TextItem>().Where(t => t.Size < MinimumBody && t.Baseline < footerTop).Select(t => $"{t.Text} ({t.Size} pt)").ToList();
        Assert.Empty(small);
    }

    [Fact]
    public void Each_right_is_one_line_of_its_own_after_its_number()
    {
        var page = Poster();
        var statute = Statute();
        // The typography turns the YAML's straight apostrophes into curly ones.
        var lines = Lines(page).Select(l => l.Text.Replace('\u2019', '\'')).ToList();
        Assert.All(statute.Articles, a => Assert.Contains($"{a.Numero} {a.Court}", lines));
        Assert.Contains(lines, l => l.Contains("Réclamez"));
    }

    [Fact]
    public void A_collective_with_address_phone_opening_hours_and_logo_still_gets_one_page_with_all_of_them()
    {
        var fixture = Path.Combine(Repo.TestDirectory, "Fixtures", "lyon");
        var kitYaml = _kit.PathOf("content/kit.yaml");
        File.WriteAllText(kitYaml, KitScaffold.WithOrganisation(File.ReadAllText(kitYaml), File.ReadAllText(Path.Combine(fixture, "organisation.yaml"))));
        File.Copy(Path.Combine(fixture, "logo.png"), _kit.PathOf("content/logo.png"));
        var page = Poster();
        var text = string.Join(" ", Lines(page).Select(l => l.Text));
        Assert.Contains("12 rue de la Bourse du travail", text);
        Assert.Contains("04 00 00 00 00", text);
        Assert.Contains("mardi 14\u00A0h", text); // a number keeps its unit
        Assert.Contains(page.Items, i => i is ImageItem);
    }

    [Fact]
    public void A_right_too_long_for_a_poster_line_is_an_error_at_its_line()
    {
        _kit.Edit("content/statut.yaml", "court: \"Aucun smartphone obligatoire\"", "court: \"Aucun smartphone, aucune application, aucune adresse électronique obligatoires\"");
        var e = Assert.Throws<DiagnosticException>(Statute);
        Assert.Contains("statut.yaml", e.Diagnostic.File);
        Assert.Contains("ligne d'affiche", e.Diagnostic.Message);
        Assert.True(e.Diagnostic.Line > 0 && e.Diagnostic.Column > 0);
    }
}
