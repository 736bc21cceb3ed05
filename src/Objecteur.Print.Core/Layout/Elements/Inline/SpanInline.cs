using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;span font size weight style color&gt;</c>: a styled stretch of text.</summary>
public static class SpanInline
{
    public static readonly InlineDefinition Definition = new("span", [], (b, node, _, props) => b.AddChildren(node, props));
}
