namespace Objecteur.Print.Layout.Frames;

/// <summary>The standard structure types of a tagged PDF (ISO 32000-1 §14.8.4) that layout produces.</summary>
public enum StructureKind
{
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    TableRow,
    TableHeader,
    TableCell,
    Figure,
}

/// <summary>What an artifact is (ISO 32000-1 §14.8.2.2): a running head or page number
/// (<see cref="Pagination"/>), a rule, frame, mark or guide (<see cref="Layout"/>), a page background.</summary>
public enum ArtifactKind
{
    Layout,
    Pagination,
    Background,
}

/// <summary>
/// One block of the logical structure: a paragraph, a list item, a table cell… Items drawn for it,
/// on however many lines, columns and pages, point to the same node, so a paragraph split across a
/// page break is one element. <see cref="Id"/> follows reading order: layout creates nodes in the
/// order it reads the content, whatever order things are drawn in on a page.
/// </summary>
/// <remarks>Compared by identity: two nodes are the same block only if they are the same object.</remarks>
public sealed class StructureNode(int id, StructureKind kind, StructureNode? parent, string altText = "")
{
    public int Id { get; } = id;
    public StructureKind Kind { get; } = kind;
    /// <summary>The enclosing block; null for a block directly under the document.</summary>
    public StructureNode? Parent { get; } = parent;
    /// <summary>What a screen reader says for a figure.</summary>
    public string AltText { get; } = altText;
}
