using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Objecteur.Print.Templating;

/// <summary>
/// Converts the Markdown that volunteers write in YAML (paragraphs, *italic*, **bold**, lists,
/// line breaks) into layout markup by walking Markdig's syntax tree. Raw HTML in content is
/// printed as text, never interpreted, so content cannot inject markup.
/// </summary>
public static class MarkdownToMarkup
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <param name="paragraphAttributes">Extra attributes for each <c>p</c> (already escaped), e.g. <c>class="corps"</c>.</param>
    public static string Convert(string markdown, string paragraphAttributes = "")
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var output = new StringBuilder();
        foreach (var block in document) WriteBlock(block, output, paragraphAttributes);
        return output.ToString();
    }

    private static void WriteBlock(Block block, StringBuilder output, string attributes)
    {
        var space = attributes.Length > 0 ? " " + attributes : "";
        switch (block)
        {
            case ParagraphBlock p:
                output.Append("<p").Append(space).Append('>');
                WriteInlines(p.Inline, output);
                output.Append("</p>\n");
                break;
            case HeadingBlock h:
                var level = Math.Clamp(h.Level, 1, 3);
                output.Append("<h").Append(level).Append('>');
                WriteInlines(h.Inline, output);
                output.Append("</h").Append(level).Append(">\n");
                break;
            case ListBlock list:
                output.Append(list.IsOrdered ? "<list ordered=\"true\">\n" : "<list>\n");
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    output.Append("<item>");
                    foreach (var child in item) WriteBlock(child, output, attributes);
                    output.Append("</item>\n");
                }
                output.Append("</list>\n");
                break;
            case QuoteBlock quote:
                foreach (var child in quote) WriteBlock(child, output, attributes);
                break;
            case LeafBlock leaf:
                // Code blocks, HTML blocks: printed verbatim as text.
                output.Append("<p").Append(space).Append('>').Append(XmlTextEncoder.Escape(leaf.Lines.ToString())).Append("</p>\n");
                break;
            case ContainerBlock container:
                foreach (var child in container) WriteBlock(child, output, attributes);
                break;
        }
    }

    private static void WriteInlines(ContainerInline? container, StringBuilder output)
    {
        if (container is null) return;
        foreach (var inline in container) WriteInline(inline, output);
    }

    private static void WriteInline(Inline inline, StringBuilder output)
    {
        switch (inline)
        {
            case LiteralInline literal:
                output.Append(XmlTextEncoder.Escape(literal.Content.ToString()));
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "b" : "i";
                output.Append('<').Append(tag).Append('>');
                WriteInlines(emphasis, output);
                output.Append("</").Append(tag).Append('>');
                break;
            case LineBreakInline lineBreak:
                output.Append(lineBreak.IsHard ? "<br/>" : " ");
                break;
            case CodeInline code:
                output.Append(XmlTextEncoder.Escape(code.Content));
                break;
            case LinkInline link:
                WriteInlines(link, output);
                if (!string.IsNullOrEmpty(link.Url) && link.FirstChild is LiteralInline text && text.Content.ToString() != link.Url)
                    output.Append(" (").Append(XmlTextEncoder.Escape(link.Url)).Append(')');
                break;
            case AutolinkInline auto:
                output.Append(XmlTextEncoder.Escape(auto.Url));
                break;
            case HtmlInline html:
                output.Append(XmlTextEncoder.Escape(html.Tag));
                break;
            case HtmlEntityInline entity:
                output.Append(XmlTextEncoder.Escape(entity.Transcoded.ToString()));
                break;
            case ContainerInline other:
                WriteInlines(other, output);
                break;
        }
    }
}
