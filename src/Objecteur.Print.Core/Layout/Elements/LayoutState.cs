using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// How far one layout pass has drawn each element, kept apart from the element tree (QuestPDF's
/// GetState/SetState, Typst's per-region work state). The tree stays an immutable description,
/// so the same tree is laid out again with a fresh state — another pass for page references, the
/// running header on every page, a trial of newspaper columns — without re-parsing the markup or
/// re-reading its images.
/// </summary>
/// <remarks>Progress is keyed by element identity: an element reads and writes only its own entry,
/// and an element with no entry has drawn nothing yet. <see cref="Element.Draw"/> writes;
/// <see cref="Element.Measure"/> only gets a <see cref="ProgressView"/>, which cannot.</remarks>
public sealed class LayoutState
{
    private Dictionary<Element, object>? _progress;

    /// <summary>A new pass: nothing drawn, nothing memoised.</summary>
    public LayoutState() : this(new LayoutMemo()) { }

    private LayoutState(LayoutMemo memo) => Memo = memo;

    /// <summary>Results this pass computed once (not progress), shared by every state of the pass.</summary>
    public LayoutMemo Memo { get; }

    /// <summary>A state where nothing is drawn yet, in the same pass: for content laid out from its
    /// start each time (a header on each page, trial columns, a table's repeated header rows).</summary>
    public LayoutState Fresh() => new(Memo);

    /// <summary>The element's progress; <c>default</c> when it has drawn nothing yet.</summary>
    public T Get<T>(Element element) where T : struct =>
        _progress is not null && _progress.TryGetValue(element, out var value) ? (T)value : default;

    /// <summary>Records where the element stopped drawing, for the next page to continue from.</summary>
    public void Set<T>(Element element, T progress) where T : struct =>
        (_progress ??= new Dictionary<Element, object>(ReferenceEqualityComparer.Instance))[element] = progress;

    public static implicit operator ProgressView(LayoutState state) => new(state);
}

/// <summary>What <see cref="Element.Measure"/> sees of a <see cref="LayoutState"/>: progress to
/// read, never to write, so measuring twice gives the same answer and moves nothing on.</summary>
public readonly struct ProgressView(LayoutState state)
{
    /// <summary>The element's progress; <c>default</c> when it has drawn nothing yet.</summary>
    public T Of<T>(Element element) where T : struct => state.Get<T>(element);

    /// <summary>See <see cref="LayoutState.Fresh"/>: a scratch state to try a layout out in.</summary>
    public LayoutState Fresh() => state.Fresh();

    public LayoutMemo Memo => state.Memo;
}

/// <summary>
/// Results worth computing once per pass that are not progress: a paragraph's lines at a width
/// (a function of its text, the width and the page fields it shows), a table's row heights
/// measured from their start, a badge text's size. Filling it changes no answer, which is why
/// Measure may; a new pass starts a new memo, as a re-parsed tree used to start empty caches.
/// </summary>
public sealed class LayoutMemo
{
    // A letter's pass memoises dozens of each: grown from three, the tables were allocated
    // over and over.
    private const int Expected = 128;

    private readonly Dictionary<Element, object> _entries = new(Expected, ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Element Owner, int Part, StructureNode? Parent), StructureNode> _nodes = new(Expected);

    /// <summary>The entry memoised for <paramref name="element"/>, if it is of type <typeparamref name="T"/>.</summary>
    public T? Find<T>(Element element) where T : class => _entries.TryGetValue(element, out var value) ? value as T : null;

    /// <summary>Memoises <paramref name="value"/> for <paramref name="element"/> (one entry each) and returns it.</summary>
    public T Keep<T>(Element element, T value) where T : class
    {
        _entries[element] = value;
        return value;
    }

    /// <summary>The structure node of an element's block in a parent, the same one each time it is
    /// asked for in the pass; a new node is numbered after every node made before it, which is
    /// reading order because layout reads the content in order.</summary>
    public StructureNode Node(Element owner, int part, StructureNode? parent, StructureKind kind, string altText)
    {
        if (_nodes.TryGetValue((owner, part, parent), out var node)) return node;
        node = new StructureNode(_nodes.Count + 1, kind, parent, altText);
        _nodes[(owner, part, parent)] = node;
        return node;
    }
}
