using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Content;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Letters;

/// <summary>Where a letter's text may lie on the folded sheet, what a blank letter offers to write
/// on, and the follow-up letters that the first letter's note points to.</summary>
public class FollowUpAndFoldTests
{
    private static LayoutDocument Lay(string id, SenderValues? sender) => LetterExamples.Lay(id, sender);

    /// <summary>A page's words, with French typography's no-break spaces read as plain ones.</summary>
    private static string Text(PageFrame page) => System.Text.RegularExpressions.Regex.Replace(
        string.Join(" ", page.Items.OfType<TextItem>().Select(t => t.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' '), @"\s+", " ");

    [Theory]
    [MemberData(nameof(LetterExamples.Models), MemberType = typeof(LetterExamples))]
    public void No_text_crosses_the_first_fold(string id)
    {
        var model = LetterExamples.Pipeline().Letter(id);
        foreach (var sender in new[] { null, LetterExamples.Sender(model) })
        {
            var page = Lay(id, sender).Pages[0];
            var fold = Units.Mm(LetterSettings.Fold);
            Assert.All(page.Items.OfType<TextItem>(), t => Assert.False(
                t.Baseline - t.Size * t.Face.Ascender < fold + Units.Mm(1) && t.Baseline - t.Size * t.Face.Descender > fold - Units.Mm(1),
                $"« {t.Text} » crosses the fold at 99 mm"));
        }
    }

    public sealed record Shift(double Window, double Across, double Down);

    public static Arbitrary<Shift> Shifts() =>
        (from w in Gen.Choose(0, 100) from a in Gen.Choose(-100, 100) from d in Gen.Choose(0, 110)
         select new Shift(w / 100.0, a / 10.0, d / 10.0)).ToArbitrary();

    /// <summary>A window measured with the sheet resting at the bottom of the envelope: when the
    /// sheet slides up to 11 mm higher or 10 mm to either side, the address zone still shows whole.</summary>
    [Property(Arbitrary = [typeof(FollowUpAndFoldTests)], MaxTest = 200)]
    public bool The_address_zone_shows_in_the_window_wherever_the_sheet_sits(Shift shift)
    {
        // Any window the kit accepts, from the smallest (90 × 41 mm) to NF.lco's and larger.
        var window = new MmRect(100 - 10 * shift.Window, 35, 90 + 20 * shift.Window, 41 + 10 * shift.Window);
        var zone = new LetterSettings(window).AddressZone;
        var (left, top) = (zone.X + shift.Across, zone.Y - shift.Down);
        return zone.Width >= LetterSettings.MinZoneWidth && zone.Height >= LetterSettings.MinZoneHeight
            && left >= window.X && left + zone.Width <= window.X + window.Width
            && top >= window.Y && top + zone.Height <= window.Y + window.Height;
    }

    [Fact]
    public void The_default_zone_lies_where_the_sources_windows_overlap()
    {
        // templates/README.md, « Fenêtre et plis »: x 110–190 mm, y 50–79 mm.
        Assert.Equal(new MmRect(110, 50, 80, 29), LetterSettings.Default.AddressZone);
    }

    [Theory]
    [InlineData("    hauteur: 40mm")]
    [InlineData("    largeur: 85mm")]
    [InlineData("    haut: 45mm")]
    public void A_window_that_leaves_no_room_for_six_lines_or_the_date_is_refused_at_its_line(string setting)
    {
        using var kit = new TempKit();
        kit.Edit("content/kit.yaml", "documents:", "lettres:\n  fenetre:\n" + setting + "\n\ndocuments:");
        var error = Assert.Throws<DiagnosticException>(() => Objecteur.Print.Pipeline.KitPipeline.Open(kit.Root, LetterExamples.BuildDate)).Diagnostic;
        Assert.Equal(Path.Combine("content", "kit.yaml"), error.File);
        Assert.True(error.Line > 0);
        Assert.Contains("objecteur calibrage", error.Hint);
    }

    [Theory]
    [MemberData(nameof(LetterExamples.Models), MemberType = typeof(LetterExamples))]
    public void A_blank_letter_s_words_are_upright_and_at_least_9_points(string id)
    {
        var page = Lay(id, null).Pages[0];
        Assert.All(page.Items.OfType<TextItem>().Where(t => t.Text != "Signature"), t =>
        {
            Assert.True(t.Size >= 9, $"« {t.Text} » is {t.Size} pt");
            Assert.False(t.Face.Italic, $"« {t.Text} » is italic");
        });
    }

    [Fact]
    public void A_blank_recipient_offers_every_line_the_window_allows()
    {
        var pipeline = LetterExamples.Pipeline();
        var letter = ComposedLetter.Compose(pipeline.Letter("caf-papier"), SenderValues.Empty, null);
        Assert.Equal(ComposedLetter.MaxAddressLines, letter.RecipientLines.Count);
        // Two printed lines (« Madame la Directrice ou », « Monsieur le Directeur »), four to write on.
        Assert.Equal(4, letter.RecipientLines.Count(l => l is null));
    }

    [Fact]
    public void Every_follow_up_names_a_first_letter_and_cites_its_date_and_number()
    {
        var pipeline = LetterExamples.Pipeline();
        var letters = pipeline.Letters();
        var followUps = letters.Where(l => l.Suite is not null).ToList();
        Assert.True(followUps.Count >= 5);
        Assert.All(followUps, f =>
        {
            Assert.Contains(letters, l => l.Id == f.Suite!.SuiteDe && l.Suite is null);
            Assert.Contains("{date_premiere}", f.Corps);
            Assert.Contains("{reference_premiere}", f.Corps);
        });
    }

    [Fact]
    public void The_first_letter_s_note_says_which_letter_comes_next_and_from_when()
    {
        var model = LetterExamples.Pipeline().Letter("caf-papier");
        var note = Text(Lay("caf-papier", LetterExamples.Sender(model)).Pages[^1]);
        // The letter is dated on the build date, 22 November 2026: two months' silence is a refusal.
        Assert.Contains("CAF – relance et motifs du refus", note);
        Assert.Contains("Au plus tôt le 22 janvier 2027.", note);
        // No text gives the médiateur a delay: no date is computed for it.
        Assert.Contains("CAF – saisir le médiateur", note);
        Assert.Equal(1, note.Split("Au plus tôt").Length - 1);
    }

    [Theory]
    [InlineData("employeur-deconnexion")]
    [InlineData("cpam-mon-espace-sante")]
    public void Where_no_text_gives_an_answer_delay_the_note_computes_no_due_date(string id)
    {
        var model = LetterExamples.Pipeline().Letter(id);
        Assert.Null(model.DelaiReponse);
        var note = Text(Lay(id, LetterExamples.Sender(model)).Pages[^1]);
        Assert.DoesNotContain("attend une réponse vers", note);
        Assert.DoesNotContain("Réponse attendue avant", note);
        Assert.DoesNotContain("1 mois", note);
    }

    [Fact]
    public void A_follow_up_naming_an_unknown_letter_is_an_error_at_its_line()
    {
        using var kit = new TempKit();
        kit.Edit("content/lettres/cnil-plainte.yaml", "suite_de: caf-donnees-algorithme", "suite_de: caf-donees-algorithme");
        var pipeline = Objecteur.Print.Pipeline.KitPipeline.Open(kit.Root, LetterExamples.BuildDate);
        var error = Assert.Throws<DiagnosticException>(() => pipeline.Letters()).Diagnostic;
        Assert.Equal(Path.Combine("content", "lettres", "cnil-plainte.yaml"), error.File);
        Assert.True(error.Line > 0);
        Assert.Contains("caf-donees-algorithme", error.Message);
        Assert.Contains("caf-donnees-algorithme", error.Hint);
    }

    [Fact]
    public void When_to_send_belongs_to_follow_ups_only()
    {
        using var kit = new TempKit();
        kit.Edit("content/lettres/caf-papier.yaml", "recommande: true", "recommande: true\nquand: plus tard");
        var pipeline = Objecteur.Print.Pipeline.KitPipeline.Open(kit.Root, LetterExamples.BuildDate);
        var error = Assert.Throws<DiagnosticException>(() => pipeline.Letter("caf-papier")).Diagnostic;
        Assert.Contains("quand", error.Message);
        Assert.Contains("suite_de", error.Hint);
    }

    [Fact]
    public void The_calibration_sheet_prints_nothing_within_5_mm_of_the_paper_s_edges()
    {
        var pipeline = LetterExamples.Pipeline();
        var spec = pipeline.CalibrationSpec();
        var page = pipeline.Layout(spec, pipeline.Markup(spec)).Pages[0];
        var edge = Units.Mm(5) - 0.01;
        foreach (var item in page.Items)
        {
            var (x1, y1, x2, y2) = item switch
            {
                TextItem t => (t.X, t.Baseline - t.Size * t.Face.Ascender, t.X + t.Width, t.Baseline - t.Size * t.Face.Descender),
                LineItem l => (Math.Min(l.X1, l.X2), Math.Min(l.Y1, l.Y2), Math.Max(l.X1, l.X2), Math.Max(l.Y1, l.Y2)),
                RectItem r => (r.Bounds.X, r.Bounds.Y, r.Bounds.Right, r.Bounds.Bottom),
                _ => (edge, edge, edge, edge),
            };
            Assert.True(x1 >= edge && y1 >= edge && x2 <= page.Width - edge && y2 <= page.Height - edge, $"{item} lies within 5 mm of an edge");
        }
        Assert.DoesNotContain("la norme", Text(page));
        Assert.Contains("pas une norme", Text(page));
    }
}
