using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;page-number/&gt;</c>: the number of the page the paragraph lands on.</summary>
public static class PageNumberInline
{
    public static readonly InlineDefinition Definition = new("page-number", [], (b, _, _, props) => b.AddPageNumber(props));
}
