using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;b&gt;</c>: bold text (what Markdown's <c>**…**</c> becomes).</summary>
public static class BoldInline
{
    public static readonly InlineDefinition Definition = new("b", [], (b, node, _, props) => b.AddChildren(node, props with { Bold = true }));
}
