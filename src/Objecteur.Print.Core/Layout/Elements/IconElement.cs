using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;icon src size alt&gt;</c>: a pictogram from an SVG file of the kit, drawn as vectors at
/// <c>size</c> (the longer side of its viewBox) in the inherited text colour. An icon with
/// <c>alt</c> is a figure a screen reader announces; without, a decoration. The file is read
/// when the markup is parsed, so a missing or broken icon is reported before anything is drawn.
/// </summary>
public sealed class IconElement(SourceSpan source, VectorIcon icon, double size, Color color, string alt) : Element(source)
{
    public static readonly ElementDefinition Definition = new("icon", ["src", "size", "alt"], Create);

    private double Scale => size / Math.Max(icon.ViewWidth, icon.ViewHeight);

    private (double W, double H) Box => (icon.ViewWidth * Scale, icon.ViewHeight * Scale);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var (w, h) = Box;
        return w <= available.Width + 1e-6 && h <= available.Height + 1e-6 ? SpacePlan.Full(w, h) : SpacePlan.Wrap;
    }

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var scale = Scale;
        (double X, double Y) Map(IconPoint p) => (area.X + (p.X - icon.ViewX) * scale, area.Y + (p.Y - icon.ViewY) * scale);
        // An icon with alt text is one figure however many shapes draw it; without, a decoration.
        using var figure = alt.Length > 0 ? context.Open(state.Memo, this, StructureKind.Figure, altText: alt) : default;
        foreach (var shape in icon.Shapes)
        {
            var figures = shape.Figures.Select(f =>
            {
                var (x, y) = Map(f.Start);
                return new PathFigure(x, y, f.Segments.Select(s =>
                {
                    var (ex, ey) = Map(s.End);
                    if (s.Control1 is not { } c1 || s.Control2 is not { } c2) return new PathSegment(ex, ey, ex, ey, ex, ey, false);
                    var (x1, y1) = Map(c1);
                    var (x2, y2) = Map(c2);
                    return new PathSegment(x1, y1, x2, y2, ex, ey, true);
                }).ToList(), f.Closed);
            }).ToList();
            context.Add(new PathItem(figures, shape.Filled ? color : null, shape.Stroked ? color : null, shape.StrokeWidth * scale,
                icon.RoundCaps, icon.RoundJoins, alt));
        }
    }

    private static Element Create(MarkupBuilder b, System.Xml.Linq.XElement node, AttributeReader a, TextProps props)
    {
        var src = a.RequiredText("src");
        var bytes = b.KitFile(node, a, src, $"pictogramme « {src} » introuvable", $"placez le fichier SVG dans {b.Source.ResourceDirectory} ou corrigez le chemin (relatif au dossier content/).");
        VectorIcon icon;
        try
        {
            icon = VectorIcon.Parse(bytes);
        }
        catch (UnreadableIconException e)
        {
            throw a.Error(node.Attribute("src"), $"pictogramme « {src} » : {e.Message}", e.Hint);
        }
        var size = a.Length("size") ?? throw a.Error(null, "<icon> sans taille", "donnez size=\"…\", par exemple size=\"12mm\".");
        if (size <= 0) throw a.Error(node.Attribute("size"), "taille de pictogramme nulle ou négative", "donnez une taille positive, par exemple size=\"12mm\".");
        return new IconElement(b.Span(node), icon, size, props.Color, a.Text("alt") ?? "");
    }
}
