using System.Globalization;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;list ordered indent spacing&gt;</c> of <c>&lt;item&gt;</c>: each item's blocks indented,
/// with a bullet (•) or its number set on the baseline of the item's first line.
/// </summary>
public sealed class ListElement : Element
{
    public static readonly ElementDefinition Definition = new("list", ["ordered", "indent", "spacing"], Create);

    /// <summary><c>&lt;item&gt;</c> is only meaningful inside a list; alone it is an error.</summary>
    public static readonly ElementDefinition ItemDefinition = new("item", [], (b, node, _, _) =>
        throw b.Source.Error(b.Span(node).Line, b.Span(node).Column, "<item> hors d'une liste", "placez les <item> dans un <list>."));

    private readonly ColumnElement _items;

    private ListElement(SourceSpan source, ColumnElement items) : base(source) => _items = items;

    public override bool AtStart(ProgressView progress) => _items.AtStart(progress);
    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) => _items.Measure(context, progress, available);
    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        using var list = context.Open(state.Memo, this, StructureKind.List);
        _items.Draw(context, state, area);
    }

    private static Element Create(MarkupBuilder b, System.Xml.Linq.XElement node, AttributeReader a, TextProps props)
    {
        var ordered = a.Bool("ordered") ?? false;
        var indent = a.Length("indent") ?? props.Size * 1.4;
        b.RejectLooseText(node);
        var items = new List<Element>();
        foreach (var child in node.Elements())
        {
            if (child.Name.LocalName != "item")
                throw b.Source.Error(b.Span(child).Line, b.Span(child).Column, $"<{child.Name.LocalName}> dans une liste", "une liste ne contient que des <item>.");
            var itemAttributes = new AttributeReader(child, b.Source, []);
            var itemProps = props.With(itemAttributes);
            var marker = ordered ? (items.Count + 1).ToString(CultureInfo.InvariantCulture) + "." : "•";
            items.Add(new ItemElement(b.Span(child), ItemContent(b, child, itemProps), marker, itemProps.Style, indent));
        }
        return new ListElement(b.Span(node), new ColumnElement(b.Span(node), items, a.Length("spacing") ?? props.Size * 0.3));
    }

    /// <summary>An item holds blocks, or bare text which is read as one paragraph.</summary>
    private static Element ItemContent(MarkupBuilder b, System.Xml.Linq.XElement item, TextProps props)
    {
        var hasBlocks = item.Elements().Any(e => b.Registry.TryGetBlock(e.Name.LocalName, out _));
        if (hasBlocks) return b.Content(item, props);
        var inline = new InlineBuilder(b);
        inline.AddChildren(item, props);
        return new ParagraphElement(b.Span(item), inline.Pieces, props.Align, StructureKind.Paragraph);
    }

    /// <summary>One list item: marker in the indent, content beside it.</summary>
    private sealed class ItemElement(SourceSpan source, Element content, string marker, TextStyle style, double indent) : Element(source)
    {
        private const int LabelPart = 1;
        private const int BodyPart = 2;

        public override bool AtStart(ProgressView progress) => content.AtStart(progress);

        public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available)
        {
            var plan = content.Measure(context, progress, available with { Width = available.Width - indent });
            return plan with { Width = plan.Width + indent };
        }

        public override void Draw(LayoutContext context, LayoutState state, Rect area)
        {
            var first = content.AtStart(state);
            using var item = context.Open(state.Memo, this, StructureKind.ListItem);
            // The label is read before the body though drawn after it: its node is made first.
            if (first) context.Open(state.Memo, this, StructureKind.Label, LabelPart).Dispose();
            var before = context.Items.Count;
            using (context.Open(state.Memo, this, StructureKind.ListBody, BodyPart))
                content.Draw(context, state, new Rect(area.X + indent, area.Y, area.Width - indent, area.Height));
            if (!first) return;
            // Sit the marker on the baseline of the first line the content drew.
            var baseline = context.Items.Skip(before).OfType<TextItem>().FirstOrDefault()?.Baseline
                ?? area.Y + style.Size * style.LineHeight * 0.8;
            var width = style.Face.Measure(marker, style.Size);
            using var label = context.Open(state.Memo, this, StructureKind.Label, LabelPart);
            context.AddText(area.X + indent - width - style.Size * 0.4, baseline, width, marker, style.Face, style.Size, style.Color);
        }
    }
}
