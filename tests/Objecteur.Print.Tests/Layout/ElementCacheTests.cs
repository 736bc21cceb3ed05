using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Elements;
using Objecteur.Print.Layout.Markup;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>Elements shared between documents of a pipeline (a merge's rows) are those a document
/// would have built the same, and a document laid out with them is the one laid out without.</summary>
public class ElementCacheTests
{
    private static DocumentMarkup Parse(string markup, ElementCache? cache) =>
        DocumentMarkup.Parse(new MarkupSource(markup, "lettre.hbs") { Elements = cache });

    private static string Letter(string name, int addressLines = 1) =>
        "<document format=\"A5\">\n"
        + "<header><p size=\"8\">" + name + " – page <page-number/>/<page-ref to=\"fin\"/></p></header>\n"
        + "<column>\n" + string.Concat(Enumerable.Range(0, addressLines).Select(i => $"<p>ligne {i}</p>\n")) + "</column>\n"
        + "<p>Madame, Monsieur, " + Words(60, 3) + "</p>\n"
        + "<p>Objet : voir page <page-ref to=\"fin\"/>.</p>\n"
        + "<box border=\"0.5pt\"><p>" + Words(30, 4) + "</p></box>\n"
        + "<p>" + name + "</p>\n"
        + "<mark id=\"fin\"/>\n</document>";

    [Fact]
    public void The_same_markup_in_the_same_place_is_the_same_element_and_what_differs_is_built_anew()
    {
        var cache = new ElementCache();
        var first = (ColumnElement)Parse(Letter("Camille"), cache).Body;
        var second = (ColumnElement)Parse(Letter("Dominique"), cache).Body;
        Assert.Equal(first.Children.Count, second.Children.Count);
        // The address, the text, the reference and the box are shared; the name is not.
        for (var i = 0; i < 4; i++) Assert.Same(first.Children[i], second.Children[i]);
        Assert.NotSame(first.Children[4], second.Children[4]);
    }

    [Fact]
    public void A_running_header_written_alike_is_the_same_and_brings_its_page_references()
    {
        var cache = new ElementCache();
        var markup = "<document>\n<header><p>page <page-number/>/<page-ref to=\"fin\"/></p></header>\n<p>a</p>\n<mark id=\"fin\"/>\n</document>";
        var first = Parse(markup, cache);
        var second = Parse(markup, cache);
        Assert.Same(first.Header, second.Header);
        Assert.Equal(Parse(markup, null).PageRefs, second.PageRefs);
        Assert.Equal(Parse(markup, null).HasDocumentFields, second.HasDocumentFields);
    }

    [Fact]
    public void What_a_place_holds_that_differs_from_row_to_row_is_neither_kept_nor_looked_for()
    {
        var cache = new ElementCache();
        var rows = new[] { "Camille", "Dominique", "Alix", "Camille" }.Select(name => (ColumnElement)Parse(Letter(name), cache).Body).ToList();
        // The name's paragraph is built for every row, a name met before too; the model's own once.
        Assert.NotSame(rows[0].Children[4], rows[3].Children[4]);
        for (var i = 0; i < 4; i++) Assert.Same(rows[0].Children[i], rows[3].Children[i]);
        Assert.Equal(LayoutDump.Write(Paginator.Layout(Parse(Letter("Camille"), null))), LayoutDump.Write(Paginator.Layout(Parse(Letter("Camille"), cache))));
    }

    [Fact]
    public void Markup_that_moves_is_not_shared_its_elements_name_where_they_were_written()
    {
        var cache = new ElementCache();
        var first = (ColumnElement)Parse(Letter("Camille", addressLines: 1), cache).Body;
        var moved = (ColumnElement)Parse(Letter("Camille", addressLines: 2), cache).Body;
        Assert.NotSame(first.Children[1], moved.Children[1]);
        Assert.Equal(first.Children[1].Source.Line + 1, moved.Children[1].Source.Line);
    }

    [Fact]
    public void A_shared_element_brings_its_page_references_to_the_document()
    {
        var cache = new ElementCache();
        var alone = Parse(Letter("Camille"), null);
        Parse(Letter("Dominique"), cache);
        var shared = Parse(Letter("Camille"), cache);
        Assert.Equal(alone.PageRefs, shared.PageRefs);
        Assert.Equal(alone.HasDocumentFields, shared.HasDocumentFields);
        Assert.True(shared.HasDocumentFields);
    }

    [Theory]
    [InlineData(1, "Camille")]
    [InlineData(3, "Dominique Exemple-Longuenom")]
    public void A_document_laid_out_with_shared_elements_is_the_one_laid_out_without(int addressLines, string name)
    {
        var cache = new ElementCache();
        foreach (var other in new[] { "Alix", "Sacha", name })
            for (var lines = 1; lines <= 3; lines++) Parse(Letter(other, lines), cache);
        var alone = LayoutDump.Write(Paginator.Layout(Parse(Letter(name, addressLines), null)));
        var shared = LayoutDump.Write(Paginator.Layout(Parse(Letter(name, addressLines), cache)));
        Assert.Equal(alone, shared);
    }

    [Fact]
    public void A_fault_in_a_shared_element_is_named_in_the_document_being_laid_out()
    {
        var cache = new ElementCache();
        var markup = "<document>\n<box height=\"10mm\"><p>" + Words(200) + "</p></box></document>";
        Parse(markup, cache);
        var source = new MarkupSource(markup, "autre.hbs") { Elements = cache };
        var e = Assert.Throws<DiagnosticException>(() => Paginator.Layout(DocumentMarkup.Parse(source)));
        Assert.Equal(("autre.hbs", 2), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("ne tient pas dans la boîte", e.Diagnostic.Message);
    }
}
