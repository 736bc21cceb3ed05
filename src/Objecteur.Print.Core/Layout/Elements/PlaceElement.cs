using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;place x y width height&gt;</c>: content at an exact position, measured from the top-left
/// corner of the finished page (trim box) in mm — for the address that must show in an envelope
/// window. It takes no room in the flow; content that does not fit its area is an error.
/// </summary>
/// <param name="text">The text inside, to name the value that does not fit (a sender's address
/// comes from their file, not from the template).</param>
public sealed class PlaceElement(SourceSpan source, Element content, double x, double y, double width, double height, string text) : Element(source)
{
    public static readonly ElementDefinition Definition = new("place", ["x", "y", "height"], (b, node, a, props) =>
    {
        double Required(string name) => a.Length(name) ?? throw a.Error(null, $"attribut obligatoire « {name} » manquant sur <place>", $"ajoutez {name}=\"…mm\".");
        return new PlaceElement(b.Span(node), b.Content(node, props), Required("x"), Required("y"), Required("width"), Required("height"), node.Value);
    });

    /// <summary>Progress: drawn (once is all there is).</summary>
    public override bool AtStart(ProgressView progress) => !progress.Of<bool>(this);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        progress.Of<bool>(this) ? SpacePlan.Empty : SpacePlan.Full(0, 0);

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var target = new Rect(context.Trim.X + x, context.Trim.Y + y, width, height);
        var plan = content.Measure(context, state, new Size(width, height));
        if (!plan.Fits)
            throw new LayoutFault(Source, "le contenu ne tient pas dans la zone <place>",
                "raccourcissez le texte ou agrandissez la zone (width, height).", text);
        content.Draw(context, state, target with { Height = plan.Height });
        state.Set(this, true);
    }
}
