using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>Text on a round badge: every line inside the circle, or a clear error.</summary>
public class CircleTextTests
{
    private static readonly string[] Slogans =
    [
        "Objecteur·trice du numérique", "Nous voulons des guichets !", "Droit au papier", "Soigner n'est pas ficher",
        "Soupçonne-moi du meilleur", "Un humain au bout du fil", "Pas de décision sans humain", "Halte au contrôle numérique",
    ];

    public sealed record Badge(string Slogan, int DiameterMm, int Size);

    public static Arbitrary<Badge> Badges() =>
        Gen.Elements(Slogans).SelectMany(s => Gen.Choose(21, 70).SelectMany(d => Gen.Choose(10, 40).Select(size => new Badge(s, d, size)))).ToArbitrary();

    private static PageFrame Lay(Badge badge) =>
        LayoutHelper.Lay($"<document format=\"{badge.DiameterMm}x{badge.DiameterMm}mm\" margin=\"0mm\" font=\"sans\" weight=\"bold\" size=\"{badge.Size}\">" +
                         $"<circle-text diameter=\"{badge.DiameterMm}mm\" min-size=\"5pt\" name=\"t\">{badge.Slogan}</circle-text></document>").Pages[0];

    [Property(Arbitrary = [typeof(CircleTextTests)], MaxTest = 150)]
    public bool Every_line_lies_inside_the_circle(Badge badge)
    {
        var page = Lay(badge);
        var r = Mm(badge.DiameterMm) / 2;
        foreach (var t in page.Texts())
        {
            var top = t.Baseline - t.Face.Ascender * t.Size * 0.75; // cap height band, accents aside
            var bottom = t.Baseline;
            foreach (var y in new[] { top, bottom })
                foreach (var x in new[] { t.X, t.X + t.Width })
                    if (Math.Pow(x - r, 2) + Math.Pow(y - r, 2) > r * r + 1e-6) return false;
        }
        // A line may end after a hyphen (« Soupçonne- / moi »): no space is lost or added there.
        return string.Join(" ", page.Texts().Select(t => t.Text.Trim())).Replace("- ", "-") == badge.Slogan.Replace("'", "’").Replace(" !", "\u202F!");
    }

    [Fact]
    public void Text_shrinks_to_fit_and_uses_the_largest_size_that_fits()
    {
        var small = Lay(new Badge("Droit au papier", 30, 40)).Texts().Max(t => t.Size);
        var large = Lay(new Badge("Droit au papier", 60, 40)).Texts().Max(t => t.Size);
        Assert.True(small < large);
        Assert.True(large <= 40);
    }

    [Fact]
    public void A_slogan_too_long_for_a_small_badge_takes_its_short_form_and_keeps_the_long_one_where_it_fits()
    {
        string Badge(int mm) => $"<document format=\"{mm}x{mm}mm\" margin=\"0mm\" font=\"sans\" weight=\"bold\" size=\"24\">" +
            $"<circle-text diameter=\"{mm - 4}mm\" min-size=\"9pt\" name=\"objecteur\" short=\"J'objecte !\">Objecteur·trice du numérique</circle-text></document>";
        var small = string.Join(" ", LayoutHelper.Lay(Badge(25)).Pages[0].Texts().Select(t => t.Text.Trim()));
        var large = string.Join(" ", LayoutHelper.Lay(Badge(58)).Pages[0].Texts().Select(t => t.Text.Trim()));
        Assert.Equal("J’objecte\u202F!", small);
        Assert.Equal("Objecteur·trice du numérique", large);
    }

    [Fact]
    public void A_short_form_too_long_as_well_is_an_error_that_says_so()
    {
        var e = Fails("<document format=\"25x25mm\" margin=\"0mm\"><circle-text diameter=\"21mm\" min-size=\"9pt\" name=\"objecteur\" short=\"Objecteur·trice numérique\">Objecteur·trice du numérique</circle-text></document>");
        Assert.Contains("« objecteur », même dans sa forme courte,", e.Message);
    }

    [Fact]
    public void A_slogan_too_long_for_its_badge_is_an_error_naming_the_badge()
    {
        var e = Fails("<document format=\"25x25mm\" margin=\"0mm\"><circle-text diameter=\"21mm\" min-size=\"9pt\" name=\"objecteur\">Objecteur·trice du numérique, partout et toujours, sans écran</circle-text></document>");
        Assert.Contains("« objecteur »", e.Message);
        Assert.Contains("21 mm", e.Message);
    }

    [Fact]
    public void A_background_covers_the_bleed_beneath_the_text()
    {
        var page = LayoutHelper.Lay("<document format=\"A6\" bleed=\"3mm\"><background fill=\"#C0392B\"/><p>Nous voulons des guichets</p></document>").Pages[0];
        var fill = Assert.IsType<RectItem>(page.Items[0]);
        Assert.Equal(0, fill.Bounds.X);
        Assert.Equal(Mm(111), fill.Bounds.Width, 3);
        Assert.Equal(Mm(154), fill.Bounds.Height, 3);
    }
}
