using System.Text;
using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Markup;

/// <summary>Text known only once pages are made.</summary>
public enum PageField
{
    None,
    /// <summary>The number of the page the paragraph lands on.</summary>
    PageNumber,
    /// <summary>How many pages the document has.</summary>
    PageCount,
    /// <summary>The page where a <c>&lt;mark id&gt;</c> landed (<see cref="InlinePiece.Target"/>).</summary>
    PageOf,
    /// <summary>The title of the last <c>&lt;mark title&gt;</c> up to this page (running headers).</summary>
    RunningTitle,
}

/// <summary>One piece of paragraph content: text in a style, or a page field to resolve
/// (<see cref="Text"/> is then a stand-in of typical width, used before pages exist).</summary>
public sealed record InlinePiece(string Text, TextStyle Style, PageField Field = PageField.None, string? Target = null);

/// <summary>
/// Collects a paragraph's runs from its markup: collapses the template's white space (but never
/// a no-break space), applies French typography with the context of the previous run, and checks
/// that the font can draw every character, so a missing glyph is an error, not a blank box.
/// </summary>
public sealed class InlineBuilder(MarkupBuilder builder)
{
    private readonly List<InlinePiece> _pieces = [];
    private char _previous = '\n';

    public IReadOnlyList<InlinePiece> Pieces => _pieces;

    /// <summary>Adds the text and inline elements inside <paramref name="node"/>.</summary>
    public void AddChildren(XElement node, TextProps props)
    {
        foreach (var child in node.Nodes())
        {
            switch (child)
            {
                case XText text:
                    AddText(text.Value, props, (IXmlLineInfo)text);
                    break;
                case XElement element:
                    var name = element.Name.LocalName;
                    if (!builder.Registry.TryGetInline(name, out var definition))
                    {
                        var info = (IXmlLineInfo)element;
                        var hint = builder.Registry.TryGetBlock(name, out _)
                            ? $"<{name}> est un bloc : fermez le paragraphe avant."
                            : Suggest.Hint(name, builder.Registry.InlineNames.ToList());
                        throw builder.Source.Error(info.LineNumber, info.LinePosition, $"élément inconnu <{name}> dans un paragraphe", hint);
                    }
                    var attributes = new AttributeReader(element, builder.Source, definition.Attributes);
                    definition.Build(this, element, attributes, props.With(attributes));
                    break;
            }
        }
    }

    public void AddText(string raw, TextProps props, IXmlLineInfo where)
    {
        var text = Collapse(raw, _previous is '\n' or ' ');
        if (text.Length == 0) return;
        if (props.Typography) text = FrenchTypography.Apply(text, _previous);
        var style = props.Style;
        var missing = style.Face.FirstMissingGlyph(text);
        if (missing >= 0)
            throw builder.Source.Error(where.LineNumber, where.LinePosition,
                $"le caractère U+{missing:X4} « {char.ConvertFromUtf32(missing)} » n'existe pas dans la police {style.Face.Name}",
                "remplacez ce caractère ou choisissez une autre police (font=\"sans\" ou font=\"serif\").", char.ConvertFromUtf32(missing));
        _pieces.Add(new InlinePiece(text, style));
        _previous = text[^1];
    }

    public void AddBreak(TextProps props)
    {
        _pieces.Add(new InlinePiece("\n", props.Style));
        _previous = '\n';
    }

    /// <summary>Adds text that pagination decides (see <see cref="PageField"/>).</summary>
    public void AddField(PageField field, TextProps props, string? target = null)
    {
        _pieces.Add(new InlinePiece(field == PageField.RunningTitle ? "" : "00", props.Style, field, target));
        if (field is PageField.PageCount or PageField.PageOf) builder.HasDocumentFields = true;
        _previous = '0';
    }

    /// <summary>A page reference, remembered by the document so that a target that no
    /// <c>&lt;mark&gt;</c> defines can be reported where it was written.</summary>
    public void AddPageRef(XElement node, string target, TextProps props)
    {
        var info = (IXmlLineInfo)node;
        builder.PageRefs.Add(new PageRefSite(target, info.LineNumber, info.LinePosition));
        AddField(PageField.PageOf, props, target);
    }

    /// <summary>Template indentation and line ends become single spaces; no-break spaces stay.</summary>
    private static string Collapse(string raw, bool dropLeading)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && (sb.Length > 0 || !dropLeading)) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        if (pendingSpace && (sb.Length > 0 || !dropLeading)) sb.Append(' ');
        return sb.ToString();
    }
}
