using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements.Inline;

/// <summary><c>&lt;br/&gt;</c>: a forced line break (address lines).</summary>
public static class BreakInline
{
    public static readonly InlineDefinition Definition = new("br", [], (b, _, _, props) => b.AddBreak(props));
}
