using System.Text.RegularExpressions;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout;

/// <summary>
/// A document laid out without bleed, given one: what laying out its markup again with a
/// <c>bleed</c> on <c>&lt;document&gt;</c> gives, without laying it out again. The Paginator places
/// everything from the trim box, which a bleed only moves; a <c>&lt;background&gt;</c> alone paints
/// the whole sheet, bleed included. A booklet's copy for a print shop was laid out a second time
/// for its bleed alone: a sixth of the booklet's time.
/// </summary>
public static partial class BleedAround
{
    /// <summary>The bleed <paramref name="bled"/> adds to <paramref name="plain"/>, in points, when
    /// the two markups differ in nothing else and <paramref name="plain"/> has none; null otherwise.</summary>
    public static double? Added(string plain, string bled)
    {
        if (Bleed(plain) is not { } without || Bleed(bled) is not { } with) return null;
        if (without.Value.Trim().Length > 0 && AttributeReader.ParseLength(without.Value) != 0) return null;
        if (AttributeReader.ParseLength(with.Value) is not { } bleed || bleed <= 0) return null;
        var same = plain.AsSpan(0, without.Index).SequenceEqual(bled.AsSpan(0, with.Index))
            && plain.AsSpan(without.Index + without.Length).SequenceEqual(bled.AsSpan(with.Index + with.Length));
        return same ? bleed : null;
    }

    /// <summary>The value of the <c>bleed</c> attribute of the document's start tag.</summary>
    private static Group? Bleed(string markup)
    {
        var start = markup.IndexOf("<document", StringComparison.Ordinal);
        if (start < 0 || markup.IndexOf('>', start) is var end && end < 0) return null;
        var match = BleedAttribute().Match(markup, start, end - start);
        return match.Success ? match.Groups["value"] : null;
    }

    [GeneratedRegex("\\sbleed=\"(?<value>[^\"]*)\"")]
    private static partial Regex BleedAttribute();

    /// <summary><paramref name="document"/> laid out with <paramref name="bleed"/> points of bleed
    /// around each page, as the Paginator lays it out (trim box, bleed box, the sheet's backgrounds).</summary>
    public static LayoutDocument Add(LayoutDocument document, double bleed) =>
        document with { Pages = [.. document.Pages.Select(page => Page(page, bleed))] };

    private static PageFrame Page(PageFrame page, double b)
    {
        if (page.TrimBox is not null || page.BleedBox is not null) throw new ArgumentException("the page has a bleed already", nameof(page));
        var sheet = new Rect(0, 0, page.Width, page.Height);
        var media = new Rect(0, 0, page.Width + 2 * b, page.Height + 2 * b);
        return new PageFrame(media.Width, media.Height, [.. page.Items.Select(item => Moved(item, b, sheet, media))], new Rect(b, b, page.Width, page.Height), media);
    }

    private static FrameItem Moved(FrameItem item, double b, Rect sheet, Rect media) => item switch
    {
        RectItem { Artifact: ArtifactKind.Background } r when r.Bounds == sheet => r with { Bounds = media },
        RectItem r => r with { Bounds = Shift(r.Bounds, b) },
        TextItem t => t with { X = t.X + b, Baseline = t.Baseline + b },
        LineItem l => l with { X1 = l.X1 + b, Y1 = l.Y1 + b, X2 = l.X2 + b, Y2 = l.Y2 + b },
        EllipseItem e => e with { Bounds = Shift(e.Bounds, b) },
        ImageItem i => i with { Bounds = Shift(i.Bounds, b) },
        PdfPageItem p => p with { Bounds = Shift(p.Bounds, b) },
        PathItem p => p with
        {
            Figures = [.. p.Figures.Select(f => f with
            {
                X = f.X + b, Y = f.Y + b,
                Segments = [.. f.Segments.Select(s => s with { X1 = s.X1 + b, Y1 = s.Y1 + b, X2 = s.X2 + b, Y2 = s.Y2 + b, X = s.X + b, Y = s.Y + b })],
            })],
        },
        _ => throw new NotSupportedException(item.GetType().Name),
    };

    private static Rect Shift(Rect r, double b) => r with { X = r.X + b, Y = r.Y + b };
}
