using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;i&gt;</c>: italic text (what Markdown's <c>*…*</c> becomes).</summary>
public static class ItalicInline
{
    public static readonly InlineDefinition Definition = new("i", [], (b, node, _, props) => b.AddChildren(node, props with { Italic = true }));
}
