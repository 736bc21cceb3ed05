using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Objecteur.Print.Content;

/// <summary>A point in an icon's own coordinates (its SVG viewBox, y downwards).</summary>
public readonly record struct IconPoint(double X, double Y);

/// <summary>One piece of a figure ending at <see cref="End"/>: a straight line when it has no
/// control points, else a cubic Bézier curve.</summary>
public sealed record IconSegment(IconPoint? Control1, IconPoint? Control2, IconPoint End)
{
    public static IconSegment Line(IconPoint end) => new(null, null, end);
    public static IconSegment Curve(IconPoint c1, IconPoint c2, IconPoint end) => new(c1, c2, end);
}

/// <summary>A connected run of segments from <see cref="Start"/>, closed or open.</summary>
public sealed record IconFigure(IconPoint Start, IReadOnlyList<IconSegment> Segments, bool Closed);

/// <summary>One SVG shape: its figures, whether they are stroked and/or filled, and the stroke
/// width in viewBox units.</summary>
public sealed record IconShape(IReadOnlyList<IconFigure> Figures, bool Stroked, bool Filled, double StrokeWidth);

/// <summary>
/// A pictogram read from an SVG file of the kit (for instance a Tabler icon): its viewBox and its
/// shapes, every one reduced to lines and cubic curves so that Layout and Render need to know
/// nothing of SVG. A pictogram is one colour: any paint other than <c>none</c> (usually
/// <c>currentColor</c>) is drawn in the colour the markup gives. Supported: <c>path</c> (all
/// commands, arcs included), <c>line</c>, <c>polyline</c>, <c>polygon</c>, <c>rect</c>,
/// <c>circle</c>, <c>ellipse</c>, nested <c>g</c>; a <c>transform</c> is refused rather than
/// drawn wrong.
/// </summary>
public sealed record VectorIcon(double ViewX, double ViewY, double ViewWidth, double ViewHeight, bool RoundCaps, bool RoundJoins, IReadOnlyList<IconShape> Shapes)
{
    /// <summary>An icon is a few kilobytes; a bigger file is not a pictogram.</summary>
    public const int MaxBytes = 256 * 1024;

    private const int MaxDepth = 16;

    /// <summary>Reads an SVG file, or throws <see cref="UnreadableIconException"/> with what is wrong.</summary>
    public static VectorIcon Parse(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new UnreadableIconException($"fichier SVG de {bytes.Length / 1024} Ko", $"un pictogramme fait quelques Ko : {MaxBytes / 1024} Ko au plus.");
        XElement root;
        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw new UnreadableIconException($"fichier SVG illisible (ligne {e.LineNumber}, colonne {e.LinePosition})", "enregistrez l'icône en SVG (texte XML), par exemple depuis Tabler Icons.");
        }
        if (root.Name.LocalName != "svg")
            throw new UnreadableIconException($"ce fichier n'est pas un SVG (balise racine « {root.Name.LocalName} »)", "donnez un fichier .svg qui commence par <svg>.");
        var (vx, vy, vw, vh) = ViewBox(root);
        var paint = Paint.Root(root);
        var shapes = new List<IconShape>();
        Collect(root, paint, shapes, 0);
        if (shapes.Count == 0)
            throw new UnreadableIconException("le SVG ne dessine rien", "un pictogramme doit contenir au moins un tracé visible (path, line, circle…).");
        return new VectorIcon(vx, vy, vw, vh, paint.Cap == "round", paint.Join == "round", shapes);
    }

    private static (double, double, double, double) ViewBox(XElement root)
    {
        if (root.Attribute("viewBox")?.Value is { } box)
        {
            var n = Numbers(box);
            if (n.Count == 4 && n[2] > 0 && n[3] > 0) return (n[0], n[1], n[2], n[3]);
            throw new UnreadableIconException($"viewBox « {box} » invalide", "écrivez quatre nombres : x y largeur hauteur, par exemple « 0 0 24 24 ».");
        }
        var w = Number(root.Attribute("width")?.Value);
        var h = Number(root.Attribute("height")?.Value);
        if (w is > 0 && h is > 0) return (0, 0, w.Value, h.Value);
        throw new UnreadableIconException("le SVG n'a ni viewBox ni largeur et hauteur", "ajoutez viewBox=\"0 0 24 24\" (ou la taille de l'icône) à la balise <svg>.");
    }

    private static void Collect(XElement parent, Paint inherited, List<IconShape> shapes, int depth)
    {
        if (depth > MaxDepth)
            throw new UnreadableIconException($"groupes imbriqués sur plus de {MaxDepth} niveaux", "un pictogramme n'a que quelques groupes <g>.");
        foreach (var e in parent.Elements())
        {
            if (e.Attribute("transform") is not null)
                throw new UnreadableIconException($"<{e.Name.LocalName}> a un attribut transform, non pris en charge", "exportez l'icône avec ses tracés aplatis (sans transform), comme le sont les icônes Tabler.");
            var paint = inherited.With(e);
            if (e.Name.LocalName == "g") { Collect(e, paint, shapes, depth + 1); continue; }
            IReadOnlyList<IconFigure> figures = e.Name.LocalName switch
            {
                "path" => SvgPathData.Parse(e.Attribute("d")?.Value ?? ""),
                "line" => [Open(P(e, "x1", "y1"), P(e, "x2", "y2"))],
                "polyline" => Poly(e, closed: false),
                "polygon" => Poly(e, closed: true),
                "rect" => Rect(e),
                "circle" => [Ellipse(A(e, "cx"), A(e, "cy"), A(e, "r"), A(e, "r"))],
                "ellipse" => [Ellipse(A(e, "cx"), A(e, "cy"), A(e, "rx"), A(e, "ry"))],
                _ => [],
            };
            if (figures.Count > 0 && (paint.Stroked || paint.Filled))
                shapes.Add(new IconShape(figures, paint.Stroked, paint.Filled, paint.Width));
        }
    }

    private static IconFigure Open(IconPoint a, IconPoint b) => new(a, [IconSegment.Line(b)], false);

    private static IReadOnlyList<IconFigure> Poly(XElement e, bool closed)
    {
        var n = Numbers(e.Attribute("points")?.Value ?? "");
        if (n.Count < 4 || n.Count % 2 != 0) return [];
        var points = Enumerable.Range(0, n.Count / 2).Select(i => new IconPoint(n[2 * i], n[2 * i + 1])).ToList();
        return [new IconFigure(points[0], points.Skip(1).Select(IconSegment.Line).ToList(), closed)];
    }

    private static IReadOnlyList<IconFigure> Rect(XElement e)
    {
        var (x, y, w, h) = (Number(e.Attribute("x")?.Value) ?? 0, Number(e.Attribute("y")?.Value) ?? 0, A(e, "width"), A(e, "height"));
        if (w <= 0 || h <= 0) return [];
        var rx = Number(e.Attribute("rx")?.Value) ?? Number(e.Attribute("ry")?.Value) ?? 0;
        var ry = Number(e.Attribute("ry")?.Value) ?? rx;
        rx = Math.Min(rx, w / 2);
        ry = Math.Min(ry, h / 2);
        if (rx <= 0 || ry <= 0)
            return [new IconFigure(new(x, y), [IconSegment.Line(new(x + w, y)), IconSegment.Line(new(x + w, y + h)), IconSegment.Line(new(x, y + h))], true)];
        var d = string.Create(CultureInfo.InvariantCulture,
            $"M{x + rx} {y}H{x + w - rx}A{rx} {ry} 0 0 1 {x + w} {y + ry}V{y + h - ry}A{rx} {ry} 0 0 1 {x + w - rx} {y + h}H{x + rx}A{rx} {ry} 0 0 1 {x} {y + h - ry}V{y + ry}A{rx} {ry} 0 0 1 {x + rx} {y}Z");
        return SvgPathData.Parse(d);
    }

    private static IconFigure Ellipse(double cx, double cy, double rx, double ry)
    {
        var d = string.Create(CultureInfo.InvariantCulture, $"M{cx - rx} {cy}A{rx} {ry} 0 1 0 {cx + rx} {cy}A{rx} {ry} 0 1 0 {cx - rx} {cy}Z");
        return SvgPathData.Parse(d)[0];
    }

    private static IconPoint P(XElement e, string x, string y) => new(Number(e.Attribute(x)?.Value) ?? 0, Number(e.Attribute(y)?.Value) ?? 0);

    private static double A(XElement e, string name) => Number(e.Attribute(name)?.Value) ?? 0;

    private static double? Number(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        if (t.EndsWith("px", StringComparison.Ordinal)) t = t[..^2];
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
    }

    private static List<double> Numbers(string text) =>
        text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .Where(double.IsFinite).ToList();

    /// <summary>The SVG presentation attributes that matter to a one-colour pictogram, inherited
    /// from <c>svg</c> and <c>g</c> as SVG does.</summary>
    private sealed record Paint(bool Stroked, bool Filled, double Width, string Cap, string Join)
    {
        public static Paint Root(XElement svg) => new Paint(false, true, 1, "butt", "miter").With(svg);

        public Paint With(XElement e) => new(
            e.Attribute("stroke")?.Value is { } s ? s.Trim() != "none" : Stroked,
            e.Attribute("fill")?.Value is { } f ? f.Trim() != "none" : Filled,
            Number(e.Attribute("stroke-width")?.Value) is { } w and > 0 ? w : Width,
            e.Attribute("stroke-linecap")?.Value ?? Cap,
            e.Attribute("stroke-linejoin")?.Value ?? Join);
    }
}

/// <summary>An SVG file that cannot be drawn as a pictogram, with what to do about it.</summary>
public sealed class UnreadableIconException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
