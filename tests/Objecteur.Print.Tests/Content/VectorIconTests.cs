using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Content;

/// <summary>Pictograms from SVG files: the path language reduced to lines and cubics exactly
/// where SVG puts them, every vendored icon readable, a bad file refused in French.</summary>
public sealed class VectorIconTests
{
    private static readonly string Pictos = Path.Combine(Repo.Root, "content", "pictos");

    private static IconPoint End(IReadOnlyList<IconFigure> figures) => figures[^1].Segments[^1].End;

    private static void Near(IconPoint expected, IconPoint actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.X, actual.X, tolerance);
        Assert.Equal(expected.Y, actual.Y, tolerance);
    }

    [Fact]
    public void Relative_and_absolute_commands_reach_the_same_points()
    {
        var relative = SvgPathData.Parse("M3 7a2 2 0 0 1 2 -2h14v10l-9 -6z");
        var absolute = SvgPathData.Parse("M3 7A2 2 0 0 1 5 5H19V15L10 9Z");
        Assert.Equal(absolute.Count, relative.Count);
        Assert.Equal(absolute[0].Segments.Count, relative[0].Segments.Count);
        for (var i = 0; i < absolute[0].Segments.Count; i++) Near(absolute[0].Segments[i].End, relative[0].Segments[i].End);
        Assert.True(relative[0].Closed);
    }

    [Fact]
    public void Numbers_written_without_separators_are_read_as_svg_does()
    {
        // « 1.5.5 » is 1.5 then 0.5; « 2-3 » is 2 then -3; arc flags need no spaces.
        Near(new(1.5, 0.5), SvgPathData.Parse("M0 0L1.5.5")[0].Segments[0].End);
        Near(new(2, -3), SvgPathData.Parse("M0 0L2-3")[0].Segments[0].End);
        Near(new(2, 0), End(SvgPathData.Parse("M0 0a1 1 0 012 0")));
    }

    [Fact]
    public void A_moveto_followed_by_pairs_draws_lines_and_a_second_moveto_opens_a_new_figure()
    {
        var figures = SvgPathData.Parse("M0 0 10 0 10 10 M20 20 l5 0");
        Assert.Equal(2, figures.Count);
        Assert.Equal(2, figures[0].Segments.Count);
        Near(new(25, 20), End(figures));
    }

    [Fact]
    public void Malformed_data_stops_the_path_where_the_error_is()
    {
        var figures = SvgPathData.Parse("M0 0L5 5L oops 7 7");
        Near(new(5, 5), End(figures));
    }

    [Property(MaxTest = 300)]
    public bool An_arc_ends_exactly_where_it_is_asked_in_at_most_four_curves(
        NormalFloat rxF, NormalFloat ryF, bool large, bool sweep, NormalFloat ex, NormalFloat ey)
    {
        var (rx, ry) = (1 + Math.Abs(rxF.Get % 50), 1 + Math.Abs(ryF.Get % 50));
        var to = new IconPoint(ex.Get % 40, ey.Get % 40);
        var pieces = SvgPathData.Arc(new(0, 0), rx, ry, 0, large, sweep, to);
        if (to == new IconPoint(0, 0)) return pieces.Count == 0;
        if (pieces.Count is < 1 or > 4) return false;
        // The last piece ends on the very point asked (no drift from the trigonometry), and every
        // piece is a curve of at most a quarter turn.
        return pieces[^1].End == to && pieces.All(p => p.Control1 is not null && p.Control2 is not null);
    }

    [Fact]
    public void A_half_circle_arc_passes_through_the_far_point()
    {
        // From (0,0) to (2,0) with radius 1, sweep on: the top point of the circle is (1,-1).
        var pieces = SvgPathData.Arc(new(0, 0), 1, 1, 0, false, true, new(2, 0));
        Assert.Equal(2, pieces.Count);
        Near(new(1, -1), pieces[0].End, 1e-9);
    }

    public static TheoryData<string> VendoredIcons() => new(Directory.GetFiles(Pictos, "*.svg").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(VendoredIcons))]
    public void Every_vendored_pictogram_is_read_as_round_stroked_shapes_inside_its_view_box(string file)
    {
        var icon = VectorIcon.Parse(File.ReadAllBytes(Path.Combine(Pictos, file)));
        Assert.Equal((0, 0, 24, 24), (icon.ViewX, icon.ViewY, icon.ViewWidth, icon.ViewHeight));
        Assert.True(icon.RoundCaps && icon.RoundJoins);
        Assert.NotEmpty(icon.Shapes);
        // Tabler's invisible 24×24 frame (stroke="none" fill="none") is not drawn.
        Assert.All(icon.Shapes, s => Assert.True(s.Stroked && !s.Filled && s.StrokeWidth == 2));
        var points = icon.Shapes.SelectMany(s => s.Figures).SelectMany(f => f.Segments.Select(g => g.End).Prepend(f.Start)).ToList();
        Assert.All(points, p => Assert.InRange(p.X, -0.5, 24.5));
        Assert.All(points, p => Assert.InRange(p.Y, -0.5, 24.5));
    }

    [Fact]
    public void Basic_shapes_become_figures()
    {
        var svg = """<svg viewBox="0 0 10 10" fill="currentColor"><rect x="1" y="1" width="4" height="4"/><rect x="5" y="5" width="4" height="4" rx="1"/><circle cx="5" cy="5" r="2"/><polygon points="0,0 1,0 1,1"/><g stroke="currentColor" fill="none"><line x1="0" y1="0" x2="10" y2="10"/></g></svg>""";
        var icon = VectorIcon.Parse(Encoding.UTF8.GetBytes(svg));
        Assert.Equal(5, icon.Shapes.Count);
        Assert.Equal(3, icon.Shapes[0].Figures[0].Segments.Count);
        Assert.True(icon.Shapes[0].Figures[0].Closed);
        Assert.Equal(8, icon.Shapes[1].Figures[0].Segments.Count); // 4 sides, 4 corner arcs
        Assert.Equal(4, icon.Shapes[2].Figures[0].Segments.Count);
        Assert.True(icon.Shapes[4].Stroked && !icon.Shapes[4].Filled);
    }

    [Theory]
    [InlineData("<svg", "illisible")]
    [InlineData("<html/>", "n'est pas un SVG")]
    [InlineData("<svg width=\"0\"/>", "ni viewBox")]
    [InlineData("<svg viewBox=\"0 0 24\"/>", "viewBox « 0 0 24 » invalide")]
    [InlineData("<svg viewBox=\"0 0 24 24\"><path d=\"M0 0L5 5\" transform=\"scale(2)\"/></svg>", "transform")]
    [InlineData("<svg viewBox=\"0 0 24 24\"><path stroke=\"none\" fill=\"none\" d=\"M0 0h24v24H0z\"/></svg>", "ne dessine rien")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg viewBox=\"0 0 1 1\">&x;</svg>", "illisible")]
    public void A_file_that_is_no_pictogram_is_refused_in_french(string svg, string expected)
    {
        var e = Assert.Throws<UnreadableIconException>(() => VectorIcon.Parse(Encoding.UTF8.GetBytes(svg)));
        Assert.Contains(expected, e.Message);
        Assert.NotEmpty(e.Hint);
    }

    [Fact]
    public void The_icon_element_draws_its_shapes_at_its_size_in_the_text_colour_with_its_alt_text()
    {
        var doc = Lay("<document format=\"A6\" margin=\"10mm\"><column color=\"#8B1E3F\"><icon src=\"pictos/lettre.svg\" size=\"24mm\" alt=\"Une lettre\"/></column></document>", Path.Combine(Repo.Root, "content"));
        var paths = doc.Pages[0].Items.OfType<PathItem>().ToList();
        Assert.Equal(2, paths.Count); // the envelope and its flap
        Assert.All(paths, p =>
        {
            Assert.Equal("#8B1E3F", p.Stroke!.Value.ToString());
            Assert.Null(p.Fill);
            Assert.Equal(Mm(2), p.StrokeWidth, 3); // 2 units of a 24-unit icon drawn 24 mm wide
            Assert.Equal("Une lettre", p.AltText);
            Assert.Equal(StructureKind.Figure, p.Node?.Kind);
        });
        Assert.Single(paths.Select(p => p.Node).Distinct());
        var xs = paths.SelectMany(p => p.Figures).SelectMany(f => f.Segments.Select(s => s.X).Append(f.X)).ToList();
        Assert.InRange(xs.Min(), Mm(10), Mm(10 + 24));
        Assert.InRange(xs.Max(), Mm(10), Mm(10 + 24));
    }

    [Fact]
    public void An_icon_without_alt_text_is_a_decoration_and_a_missing_one_is_an_error_at_its_attribute()
    {
        var content = Path.Combine(Repo.Root, "content");
        var doc = Lay("<document><icon src=\"pictos/lettre.svg\" size=\"10mm\"/></document>", content);
        Assert.All(doc.Pages[0].Items.OfType<PathItem>(), p => Assert.Null(p.Node));
        var d = Fails("<document>\n  <icon src=\"pictos/absent.svg\" size=\"10mm\"/></document>", content);
        Assert.Contains("pictogramme « pictos/absent.svg » introuvable", d.Message);
        Assert.Equal(2, d.Line);
        Assert.Contains("taille", Fails("<document><icon src=\"pictos/lettre.svg\"/></document>", content).Message);
    }

    [Fact]
    public void A_drawn_icon_is_a_vector_path_in_the_pdf()
    {
        using var kit = new TempKit();
        kit.Write("templates/icone-test.hbs", "<document format=\"A6\" margin=\"10mm\" title=\"Icône\" lang=\"fr-FR\"><icon src=\"pictos/telephone.svg\" size=\"30mm\" alt=\"Un téléphone\"/></document>");
        File.AppendAllText(kit.PathOf("content/kit.yaml"), "\n  - id: icone-test\n    titre: Icône\n    type: calibrage\n    gabarit: icone-test\n");
        var pipeline = KitPipeline.Open(kit.Root, LetterExamples.BuildDate);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "icone-test"));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(built.Pdf);
        var page = pdf.GetPage(1);
        Assert.Empty(page.GetImages());
        Assert.NotEmpty(page.Paths);
        Assert.Contains(page.Paths, p => p.IsStroked && p.SelectMany(sub => sub.Commands).OfType<UglyToad.PdfPig.Core.PdfSubpath.BezierCurve>().Any());
    }
}
