using System.Globalization;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>What the previous layout pass learnt about the whole document: its page count and
/// where each <c>&lt;mark id&gt;</c> landed. Empty on the first pass.</summary>
public sealed record PassKnowledge(int PageCount, IReadOnlyDictionary<string, int> Anchors)
{
    public static readonly PassKnowledge None = new(0, new Dictionary<string, int>());
}

/// <summary>
/// What elements see while measuring and drawing: the page being filled (its number, the items
/// and marks drawn so far), the page geometry, for absolutely placed elements, and what the
/// previous pass knew of the whole document, for page references.
/// </summary>
public sealed class LayoutContext
{
    private readonly List<FrameItem> _items = [];
    private readonly List<(string? Title, string? Id)> _marks = [];

    public LayoutContext(int pageNumber, Rect trim, Rect content, PassKnowledge? knowledge = null)
    {
        PageNumber = pageNumber;
        Trim = trim;
        Content = content;
        Knowledge = knowledge ?? PassKnowledge.None;
    }

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; }
    /// <summary>The finished page (inside the bleed), in page coordinates.</summary>
    public Rect Trim { get; }
    /// <summary>The flow area: the trim box less the margins.</summary>
    public Rect Content { get; }
    public PassKnowledge Knowledge { get; }

    /// <summary>Set for headers and footers: the current chapter's title.</summary>
    public string RunningTitle { get; init; } = "";

    public IReadOnlyList<FrameItem> Items => _items;

    /// <summary>The marks drawn on this page, in order.</summary>
    public IReadOnlyList<(string? Title, string? Id)> Marks => _marks;

    public void Add(FrameItem item) => _items.Add(item);

    /// <summary>Adds an item beneath everything drawn so far (a page background).</summary>
    public void AddUnder(FrameItem item) => _items.Insert(0, item);

    /// <summary>The whole sheet: the trim box and its bleed.</summary>
    public Rect Media => new(0, 0, Trim.Right + Trim.X, Trim.Bottom + Trim.Y);

    public void AddMark(string? title, string? id) => _marks.Add((title, id));

    /// <summary>The text of a page field on this page; a stand-in of typical width while the
    /// document's page count or a reference is not known yet (first pass).</summary>
    public string Resolve(InlinePiece piece) => piece.Field switch
    {
        PageField.PageNumber => PageNumber.ToString(CultureInfo.InvariantCulture),
        PageField.PageCount => Knowledge.PageCount > 0 ? Knowledge.PageCount.ToString(CultureInfo.InvariantCulture) : piece.Text,
        PageField.PageOf => Knowledge.Anchors.TryGetValue(piece.Target!, out var page) ? page.ToString(CultureInfo.InvariantCulture) : piece.Text,
        PageField.RunningTitle => RunningTitle,
        _ => piece.Text,
    };
}
