using Objecteur.Print.Layout.Elements;
using Objecteur.Print.Layout.Elements.Inline;

namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// Every markup element the engine knows, in one place (as Markdig gathers its renderers): adding
/// an element is adding one class and one line here. Documented in templates/README.md.
/// </summary>
public sealed class ElementRegistry
{
    public static readonly ElementRegistry Default = new(
        [
            ColumnElement.Definition, RowElement.Definition, BoxElement.Definition,
            ParagraphElement.Paragraph, ParagraphElement.Heading1, ParagraphElement.Heading2, ParagraphElement.Heading3,
            ListElement.Definition, ListElement.ItemDefinition, ImageElement.Definition, IconElement.Definition, RuleElement.Definition,
            ColumnsElement.Definition, CircleElement.Definition, SpacerElement.Definition, PageBreakElement.Definition, PlaceElement.Definition,
            WriteLineElement.Definition, TickBoxElement.Definition, MarkElement.Definition,
            TableElement.Definition, CircleTextElement.Definition, BackgroundElement.Definition, ThumbnailElement.Definition,
        ],
        [
            SpanInline.Definition, BoldInline.Definition, ItalicInline.Definition, BreakInline.Definition,
            PageNumberInline.Definition, PageCountInline.Definition, PageRefInline.Definition, RunningTitleInline.Definition,
        ]);

    private readonly Dictionary<string, ElementDefinition> _blocks;
    private readonly Dictionary<string, InlineDefinition> _inlines;

    public ElementRegistry(IEnumerable<ElementDefinition> blocks, IEnumerable<InlineDefinition> inlines)
    {
        _blocks = blocks.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _inlines = inlines.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public bool TryGetBlock(string name, out ElementDefinition definition) => _blocks.TryGetValue(name, out definition!);
    public bool TryGetInline(string name, out InlineDefinition definition) => _inlines.TryGetValue(name, out definition!);

    public IReadOnlyCollection<string> BlockNames => _blocks.Keys;
    public IReadOnlyCollection<string> InlineNames => _inlines.Keys;
}
