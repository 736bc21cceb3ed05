namespace Objecteur.Print.Layout.Frames;

/// <summary>What a drawn item means to a reader, so Render can write a PDF structure tree
/// (tagged PDF) later. Decorations and print marks are <see cref="Artifact"/>.</summary>
public enum SemanticRole
{
    Artifact,
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    ListItem,
    TableCell,
    Figure,
}
