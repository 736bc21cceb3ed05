using Objecteur.Print.Layout.Markup;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

public class MarkupErrorTests
{
    [Fact]
    public void Unknown_element_names_line_column_and_closest_element()
    {
        var d = Fails("<document>\n  <boxx><p>a</p></boxx>\n</document>");
        Assert.Equal((2, 4), (d.Line, d.Column));
        Assert.Contains("élément inconnu <boxx>", d.Message);
        Assert.Contains("« box »", d.Hint);
    }

    [Fact]
    public void Unknown_attribute_is_an_error_with_a_suggestion()
    {
        var d = Fails("<document><p colour=\"#000000\">a</p></document>");
        Assert.Contains("attribut inconnu « colour »", d.Message);
        Assert.Contains("« color »", d.Hint);
    }

    [Theory]
    [InlineData("margin=\"12px\"")]
    [InlineData("margin=\"douze mm\"")]
    [InlineData("bleed=\"3\"")]
    public void Bad_units_are_errors(string attribute)
    {
        var d = Fails($"<document {attribute}><p>a</p></document>");
        Assert.Contains("mm, cm ou pt", d.Hint);
    }

    [Fact]
    public void Missing_image_is_reported_before_drawing()
    {
        var d = Fails("<document><image src=\"absente.png\" width=\"20mm\"/></document>", Path.GetTempPath());
        Assert.Contains("image « absente.png » introuvable", d.Message);
    }

    [Fact]
    public void Text_too_long_for_a_fixed_box_names_the_box()
    {
        var d = Fails($"<document>\n<box height=\"10mm\"><p>{Words(200)}</p></box></document>");
        Assert.Contains("ne tient pas dans la boîte", d.Message);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void A_character_missing_from_the_font_is_an_error()
    {
        var d = Fails("<document><p>un bonhomme \U0001F600 ici</p></document>");
        Assert.Contains("U+1F600", d.Message);
        Assert.Contains("n'existe pas dans la police", d.Message);
    }

    [Fact]
    public void Malformed_xml_gives_a_position()
    {
        var d = Fails("<document>\n<p>a</b>\n</document>");
        Assert.StartsWith("balisage mal formé", d.Message);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void An_element_left_open_is_named_where_it_opens()
    {
        var d = Fails("<document>\n<column>\n  <box>\n<p>a</p>\n</column>\n</document>");
        Assert.Contains("l'élément <box> ouvert ici n'est pas fermé", d.Message);
        Assert.Equal((3, 4), (d.Line, d.Column));
    }

    [Theory]
    [InlineData(DocumentMarkup.MaxNesting)]
    [InlineData(DocumentMarkup.MaxNesting + 1)]
    [InlineData(200_000)]
    public void Nesting_deeper_than_the_limit_is_refused_at_the_first_element_too_deep(int levels)
    {
        // <document>, columns, and a paragraph as the last level, one element per line; the line
        // break inside it, empty, opens no level. Refused before the tree is built: XDocument's
        // parse takes time in the square of the depth (10 s at 40,000 levels).
        var markup = new System.Text.StringBuilder("<document>\n");
        for (var level = 2; level < levels; level++) markup.Append("<column>\n");
        markup.Append("<p>a<br/>b</p>\n");
        for (var level = 2; level < levels; level++) markup.Append("</column>\n");
        markup.Append("</document>");
        LaidOutOrTooDeep(markup.ToString(), levels, (DocumentMarkup.MaxNesting + 1, 2));
    }

    [Theory]
    [InlineData(DocumentMarkup.MaxNesting)]
    [InlineData(DocumentMarkup.MaxNesting + 1)]
    public void Nesting_is_counted_past_comments_sections_and_quoted_delimiters(int levels)
    {
        // What looks like tags in a comment, a CDATA section, an instruction or an attribute value
        // opens no level; a tag written open and closed at once (<x></x>) opens one.
        var markup = new System.Text.StringBuilder("<?xml version=\"1.0\"?>\n<document title=\"a/> b > c\">\n");
        // <document>, columns, a paragraph and, as the last level, a span.
        for (var level = 3; level < levels; level++)
            markup.Append(level % 2 == 0 ? "<column spacing='1mm'><!-- <column> <p> -->\n" : "<column spacing=\"1mm\" ><?note <column>?>\n");
        markup.Append("<p>a<![CDATA[<column><b>]]><span color=\"#000000\"></span>b</p>\n");
        for (var level = 3; level < levels; level++) markup.Append("</column>\n");
        markup.Append("</document>");
        LaidOutOrTooDeep(markup.ToString(), levels, (DocumentMarkup.MaxNesting + 1, 29));
    }

    /// <summary>Markup nesting <paramref name="levels"/> levels is laid out if that is within the
    /// limit, and refused at <paramref name="tooDeep"/> (line, column) if not.</summary>
    private static void LaidOutOrTooDeep(string markup, int levels, (int Line, int Column) tooDeep)
    {
        if (levels <= DocumentMarkup.MaxNesting)
        {
            Assert.Single(Lay(markup).Pages);
            return;
        }
        var d = Fails(markup);
        Assert.Contains($"imbriqués sur plus de {DocumentMarkup.MaxNesting} niveaux", d.Message);
        Assert.Equal(tooDeep, (d.Line, d.Column));
    }

    [Fact]
    public void Loose_text_outside_a_paragraph_is_explained()
    {
        var d = Fails("<document><column>texte perdu</column></document>");
        Assert.Contains("<p>", d.Hint);
    }

    [Fact]
    public void Unknown_paper_format_is_an_error()
    {
        var d = Fails("<document format=\"A7\"><p>a</p></document>");
        Assert.Contains("format « A7 » inconnu", d.Message);
    }

    [Fact]
    public void An_element_taller_than_a_page_is_named()
    {
        var d = Fails("<document format=\"A6\">\n<p>a</p>\n<circle diameter=\"200mm\"/></document>");
        Assert.Contains("<circle>", d.Message);
        Assert.Equal(3, d.Line);
    }
}
