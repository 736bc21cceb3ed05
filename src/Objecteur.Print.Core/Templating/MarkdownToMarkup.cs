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
/// <remarks>
/// <c>{cle}</c> placeholders are swapped for private-use tokens before Markdown sees them, so that
/// a key's underscores cannot turn into emphasis, and swapped back for their printed form while
/// writing the markup.
/// </remarks>
public static class MarkdownToMarkup
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private const char TokenStart = '\uE000', TokenEnd = '\uE001';

    /// <summary>A dotted space to write on, inside a sentence: one « … » (about 2.7 mm at 10 pt, the
    /// width of a handwritten letter) per character of the field's example, in groups that a line
    /// can break between.</summary>
    private static string InlineBlank(int characters)
    {
        const int group = 8, least = 12;
        var dots = Math.Max(least, characters);
        return string.Join(" ", Enumerable.Range(0, (dots + group - 1) / group).Select(i => new string('…', Math.Min(group, dots - i * group))));
    }

    /// <param name="paragraphAttributes">Extra attributes for each <c>p</c> (already escaped), e.g. <c>class="corps"</c>.</param>
    /// <param name="placeholders">What each <c>{cle}</c> prints; without them, braces print as typed.</param>
    public static string Convert(string markdown, string paragraphAttributes = "", IReadOnlyDictionary<string, Placeholder>? placeholders = null)
    {
        var used = new List<Placeholder>();
        if (placeholders is not null)
            markdown = Content.Placeholders.Fill(markdown, key =>
            {
                if (!placeholders.TryGetValue(key, out var placeholder)) return "{" + key + "}";
                used.Add(placeholder);
                return $"{TokenStart}{used.Count - 1}{TokenEnd}";
            });
        // Text that prints no field is the model's own, the same for every row of a merge: its
        // markup is kept. Text with a sender's values is not (their words are never kept).
        var kept = used.Count == 0;
        if (kept && Converted.TryGet((markdown, paragraphAttributes), out var known)) return known;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own bound on nesting, far beyond ours, met inside its inline parser.
            throw TooDeep(markdown.Split('\n').MaxBy(l => l.Length - l.TrimStart().Length) ?? "");
        }
        var output = new StringBuilder();
        var writer = new Writer(output, used, markdown);
        foreach (var block in document) writer.WriteBlock(block, paragraphAttributes);
        return kept ? Converted.Keep((markdown, paragraphAttributes), output.ToString()) : output.ToString();
    }

    private static readonly KeptValues<(string Markdown, string Attributes), string> Converted = new(64);

    /// <summary>Lists nested deeper than this are refused: no reader follows them, and each level
    /// is two more levels of markup.</summary>
    public const int MaxListDepth = 8;

    private static ContentValueException TooDeep(string line) => new(line.Trim(),
        $"listes imbriquées sur plus de {MaxListDepth} niveaux",
        "une liste dans une liste suffit presque toujours : retirez des espaces au début de ces lignes pour les remonter d'un niveau.");

    private sealed class Writer(StringBuilder output, List<Placeholder> placeholders, string markdown)
    {
        private int _lists;

        public void WriteBlock(Block block, string attributes)
        {
            var space = attributes.Length > 0 ? " " + attributes : "";
            switch (block)
            {
                case ParagraphBlock p when BlockPlaceholder(p) is { } placeholder:
                    WritePlaceholderBlock(placeholder, space);
                    break;
                case ParagraphBlock p:
                    output.Append("<p").Append(space).Append('>');
                    WriteInlines(p.Inline);
                    output.Append("</p>\n");
                    break;
                case HeadingBlock h:
                    var level = Math.Clamp(h.Level, 1, 3);
                    output.Append("<h").Append(level).Append('>');
                    WriteInlines(h.Inline);
                    output.Append("</h").Append(level).Append(">\n");
                    break;
                case ListBlock list:
                    if (++_lists > MaxListDepth) throw TooDeep(markdown.Split('\n')[Math.Clamp(list.Line, 0, markdown.Count(c => c == '\n'))]);
                    output.Append(list.IsOrdered ? "<list ordered=\"true\">\n" : "<list>\n");
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        output.Append("<item>");
                        foreach (var child in item) WriteBlock(child, attributes);
                        output.Append("</item>\n");
                    }
                    output.Append("</list>\n");
                    _lists--;
                    break;
                case QuoteBlock quote:
                    foreach (var child in quote) WriteBlock(child, attributes);
                    break;
                case LeafBlock leaf:
                    // Code blocks, HTML blocks: printed verbatim as text.
                    output.Append("<p").Append(space).Append('>').Append(XmlTextEncoder.Escape(leaf.Lines.ToString())).Append("</p>\n");
                    break;
                case ContainerBlock container:
                    foreach (var child in container) WriteBlock(child, attributes);
                    break;
            }
        }

        private void WriteInlines(ContainerInline? container)
        {
            if (container is null) return;
            foreach (var inline in container) WriteInline(inline);
        }

        private void WriteInline(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    WriteText(literal.Content.ToString());
                    break;
                case EmphasisInline emphasis:
                    var tag = emphasis.DelimiterCount >= 2 ? "b" : "i";
                    output.Append('<').Append(tag).Append('>');
                    WriteInlines(emphasis);
                    output.Append("</").Append(tag).Append('>');
                    break;
                case LineBreakInline lineBreak:
                    output.Append(lineBreak.IsHard ? "<br/>" : " ");
                    break;
                case CodeInline code:
                    output.Append(XmlTextEncoder.Escape(code.Content));
                    break;
                case LinkInline link:
                    WriteInlines(link);
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
                    WriteInlines(other);
                    break;
            }
        }

        /// <summary>Text with its placeholder tokens replaced: values escaped, blanks dotted.</summary>
        private void WriteText(string text)
        {
            var start = 0;
            for (var open = text.IndexOf(TokenStart); open >= 0; open = text.IndexOf(TokenStart, start))
            {
                var close = text.IndexOf(TokenEnd, open);
                output.Append(XmlTextEncoder.Escape(text[start..open]));
                var placeholder = placeholders[int.Parse(text.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture)];
                // What the sender typed prints as typed: no quotes turned, no word hyphenated.
                output.Append(placeholder.Value is { } value ? $"<span typography=\"false\" hyphenate=\"false\">{XmlTextEncoder.Escape(string.Join(" ", value))}</span>" : InlineBlank(placeholder.Characters));
                start = close + 1;
            }
            output.Append(XmlTextEncoder.Escape(text[start..]));
        }

        private Placeholder? BlockPlaceholder(ParagraphBlock paragraph)
        {
            var text = string.Concat(paragraph.Inline?.OfType<LiteralInline>().Select(l => l.Content.ToString()) ?? []).Trim();
            if (paragraph.Inline?.All(i => i is LiteralInline) != true || text.Length < 3 || text[0] != TokenStart || text[^1] != TokenEnd) return null;
            var placeholder = placeholders[int.Parse(text.AsSpan(1, text.Length - 2), System.Globalization.CultureInfo.InvariantCulture)];
            return placeholder.Block ? placeholder : null;
        }

        /// <summary>A multi-line value keeps its lines, a chosen option follows its field's label (a
        /// bare option would not say what was chosen); a blank one becomes lines or tick boxes to fill.</summary>
        private void WritePlaceholderBlock(Placeholder placeholder, string space)
        {
            if (placeholder.Value is { } chosen && placeholder.Options.Count > 0)
            {
                output.Append("<p").Append(space).Append('>').Append(XmlTextEncoder.Escape(placeholder.Label)).Append(" : <b>")
                    .Append(XmlTextEncoder.Escape(string.Join(" ", chosen))).Append("</b></p>\n");
                return;
            }
            if (placeholder.Value is { } value)
            {
                output.Append("<p").Append(space).Append('>')
                    .Append(string.Join("<br/>", value.Select(XmlTextEncoder.Escape))).Append("</p>\n");
                return;
            }
            if (placeholder.Options.Count == 0)
            {
                output.Append("<write-line label=\"").Append(XmlTextEncoder.Escape(placeholder.Label))
                    .Append("\" lines=\"").Append(placeholder.Lines).Append("\" pitch=\"8mm\"/>\n");
                return;
            }
            output.Append("<column spacing=\"2mm\" keep-with-next=\"true\"><p>")
                .Append(XmlTextEncoder.Escape(placeholder.Label)).Append(" (cochez)</p>\n");
            foreach (var option in placeholder.Options)
                output.Append("<tick-box label=\"").Append(XmlTextEncoder.Escape(option)).Append("\"/>\n");
            output.Append("</column>\n");
        }
    }
}
