using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary><c>&lt;spacer height&gt;</c>: empty vertical space; dropped when it would start a page.</summary>
public sealed class SpacerElement(SourceSpan source, double height) : Element(source)
{
    public static readonly ElementDefinition Definition = new("spacer", ["height"],
        (b, node, a, _) => new SpacerElement(b.Span(node), a.Length("height") ?? throw a.Error(null, "attribut obligatoire « height » manquant sur <spacer>", "ajoutez height=\"5mm\".")));

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        SpacePlan.Full(0, Math.Min(height, available.Height));

    public override void Draw(LayoutContext context, LayoutState state, Rect area) { }
}
