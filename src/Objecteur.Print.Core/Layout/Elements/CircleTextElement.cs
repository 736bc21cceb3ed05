using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;circle-text diameter min-size name short&gt;…&lt;/circle-text&gt;</c>: a short text set inside a
/// circle (a badge's safe area), centred, each line as wide as the circle's chord at its height.
/// The text starts at its own size and shrinks by half points down to <c>min-size</c>; if it does
/// not fit even then, its shorter form <c>short</c> (a slogan's words for small badges) is set the
/// same way; a text that still does not fit is an error naming the badge, never a text that runs
/// off the pin.
/// </summary>
public sealed class CircleTextElement : Element
{
    public static readonly ElementDefinition Definition = new("circle-text", ["diameter", "min-size", "name", "short"], Create);

    /// <summary>Room kept between a line's ends and the circle, as a share of the line height.</summary>
    private const double Inset = 0.15;

    private readonly IReadOnlyList<InlinePiece> _pieces;
    private readonly IReadOnlyList<InlinePiece>? _short;
    private readonly double _diameter;
    private readonly double _minSize;
    private readonly string _name;

    /// <summary>The size and lines that fit, memoised for the pass (they depend on the text alone).</summary>
    private sealed record Fitted(IReadOnlyList<LineBox> Lines, double LineHeight);

    private CircleTextElement(SourceSpan source, IReadOnlyList<InlinePiece> pieces, IReadOnlyList<InlinePiece>? shorter, double diameter, double minSize, string name)
        : base(source)
    {
        _pieces = pieces;
        _short = shorter;
        _diameter = diameter;
        _minSize = minSize;
        _name = name;
    }

    private static CircleTextElement Create(MarkupBuilder b, System.Xml.Linq.XElement node, AttributeReader a, TextProps props)
    {
        var centred = props with { Align = TextAlign.Center, Hyphenate = false };
        var inline = new InlineBuilder(b);
        inline.AddChildren(node, centred);
        IReadOnlyList<InlinePiece>? shorter = null;
        if (a.Text("short") is { Length: > 0 } text)
        {
            var builder = new InlineBuilder(b);
            builder.AddChildren(new System.Xml.Linq.XElement(node.Name, text), centred);
            shorter = builder.Pieces;
        }
        var diameter = a.Length("diameter") ?? throw a.Error(null, "attribut obligatoire « diameter » manquant sur <circle-text>", "ajoutez diameter=\"54mm\" (le cercle de sécurité du badge).");
        return new CircleTextElement(b.Span(node), inline.Pieces, shorter, diameter, a.Points("min-size") ?? Math.Min(props.Size, 8), a.Text("name") ?? "");
    }

    /// <summary>Progress: drawn (once is all there is).</summary>
    public override bool AtStart(ProgressView progress) => !progress.Of<bool>(this);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        progress.Of<bool>(this) ? SpacePlan.Empty : _diameter <= available.Height + 1e-6 ? SpacePlan.Full(Math.Min(_diameter, available.Width), _diameter) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var (lines, lineHeight) = state.Memo.Find<Fitted>(this) ?? state.Memo.Keep(this, Fit());
        using var paragraph = context.Open(state.Memo, this, StructureKind.Paragraph);
        var radius = _diameter / 2;
        var centreX = area.X + area.Width / 2;
        var top = area.Y + radius - lines.Count * lineHeight / 2;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var left = centreX - line.AvailableWidth / 2;
            var baseline = top + i * lineHeight + (lineHeight - line.Ascent - line.Descent) / 2 + line.Ascent;
            foreach (var f in line.Fragments)
                context.AddText(left + f.X, baseline, f.Width, f.Text, f.Style.Face, f.Style.Size, f.Style.Color);
        }
        state.Set(this, true);
    }

    /// <summary>The text, or else its shorter form, at the largest size, then in the fewest
    /// lines, that keep every line inside its chord without cutting a word.</summary>
    private Fitted Fit() =>
        Fit(_pieces) ?? (_short is null ? null : Fit(_short)) ?? throw new LayoutFault(Source,
            $"le texte du badge{(_name.Length > 0 ? $" « {_name} »" : "")}{(_short is null ? "" : ", même dans sa forme courte,")} ne tient pas dans son cercle de {_diameter / Units.Mm(1):0.#} mm, même en {_minSize:0.#} pt",
            _short is null
                ? "donnez-lui une forme courte pour les petits badges (« court: » dans content/pins), ou coupez-le en lignes avec un retour à la ligne, ou choisissez un badge plus grand (--profil)."
                : "raccourcissez sa forme courte (« court: » dans content/pins), ou choisissez un badge plus grand (--profil).");

    private Fitted? Fit(IReadOnlyList<InlinePiece> pieces)
    {
        var size = pieces.Count == 0 ? 0 : pieces.Max(p => p.Style.Size);
        for (; size >= _minSize - 1e-9; size -= 0.5)
        {
            var scale = size / pieces.Max(p => p.Style.Size);
            var runs = pieces.Select(p => new StyledRun(p.Text, p.Style with { Size = p.Style.Size * scale })).ToList();
            var lineHeight = runs.Max(r => r.Style.Size * r.Style.LineHeight);
            for (var count = 1; count * lineHeight <= _diameter + 1e-9; count++)
            {
                var widths = Chords(count, lineHeight);
                var lines = LineBreaker.Break(runs, i => i < count ? widths[i] : 0, new BreakOptions(TextAlign.Center, null));
                if (lines.Count > count) continue;
                if (lines.Count == count && lines.All(l => l.NaturalWidth <= l.AvailableWidth + 1e-6 && !CutsAWord(l)))
                    return new Fitted(lines, lineHeight);
            }
        }
        return null;
    }

    /// <summary>Width of each of <paramref name="count"/> lines of a block centred in the circle:
    /// the chord at the line's edge farther from the centre, less a small margin.</summary>
    private double[] Chords(int count, double lineHeight)
    {
        var radius = _diameter / 2;
        var top = -count * lineHeight / 2;
        var widths = new double[count];
        for (var i = 0; i < count; i++)
        {
            var far = Math.Max(Math.Abs(top + i * lineHeight), Math.Abs(top + (i + 1) * lineHeight));
            widths[i] = far >= radius ? 0 : 2 * Math.Sqrt(radius * radius - far * far) - 2 * Inset * lineHeight;
        }
        return widths;
    }

    /// <summary>A line that ends inside a word without a hyphen was cut as a last resort.</summary>
    private static bool CutsAWord(LineBox line) =>
        line.EndsInsideWord && !line.EndsWithHyphen && line.Fragments.Count > 0 && !line.Fragments[^1].Text.EndsWith('-');
}
