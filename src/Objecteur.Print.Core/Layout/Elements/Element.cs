using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Elements;

/// <summary>Where an element was written, to name it in errors.</summary>
public sealed record SourceSpan(string Element, int Line, int Column);

/// <summary>
/// A node of the layout tree: an immutable description, laid out as often as needed. Layout is two
/// calls, as in QuestPDF: <see cref="Measure"/> asks how much of what remains fits in a space
/// (reading progress, changing nothing), <see cref="Draw"/> places that much and records in the
/// <see cref="LayoutState"/> where it stopped, so the next page continues from there.
/// </summary>
public abstract class Element
{
    protected Element(SourceSpan source) => Source = source;

    public SourceSpan Source { get; }

    /// <summary>Extra space above this element in a column (dropped at the top of a page).</summary>
    public double SpaceBefore { get; internal set; }
    /// <summary>Extra space below this element in a column.</summary>
    public double SpaceAfter { get; internal set; }
    /// <summary>Keep on the same page as the next element of the column (headings).</summary>
    public bool KeepWithNext { get; internal set; }

    /// <summary>How much of what is left (after <paramref name="progress"/>) fits in
    /// <paramref name="available"/>; adds nothing to <paramref name="context"/>.</summary>
    public abstract SpacePlan Measure(LayoutContext context, ProgressView progress, Size available);

    /// <summary>Draws what fits in <paramref name="area"/> (whose size a previous Measure accepted)
    /// and records in <paramref name="state"/> how far it got.</summary>
    public abstract void Draw(LayoutContext context, LayoutState state, Rect area);

    /// <summary>Nothing of this element has been drawn yet in <paramref name="progress"/>.</summary>
    public virtual bool AtStart(ProgressView progress) => true;
}
