using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// What elements see while measuring and drawing: the page being filled (its number and the
/// items drawn so far) and the page geometry, for absolutely placed elements.
/// </summary>
public sealed class LayoutContext
{
    private readonly List<FrameItem> _items = [];

    public LayoutContext(int pageNumber, Rect trim, Rect content)
    {
        PageNumber = pageNumber;
        Trim = trim;
        Content = content;
    }

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; }
    /// <summary>The finished page (inside the bleed), in page coordinates.</summary>
    public Rect Trim { get; }
    /// <summary>The flow area: the trim box less the margins.</summary>
    public Rect Content { get; }

    public IReadOnlyList<FrameItem> Items => _items;

    public void Add(FrameItem item) => _items.Add(item);
}
