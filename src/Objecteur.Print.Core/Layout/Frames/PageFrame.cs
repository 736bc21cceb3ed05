namespace Objecteur.Print.Layout.Frames;

/// <summary>A laid-out page: its media size and everything drawn on it, in drawing order.
/// <see cref="TrimBox"/> and <see cref="BleedBox"/> are set when the document has a bleed.</summary>
public sealed record PageFrame(double Width, double Height, IReadOnlyList<FrameItem> Items, Rect? TrimBox = null, Rect? BleedBox = null);

/// <summary>A bookmark of the PDF reader's side panel: a titled mark and the 1-based page it fell on.</summary>
public sealed record OutlineEntry(string Title, int Page);

/// <summary>The output of the Layout stage: pages of boxes plus the metadata Render writes,
/// with the <see cref="Outline"/> that the document's titled marks make.</summary>
/// <param name="Marks">The 1-based page each <c>&lt;mark id&gt;</c> fell on, by id: where a
/// letter ends and its guide begins, for the Press.</param>
public sealed record LayoutDocument(string Title, string Subject, string Language, IReadOnlyList<PageFrame> Pages, IReadOnlyList<OutlineEntry> Outline,
    IReadOnlyDictionary<string, int>? Marks = null)
{
    /// <summary>The page <paramref name="mark"/> fell on, or null when there is no such mark.</summary>
    public int? PageOf(string mark) => Marks is not null && Marks.TryGetValue(mark, out var page) ? page : null;
}
