using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Markup;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>What used to go silently wrong: a header cut short, a page number left unsettled.</summary>
public class RunningAndReferenceErrorTests
{
    [Theory]
    [InlineData("header", "l'en-tête ne tient pas dans la marge du haut", "agrandissez la marge du haut")]
    [InlineData("footer", "le pied de page ne tient pas dans la marge du bas", "agrandissez la marge du bas")]
    public void A_running_header_or_footer_taller_than_its_margin_is_an_error_naming_it(string running, string message, string hint)
    {
        var d = Fails($"<document format=\"A6\" margin=\"8mm\">\n<p>corps</p>\n<{running}><p>{Words(40)}</p></{running}></document>");
        Assert.Equal((3, 2), (d.Line, d.Column));
        Assert.StartsWith(message, d.Message);
        Assert.Contains("(page 1) : il lui faut", d.Message);
        Assert.Contains("la marge en offre 8 mm", d.Message);
        Assert.StartsWith(hint, d.Hint);
    }

    [Fact]
    public void A_header_that_fits_its_margin_is_drawn_whole()
    {
        var doc = Lay("<document format=\"A6\" margin=\"15mm\"><header><p>Objecteur</p></header><p>corps</p></document>");
        Assert.Contains(doc.Pages[0].Texts(), t => t.Text == "Objecteur" && t.Baseline < Mm(15));
    }

    [Fact]
    public void A_page_reference_still_moving_after_the_last_pass_is_an_error_naming_it()
    {
        const string markup = "<document format=\"A6\">\n<p>Sommaire</p>\n<p>Suite <page-ref to=\"suite\"/></p>\n<page-break/><mark id=\"suite\"/><p>Suite</p></document>";
        // One pass only: the first pass prints a stand-in, so the reference has not settled yet.
        var d = Assert.Throws<DiagnosticException>(() => Paginator.Layout(DocumentMarkup.Parse(new MarkupSource(markup, "test.xml")), maxPasses: 1)).Diagnostic;
        Assert.Equal((3, 11), (d.Line, d.Column));
        Assert.StartsWith("le renvoi vers « suite » ne se stabilise pas", d.Message);
        Assert.Contains("(page 2 à la dernière)", d.Message);
        Assert.Contains("<page-break/>", d.Hint);
        // With the passes it needs, the same document settles on page 2.
        Assert.Contains(Lay(markup).Pages[0].Texts(), t => t.Text.EndsWith('2'));
    }
}
