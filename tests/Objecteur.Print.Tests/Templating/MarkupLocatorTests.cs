using Objecteur.Print.Content;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Tests.Templating;

/// <summary>A fault in generated markup is named where the user can fix it: the template line
/// when the template wrote the faulty text, the value's own file and column when it came from there.</summary>
public class MarkupLocatorTests
{
    private const string Template = "<document>\n  <p size=\"{{options.corps}}\">{{titre}}</p>\n  <h1 size=\"douze\">Fin</h1>\n</document>";
    private const string Markup = "<document>\n  <p size=\"neuf\">Un titre ✱ ici</p>\n  <h1 size=\"douze\">Fin</h1>\n</document>";

    private static readonly ValueOrigins Origins = new([
        new ValueOrigin("Un titre ✱ ici", "content/x.yaml", 3, 8, "a: b\n\ntitre: Un titre ✱ ici\n", 13, 27),
        new ValueOrigin("neuf", "content/kit.yaml", 40, 14),
        new ValueOrigin("douze", "content/kit.yaml", 41, 14),
    ]);

    private static MarkupLocator Locator => new("templates/x.hbs", Template, Markup, () => Origins);

    [Fact]
    public void A_value_from_the_content_is_named_at_its_own_character()
    {
        Assert.Equal(("content/x.yaml", 3, 17), Locator.Locate(2, 26, "✱"));
        Assert.Equal(("content/kit.yaml", 40, 14), Locator.Locate(2, 6, "neuf"));
    }

    [Fact]
    public void Text_the_template_wrote_itself_stays_at_the_template_line()
    {
        Assert.Equal(("templates/x.hbs", 3, 7), Locator.Locate(3, 7, "douze"));
        Assert.Equal(("templates/x.hbs", 2, 6), Locator.Locate(2, 6, null));
    }

    [Fact]
    public void A_paragraph_made_of_several_values_is_named_at_the_longest()
    {
        Assert.Equal(("content/x.yaml", 3, 8), Origins.Find("Avant Un titre ✱ ici puis neuf"));
        Assert.Null(Origins.Find("rien de tout cela"));
    }
}
