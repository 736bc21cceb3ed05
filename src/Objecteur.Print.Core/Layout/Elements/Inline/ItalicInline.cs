using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;i&gt;</c>: emphasised text (what Markdown's <c>*…*</c> becomes), italic unless
/// <c>emphasis="bold"</c> is inherited.</summary>
public static class ItalicInline
{
    public static readonly InlineDefinition Definition = new("i", [], (b, node, _, props) => b.AddChildren(node, props.Emphasised));
}
