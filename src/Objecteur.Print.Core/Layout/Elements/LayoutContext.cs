using System.Globalization;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout.Text;

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
    private readonly Stack<StructureNode> _open = new();
    private ArtifactKind? _artifacts;

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

    /// <summary>Set for a trial layout whose items are thrown away: it makes no structure nodes,
    /// which would otherwise be numbered ahead of blocks that come before them.</summary>
    public bool Trial { get; init; }

    public IReadOnlyList<FrameItem> Items => _items;

    /// <summary>The marks drawn on this page, in order.</summary>
    public IReadOnlyList<(string? Title, string? Id)> Marks => _marks;

    /// <summary>Places an item: content of the innermost open block, or an artifact (decoration,
    /// or anything drawn inside <see cref="AsArtifacts"/>).</summary>
    public void Add(FrameItem item) => _items.Add(Tag(item));

    /// <summary>Adds an item beneath everything drawn so far (a page background).</summary>
    public void AddUnder(FrameItem item) => _items.Insert(0, item with { Node = null, Artifact = ArtifactKind.Background });

    /// <summary>Takes items already placed and tagged on another context (the body of a page).</summary>
    public void AddPlaced(IReadOnlyCollection<FrameItem> items)
    {
        // Room for the header and footer drawn after them, so the page's items are copied once.
        _items.EnsureCapacity(_items.Count + items.Count + 16);
        _items.AddRange(items);
    }

    /// <summary>Places a run of text, as <see cref="Add"/> does, made with its tags at once: a
    /// page places its words by hundreds, and the copy of each that tagging made was an eighth of
    /// what pagination allocated.</summary>
    public void AddText(double x, double baseline, double width, string text, FontFace face, double size, Color color)
    {
        var (node, artifact) = Trial ? (null, default) : Tags(content: true, nameof(TextItem));
        _items.Add(new TextItem(x, baseline, width, text, face, size, color) { Node = node, Artifact = artifact });
    }

    private FrameItem Tag(FrameItem item)
    {
        if (Trial) return item;
        var (node, artifact) = Tags(item.IsContent, item.GetType().Name);
        return item with { Node = node, Artifact = node is null ? artifact : item.Artifact };
    }

    /// <summary>What an item placed now belongs to: the innermost open block for content, else
    /// no block and the kind of artifact it is.</summary>
    private (StructureNode? Node, ArtifactKind Artifact) Tags(bool content, string kind)
    {
        if (_artifacts is { } artifacts) return (null, artifacts);
        if (!content) return (null, ArtifactKind.Layout);
        // Every element that draws text or a described image opens its block first.
        if (!_open.TryPeek(out var node)) throw new InvalidOperationException($"{kind} placed outside any structure block");
        return (node, default);
    }

    /// <summary>Opens the block that <paramref name="owner"/> draws (<paramref name="part"/> tells
    /// apart the blocks of one element: a table's rows, a list item's label and body) inside the
    /// innermost open one, until the scope is disposed. The same owner and part inside the same
    /// parent is the same node on every page of the pass, so a block split by a page break stays one.</summary>
    public BlockScope Open(LayoutMemo memo, Element owner, StructureKind kind, int part = 0, string altText = "")
    {
        // Running heads and repeated table headers are artifacts: they open no block.
        if (_artifacts is not null || Trial) return new BlockScope(this, false);
        _open.Push(memo.Node(owner, part, _open.TryPeek(out var parent) ? parent : null, kind, altText));
        return new BlockScope(this, true);
    }

    /// <summary>Everything added until the scope is disposed is an artifact of that kind.</summary>
    public ArtifactScope AsArtifacts(ArtifactKind kind)
    {
        var outer = _artifacts;
        _artifacts ??= kind;
        return new ArtifactScope(this, outer);
    }

    public readonly struct BlockScope(LayoutContext context, bool pushed) : IDisposable
    {
        public void Dispose()
        {
            if (pushed) context._open.Pop();
        }
    }

    public readonly struct ArtifactScope(LayoutContext context, ArtifactKind? outer) : IDisposable
    {
        public void Dispose() => context._artifacts = outer;
    }

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
