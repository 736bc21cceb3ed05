using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Elements;

/// <summary>Where an element was written, to name it in errors.</summary>
public sealed record SourceSpan(string Element, int Line, int Column);

/// <summary>
/// A node of the layout tree. Layout is two calls, as in QuestPDF: <see cref="Measure"/> asks how
/// much of what remains fits in a space (no side effects), <see cref="Draw"/> places that much and
/// remembers where it stopped, so the next page continues from there.
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

    public abstract SpacePlan Measure(LayoutContext context, Size available);

    /// <summary>Draws what fits in <paramref name="area"/> (whose size a previous Measure accepted).</summary>
    public abstract void Draw(LayoutContext context, Rect area);

    /// <summary>Forgets progress, for content repeated on every page (headers, footers).</summary>
    public virtual void Reset() { }

    /// <summary>Nothing of this element has been drawn yet.</summary>
    public virtual bool AtStart => true;
}
