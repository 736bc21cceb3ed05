using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;page-number/&gt;</c>: the number of the page the paragraph lands on.</summary>
public static class PageNumberInline
{
    public static readonly InlineDefinition Definition = new("page-number", [], (b, _, _, props) => b.AddField(PageField.PageNumber, props));
}

/// <summary><c>&lt;page-count/&gt;</c>: how many pages the document has (« page 3 / 28 »).</summary>
public static class PageCountInline
{
    public static readonly InlineDefinition Definition = new("page-count", [], (b, _, _, props) => b.AddField(PageField.PageCount, props));
}

/// <summary><c>&lt;page-ref to="id"/&gt;</c>: the page where <c>&lt;mark id="id"/&gt;</c> landed,
/// for a table of contents. Pages are laid out again until every reference is right.</summary>
public static class PageRefInline
{
    public static readonly InlineDefinition Definition = new("page-ref", ["to"], (b, node, a, props) =>
        b.AddPageRef(node, a.RequiredText("to"), props));
}

/// <summary><c>&lt;running-title/&gt;</c>: in a header or footer, the title of the last
/// <c>&lt;mark title&gt;</c> up to this page (the current chapter).</summary>
public static class RunningTitleInline
{
    public static readonly InlineDefinition Definition = new("running-title", [], (b, _, _, props) => b.AddField(PageField.RunningTitle, props));
}
