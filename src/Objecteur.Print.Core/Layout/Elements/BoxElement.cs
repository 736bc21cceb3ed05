using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;box padding border border-color background width height&gt;</c>: a frame around its
/// content. With a fixed <c>height</c>, content that does not fit is an error naming the box
/// (never silently cut, which is what PDFsharp's text formatter would do).
/// </summary>
public sealed class BoxElement : Element
{
    public static readonly ElementDefinition Definition = new("box", ["padding", "border", "border-color", "background", "width", "height", "align-x"],
        (b, node, a, props) => new BoxElement(b.Span(node), b.Content(node, props), a.Sides("padding") ?? (0, 0, 0, 0),
            a.Length("border") ?? 0, a.Color("border-color") ?? props.Color, a.Color("background"), a.Length("width"), a.Length("height"),
            a.Choice("align-x", ["left", "center", "right"]) ?? "left", b.Source));

    private readonly Element _content;
    private readonly (double Top, double Right, double Bottom, double Left) _padding;
    private readonly double _border;
    private readonly Color _borderColor;
    private readonly Color? _background;
    private readonly double? _width, _height;
    private readonly string _alignX;
    private readonly MarkupSource _markup;

    public BoxElement(SourceSpan source, Element content, (double, double, double, double) padding, double border, Color borderColor,
        Color? background, double? width, double? height, string alignX, MarkupSource markup) : base(source)
    {
        _content = content;
        _padding = padding;
        _border = border;
        _borderColor = borderColor;
        _background = background;
        _width = width;
        _height = height;
        _alignX = alignX;
        _markup = markup;
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
        if (available.Height < Vertical) return SpacePlan.Wrap;
        var plan = _content.Measure(context, progress, new Size(width - Horizontal, available.Height - Vertical));
        return plan.Kind switch
        {
            SpaceKind.Wrap => SpacePlan.Wrap,
            SpaceKind.Empty => SpacePlan.Empty,
            SpaceKind.Partial => SpacePlan.Partial(width, plan.Height + Vertical),
            _ => SpacePlan.Full(width, plan.Height + Vertical),
        };
    }

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
        if (_background is not null || _border > 0)
        {
            var inset = frame.Inflate(-_border / 2);
            context.Add(new RectItem(_border > 0 ? inset : frame, _background, _border > 0 ? _borderColor : null, _border));
        }
        var inner = new Rect(frame.X + _border + _padding.Left, frame.Y + _border + _padding.Top, width - Horizontal, height - Vertical);
        var plan = _content.Measure(context, state, new Size(inner.Width, inner.Height));
        if (plan.Kind is SpaceKind.Full or SpaceKind.Partial)
            _content.Draw(context, state, inner with { Height = plan.Height });
    }

    private DiagnosticException Overflow() => _markup.Error(Source.Line, Source.Column,
        "le contenu ne tient pas dans la boîte de taille fixe <box>",
        "raccourcissez le texte, réduisez la taille des caractères, ou agrandissez la boîte (attribut height).");
}
