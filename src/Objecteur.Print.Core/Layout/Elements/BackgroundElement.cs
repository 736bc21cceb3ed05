using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;background color/&gt;</c>: paints the whole page it lands on, bleed included, under
/// everything else — a flyer's colour that runs off the edge once trimmed. Takes no room.
/// </summary>
public sealed class BackgroundElement(SourceSpan source, Color color) : Element(source)
{
    public static readonly ElementDefinition Definition = new("background", ["fill"], (b, node, a, _) =>
        new BackgroundElement(b.Span(node), a.Color("fill") ?? throw a.Error(null, "attribut obligatoire « fill » manquant sur <background>", "ajoutez fill=\"#RRVVBB\".")));

    /// <summary>Progress: drawn (once is all there is).</summary>
    public override bool AtStart(ProgressView progress) => !progress.Of<bool>(this);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        progress.Of<bool>(this) ? SpacePlan.Empty : SpacePlan.Full(0, 0);

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        context.AddUnder(new RectItem(context.Media, color, null, 0));
        state.Set(this, true);
    }
}
