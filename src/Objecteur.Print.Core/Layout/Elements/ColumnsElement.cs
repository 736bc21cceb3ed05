using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;columns count gap balance&gt;</c>: newspaper columns. Content flows down the first
/// column, then the next; with <c>balance="true"</c> (the default) the columns are made as even
/// as the content allows by searching the smallest height at which it fits, as a poster wants.
/// </summary>
public sealed class ColumnsElement(SourceSpan source, Element content, int count, double gap, bool balance) : Element(source)
{
    public static readonly ElementDefinition Definition = new("columns", ["count", "gap", "balance"], (b, node, a, props) =>
        new ColumnsElement(b.Span(node), b.Content(node, props), Math.Max(1, (int)(a.Number("count") ?? 2)),
            a.Length("gap") ?? Units.Mm(6), a.Bool("balance") ?? true));

    public override bool AtStart(ProgressView progress) => content.AtStart(progress);

    private double ColumnWidth(double width) => (width - gap * (count - 1)) / count;

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
    {
        var width = ColumnWidth(available.Width);
        if (Simulate(context, progress, width, available.Height, out var used))
            return SpacePlan.Full(available.Width, balance && content.AtStart(progress) ? Balanced(context, progress, width, available.Height) : used);
        return used > 0 ? SpacePlan.Partial(available.Width, available.Height) : SpacePlan.Wrap;
    }

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        var width = ColumnWidth(area.Width);
        for (var i = 0; i < count; i++)
        {
            var plan = content.Measure(context, state, new Size(width, area.Height));
            if (plan.Kind is SpaceKind.Empty or SpaceKind.Wrap) break;
            content.Draw(context, state, new Rect(area.X + i * (width + gap), area.Y, width, plan.Height));
            if (plan.Kind == SpaceKind.Full) break;
        }
    }

    /// <summary>Lays the rest out in throwaway columns of the given height, on a scratch page
    /// with a fresh state; true when it all fits. Content already begun on an earlier page is
    /// answered from Measure alone.</summary>
    private bool Simulate(LayoutContext context, ProgressView progress, double width, double height, out double used)
    {
        used = 0;
        if (!content.AtStart(progress))
        {
            var plan = content.Measure(context, progress, new Size(width, height));
            used = plan.Kind == SpaceKind.Wrap ? 0 : plan.Height;
            return plan.Fits && count >= 1;
        }
        var scratch = new LayoutContext(context.PageNumber, context.Trim, context.Content) { Trial = true };
        var trial = progress.Fresh();
        var fits = false;
        for (var i = 0; i < count; i++)
        {
            var plan = content.Measure(scratch, trial, new Size(width, height));
            if (plan.Kind is SpaceKind.Empty) { fits = true; break; }
            if (plan.Kind == SpaceKind.Wrap) break;
            used = Math.Max(used, plan.Height);
            if (plan.Kind == SpaceKind.Full) { fits = true; break; }
            content.Draw(scratch, trial, new Rect(0, 0, width, plan.Height));
        }
        return fits;
    }

    /// <summary>Step of the balanced height search, in points.</summary>
    private const double Grid = 0.25;

    /// <summary>Smallest column height at which everything still fits, as a multiple of
    /// <see cref="Grid"/>. Searching on a fixed grid (not bisecting the space offered) makes the
    /// answer the same whatever room is offered, so measuring again in the height this returned
    /// — as the parent does when it draws — gives this height again.</summary>
    private double Balanced(LayoutContext context, ProgressView progress, double width, double max)
    {
        int low = 0, high = (int)Math.Floor(max / Grid);
        if (!Simulate(context, progress, width, high * Grid, out _)) return max;
        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (Simulate(context, progress, width, mid * Grid, out _)) high = mid; else low = mid;
        }
        return high * Grid;
    }
}
