using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// A paragraph or heading (<c>p</c>, <c>h1</c>–<c>h3</c>): runs broken into lines, split across
/// pages line by line with at least two lines on each side of a break (no widow, no orphan), and
/// not after a hyphenated line when another split keeps that rule (TeX's <c>\brokenpenalty</c>:
/// a word cut across a page turn is the hardest to read). Headings are never hyphenated, break
/// at spaces only and have balanced lines.
/// </summary>
public sealed class ParagraphElement : Element
{
    private const int MinLinesAtBreak = 2;

    public static readonly ElementDefinition Paragraph = new("p", [], (b, node, _, props) => Create(b, node, props, StructureKind.Paragraph));
    public static readonly ElementDefinition Heading1 = Heading("h1", 1.9, StructureKind.Heading1);
    public static readonly ElementDefinition Heading2 = Heading("h2", 1.45, StructureKind.Heading2);
    public static readonly ElementDefinition Heading3 = Heading("h3", 1.15, StructureKind.Heading3);

    private readonly IReadOnlyList<InlinePiece> _pieces;
    private readonly TextAlign _align;
    private readonly bool _hasFields;
    private readonly StructureKind _kind;

    public ParagraphElement(SourceSpan source, IReadOnlyList<InlinePiece> pieces, TextAlign align, StructureKind kind) : base(source)
    {
        _pieces = pieces;
        _align = align;
        _kind = kind;
        _hasFields = pieces.Any(p => p.Field != PageField.None);
    }

    /// <summary>Progress: how many lines are drawn.</summary>
    public override bool AtStart(ProgressView progress) => progress.Of<int>(this) == 0;

    /// <summary>The lines at the last width, alignment and page fields asked for, memoised for the pass.</summary>
    private sealed record BrokenLines(double Width, TextAlign Align, string? Fields, IReadOnlyList<LineBox> Lines);

    /// <summary>The lines this paragraph breaks into at a given width, on this page.</summary>
    private IReadOnlyList<LineBox> Lines(LayoutContext context, LayoutMemo memo, double width)
    {
        // Page fields (page number, references) change from page to page and pass to pass, and
        // so does the outer side.
        var align = _align != TextAlign.Outside ? _align : context.PageNumber % 2 == 1 ? TextAlign.Right : TextAlign.Left;
        // Asked for at every measure and draw: nothing is made to find the lines already broken.
        var fields = _hasFields ? string.Join("\u0001", _pieces.Where(p => p.Field != PageField.None).Select(context.Resolve)) : null;
        if (memo.Find<BrokenLines>(this) is { } c && Math.Abs(c.Width - width) < 1e-9 && c.Align == align && c.Fields == fields)
            return c.Lines;
        var runs = _pieces.Select(p => new StyledRun(context.Resolve(p), p.Style)).Where(r => r.Text.Length > 0).ToList();
        var heading = _kind is StructureKind.Heading1 or StructureKind.Heading2 or StructureKind.Heading3;
        var hyphenator = !heading && _pieces.Any(p => p.Style.Hyphenate) ? Hyphenator.French : null;
        var options = new BreakOptions(align, hyphenator, SpacesOnly: heading, Balanced: heading);
        var lines = runs.Count == 0 ? [] : LineBreaker.Break(runs, width, options);
        return memo.Keep(this, new BrokenLines(width, align, fields, lines)).Lines;
    }

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var lines = Lines(context, progress.Memo, available.Width);
        var next = progress.Of<int>(this);
        if (next >= lines.Count) return next == 0 && lines.Count == 0 ? SpacePlan.Full(available.Width, 0) : SpacePlan.Empty;
        var (count, height) = Fit(lines, next, available.Height);
        if (count == 0) return SpacePlan.Wrap;
        return next + count == lines.Count ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var lines = Lines(context, state.Memo, area.Width);
        var next = state.Get<int>(this);
        var (count, _) = Fit(lines, next, area.Height);
        // One block for all its lines, on this page and the next.
        using var block = context.Open(state.Memo, this, _kind);
        var y = area.Y;
        for (var i = next; i < next + count; i++)
        {
            var line = lines[i];
            var baseline = y + Baseline(line);
            foreach (var f in line.Fragments)
                context.AddText(area.X + f.X, baseline, f.Width, f.Text, f.Style.Face, f.Style.Size, f.Style.Color);
            y += line.Height;
        }
        state.Set(this, next + count);
    }

    /// <summary>Baseline offset from the line's top: half the leading above the ascent, as CSS does.</summary>
    public static double Baseline(LineBox line) => (line.Height - line.Ascent - line.Descent) / 2 + line.Ascent;

    /// <summary>How many of the remaining lines go in <paramref name="height"/>, honouring the
    /// widow/orphan rule: a split leaves at least two lines on each side, or moves the paragraph;
    /// and it ends on the last line before that does not end with a hyphen, or moves a paragraph
    /// that only its first two lines would start (as a paragraph of three lines moves).</summary>
    private static (int Count, double Height) Fit(IReadOnlyList<LineBox> lines, int next, double height)
    {
        var remaining = lines.Count - next;
        var count = 0;
        double used = 0;
        while (count < remaining && used + lines[next + count].Height <= height + 1e-6)
            used += lines[next + count++].Height;
        if (count < remaining && remaining >= 2 * MinLinesAtBreak)
        {
            count = Math.Min(count, remaining - MinLinesAtBreak);
            // TeX's \brokenpenalty. Measuring a split twice (measure, then draw in the measured
            // height) must give one count: hence the last line that does not end on a hyphen,
            // whatever the line after it.
            while (count > MinLinesAtBreak && lines[next + count - 1].EndsWithHyphen) count--;
            if (count == MinLinesAtBreak && next == 0 && lines[next + count - 1].EndsWithHyphen) count = 0;
            if (count < MinLinesAtBreak) count = 0;
        }
        else if (count < remaining && remaining > 1)
            count = 0;
        used = 0;
        for (var i = 0; i < count; i++) used += lines[next + i].Height;
        return (count, used);
    }

    private static ParagraphElement Create(MarkupBuilder builder, System.Xml.Linq.XElement node, TextProps props, StructureKind kind)
    {
        var inline = new InlineBuilder(builder);
        inline.AddChildren(node, props);
        return new ParagraphElement(builder.Span(node), inline.Pieces, props.Align, kind);
    }

    private static ElementDefinition Heading(string name, double scale, StructureKind kind) =>
        new(name, [], (b, node, a, props) =>
        {
            var heading = props with { Size = a.Points("size") ?? props.Size * scale, Bold = a.Choice("weight", ["normal", "bold"]) is not "normal", Hyphenate = false, Leading = a.Number("leading") ?? 1.15 };
            var element = Create(b, node, heading, kind);
            element.SpaceBefore = heading.Size * 0.8;
            element.SpaceAfter = heading.Size * 0.35;
            element.KeepWithNext = true;
            return element;
        });
}
