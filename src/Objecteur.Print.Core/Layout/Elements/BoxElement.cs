using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;box padding border border-color background width height&gt;</c>: a frame around its
/// content. With a fixed <c>height</c>, content that does not fit is an error naming the box
/// (never silently cut, which is what PDFsharp's text formatter would do).
/// </summary>
/// <remarks>A box that runs over a page is framed only where it really begins and ends: the part
/// before the page turn has no bottom rule, its continuation no top rule, so the reader sees one
/// box carried over. Its <c>&lt;continued&gt;</c> child (« Agir maintenant (suite) ») opens each
/// continuation, as a pagination artifact: a screen reader reads the box once.</remarks>
public sealed class BoxElement : Element
{
    public static readonly ElementDefinition Definition = new("box", ["padding", "border", "border-color", "background", "width", "height", "align-x"],
        (b, node, a, props) => new BoxElement(b.Span(node), b.ContentBesidesContinued(node, props), b.Continued(node, props), a.Sides("padding") ?? (0, 0, 0, 0),
            a.Length("border") ?? 0, a.Color("border-color") ?? props.Color, a.Color("background"), a.Length("width"), a.Length("height"),
            a.Choice("align-x", ["left", "center", "right"]) ?? "left"));

    private readonly Element _content;
    private readonly Element? _continued;
    private readonly (double Top, double Right, double Bottom, double Left) _padding;
    private readonly double _border;
    private readonly Color _borderColor;
    private readonly Color? _background;
    private readonly double? _width, _height;
    private readonly string _alignX;

    public BoxElement(SourceSpan source, Element content, Element? continued, (double, double, double, double) padding, double border, Color borderColor,
        Color? background, double? width, double? height, string alignX) : base(source)
    {
        _content = content;
        _continued = continued;
        _padding = padding;
        _border = border;
        _borderColor = borderColor;
        _background = background;
        _width = width;
        _height = height;
        _alignX = alignX;
    }

    public override bool AtStart(ProgressView progress) => _content.AtStart(progress);

    private double Horizontal => _padding.Left + _padding.Right + 2 * _border;
    private double Vertical => _padding.Top + _padding.Bottom + 2 * _border;

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var width = Math.Min(_width ?? available.Width, available.Width);
        if (_height is { } h)
        {
            if (h > available.Height + 1e-6) return SpacePlan.Wrap;
            var inner = _content.Measure(context, progress, new Size(width - Horizontal, h - Vertical));
            if (!inner.Fits) throw Overflow();
            return SpacePlan.Full(width, h);
        }
        var label = Label(context, progress, width - Horizontal);
        if (available.Height < Vertical + label) return SpacePlan.Wrap;
        var plan = _content.Measure(context, progress, new Size(width - Horizontal, available.Height - Vertical - label));
        return plan.Kind switch
        {
            SpaceKind.Wrap => SpacePlan.Wrap,
            SpaceKind.Empty => SpacePlan.Empty,
            SpaceKind.Partial => SpacePlan.Partial(width, label + plan.Height + Vertical),
            _ => SpacePlan.Full(width, label + plan.Height + Vertical),
        };
    }

    /// <summary>Height of the « (suite) » label that opens a continuation (0 at the box's start).</summary>
    private double Label(LayoutContext context, ProgressView progress, double width) =>
        _continued is null || _content.AtStart(progress) ? 0 : _continued.Measure(context, progress.Fresh(), new Size(width, 100_000)).Height;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var width = Math.Min(_width ?? area.Width, area.Width);
        var x = _alignX switch
        {
            "center" => area.X + (area.Width - width) / 2,
            "right" => area.Right - width,
            _ => area.X,
        };
        var height = _height ?? area.Height;
        var frame = new Rect(x, area.Y, width, height);
        var inner = new Rect(frame.X + _border + _padding.Left, frame.Y + _border + _padding.Top, width - Horizontal, height - Vertical);
        var begins = _content.AtStart(state);
        var label = Label(context, state, inner.Width);
        var plan = _content.Measure(context, state, new Size(inner.Width, inner.Height - label));
        Frame(context, frame, begins, ends: _height is not null || plan.Kind is not SpaceKind.Partial);
        if (label > 0)
            using (context.AsArtifacts(ArtifactKind.Pagination))
                _continued!.Draw(context, state.Fresh(), inner with { Height = label });
        if (plan.Kind is SpaceKind.Full or SpaceKind.Partial)
            _content.Draw(context, state, inner with { Y = inner.Y + label, Height = plan.Height });
    }

    /// <summary>The background, and the border on the edges where the box really begins and ends.</summary>
    private void Frame(LayoutContext context, Rect frame, bool begins, bool ends)
    {
        if (_background is null && _border <= 0) return;
        var inset = frame.Inflate(-_border / 2);
        if (_border <= 0 || (begins && ends))
        {
            context.Add(new RectItem(_border > 0 ? inset : frame, _background, _border > 0 ? _borderColor : null, _border));
            return;
        }
        if (_background is not null) context.Add(new RectItem(frame, _background, null, 0));
        // The sides run the frame's whole height, so they also fill the outer corners of a closed edge.
        context.Add(new LineItem(inset.X, frame.Y, inset.X, frame.Bottom, _borderColor, _border, []));
        context.Add(new LineItem(inset.Right, frame.Y, inset.Right, frame.Bottom, _borderColor, _border, []));
        if (begins) context.Add(new LineItem(inset.X, inset.Y, inset.Right, inset.Y, _borderColor, _border, []));
        if (ends) context.Add(new LineItem(inset.X, inset.Bottom, inset.Right, inset.Bottom, _borderColor, _border, []));
    }

    private LayoutFault Overflow() => new(Source,
        "le contenu ne tient pas dans la boîte de taille fixe <box>",
        "raccourcissez le texte, réduisez la taille des caractères, ou agrandissez la boîte (attribut height).");
}
