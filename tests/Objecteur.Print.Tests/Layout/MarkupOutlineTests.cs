using System.Xml;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Tests.Layout;

/// <summary>The children of the document element, found from the characters alone and each read
/// apart, are what reading the whole markup gives, to the line and column; markup the outline does
/// not vouch for is read whole, and its faults are named as they were.</summary>
public class MarkupOutlineTests
{
    private static readonly string[] Breaks = ["", "\n", "\r\n", "\r", "  ", "\t", "\n<!-- note -->\n", "<!---->"];
    private static readonly string[] Texts = ["texte", "a &amp; b", " ", "\n", "\r\n", "\r", "\t", "é€ 😀", "&#160;", "<!-- c -->", "<![CDATA[<x> & ]]>", "<?pi x?>"];
    private static readonly string[] Values = ["\"1\"", "\"x>y\"", "\"it's\"", "\"a\nb\"", "'dit \"oui\"'", "\"&amp;&lt;\"", "\"\r\nz\""];

    private static Gen<string> Attributes() =>
        from names in Gen.Elements("a", "size", "color", "x-y").ArrayOf()
        from values in Gen.Elements(Values).ArrayOf()
        from space in Gen.Elements(" ", "\n  ", "\r\n", "\t")
        select string.Concat(names.Distinct().Zip(values, (n, v) => $"{space}{n}={v}"));

    private static Gen<string> Element(int depth) =>
        from name in Gen.Elements("p", "column", "box", "b", "place")
        from attributes in Attributes()
        from empty in Gen.Elements(true, false, false)
        from close in Gen.Elements(">", " >", "\n>")
        from content in depth == 0 || empty
            ? Gen.Constant("")
            : Gen.OneOf(Gen.Elements(Texts), Element(depth - 1)).ListOf().Select(c => string.Concat(c.Take(5)))
        select empty ? $"<{name}{attributes}/>" : $"<{name}{attributes}{close}{content}</{name}{close}";

    public static Arbitrary<string> Documents() =>
        (from before in Gen.Elements("", "\n", "<!-- début -->\n", "  \r\n")
         from attributes in Attributes()
         from children in Element(3).ListOf()
         from breaks in Gen.Elements(Breaks).ArrayOf()
         from after in Gen.Elements("", "\n", "<!-- fin -->", "\r\n  ")
         select before + "<document" + attributes + ">"
                + string.Concat(children.Select((c, i) => (i < breaks.Length ? breaks[i] : "\n") + c)) + "\n</document>" + after).ToArbitrary();

    [Property(Arbitrary = [typeof(MarkupOutlineTests)], MaxTest = 300)]
    public void Each_child_read_apart_is_the_child_read_with_the_whole_markup_line_and_column_included(string markup)
    {
        var whole = XDocument.Parse(markup, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root!;
        var outline = MarkupOutline.Read(markup);
        Assert.NotNull(outline);
        var children = whole.Elements().ToList();
        Assert.Equal(children.Count, outline.Parts.Count);
        AssertSame(whole, outline.Root(markup), withChildren: false);
        for (var i = 0; i < children.Count; i++)
        {
            Assert.Equal(children[i].Name.LocalName, outline.Parts[i].Name);
            AssertSame(children[i], MarkupOutline.Read(markup, outline.Parts[i]), withChildren: true);
        }
    }

    private static void AssertSame(XElement expected, XElement actual, bool withChildren)
    {
        Assert.Equal(Place(expected), Place(actual));
        Assert.Equal(expected.Attributes().Select(a => (a.ToString(), Place(a))), actual.Attributes().Select(a => (a.ToString(), Place(a))));
        if (!withChildren) return;
        Assert.Equal(expected.ToString(SaveOptions.DisableFormatting), actual.ToString(SaveOptions.DisableFormatting));
        Assert.Equal(expected.DescendantNodes().Select(Place), actual.DescendantNodes().Select(Place));
    }

    private static (int, int) Place(XObject node) => (((IXmlLineInfo)node).LineNumber, ((IXmlLineInfo)node).LinePosition);

    [Theory]
    [InlineData("<!DOCTYPE document [<!ENTITY n \"x\">]><document><p>&n;</p></document>")]
    [InlineData("<?xml version=\"1.0\"?><document><p>a</p></document>")]
    [InlineData("<document><?pi x?><p>a</p></document>")]
    [InlineData("<document>texte <p>a</p></document>")]
    [InlineData("<document><![CDATA[x]]><p>a</p></document>")]
    [InlineData("<document xmlns:x=\"urn:x\"><x:p>a</x:p></document>")]
    [InlineData("<document><!-- a -- b --><p>a</p></document>")]
    [InlineData("<document><!-- a ---><p>a</p></document>")]
    [InlineData("<document><p>a</p></document>x")]
    [InlineData("<document><p>a</p></document><document/>")]
    [InlineData("<document><p>a</p></documents>")]
    [InlineData("<document><p>a</p>")]
    [InlineData("<document/>")]
    [InlineData("texte<document><p>a</p></document>")]
    [InlineData("<document><p>a</p><!DOCTYPE x></document>")]
    public void Markup_it_does_not_vouch_for_has_no_outline(string markup) => Assert.Null(MarkupOutline.Read(markup));

    [Fact]
    public void Elements_nested_deeper_than_the_layout_takes_have_no_outline()
    {
        static string Nested(int depth) => "<document>" + string.Concat(Enumerable.Repeat("<box>", depth - 2)) + "<p>a</p>"
            + string.Concat(Enumerable.Repeat("</box>", depth - 2)) + "</document>";
        Assert.NotNull(MarkupOutline.Read(Nested(DocumentMarkup.MaxNesting)));
        Assert.Null(MarkupOutline.Read(Nested(DocumentMarkup.MaxNesting + 1)));
        // Read whole, such markup is refused as it always was, elements built before or not.
        var e = Assert.Throws<DiagnosticException>(() =>
            DocumentMarkup.Parse(new MarkupSource(Nested(DocumentMarkup.MaxNesting + 1), "lettre.hbs") { Elements = new ElementCache() }));
        Assert.Contains("imbriqués", e.Diagnostic.Message);
    }

    [Theory]
    [InlineData("<document>\n<p>a</q>\n</document>", 2)]
    [InlineData("<document>\n<p>a</p>\n<p a=\"1\" a=\"2\">b</p>\n</document>", 3)]
    [InlineData("<document>\n<p>a</p>\n<x:p>b</x:p>\n</document>", 3)]
    [InlineData("<document>\n<p>a &nbsp; b</p>\n</document>", 2)]
    [InlineData("<document format=\"A9\">\n<p>a</p>\n</document>", 1)]
    [InlineData("<document>\n<p>a</p>\n<inconnu/>\n</document>", 3)]
    [InlineData("<lettre>\n<p>a</p>\n</lettre>", 1)]
    public void A_fault_is_named_as_the_whole_markup_names_it_with_or_without_elements_built_before(string markup, int line)
    {
        var cache = new ElementCache();
        DocumentMarkup.Parse(new MarkupSource("<document>\n<p>a</p>\n</document>", "lettre.hbs") { Elements = cache });
        var alone = Assert.Throws<DiagnosticException>(() => DocumentMarkup.Parse(new MarkupSource(markup, "lettre.hbs")));
        var shared = Assert.Throws<DiagnosticException>(() => DocumentMarkup.Parse(new MarkupSource(markup, "lettre.hbs") { Elements = cache }));
        Assert.Equal(alone.Diagnostic, shared.Diagnostic);
        Assert.Equal(line, shared.Diagnostic.Line);
    }
}
