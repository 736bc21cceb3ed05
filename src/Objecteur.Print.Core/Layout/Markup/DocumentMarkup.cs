using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Elements;

namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// A running header or footer and the pages it leaves out: covers (the first and last pages),
/// chapter openers (pages where a <c>&lt;mark title&gt;</c> lands) and blank pages always.
/// </summary>
/// <param name="Source">The <c>&lt;header&gt;</c> or <c>&lt;footer&gt;</c>, named when it does not fit its margin.</param>
/// <param name="Until">Id of a mark after whose page it stops: a letter's header numbers the pages
/// that are posted, not the guide that follows them, however many pages that guide takes.</param>
public sealed record RunningElement(Element Content, int OmitFirst, int OmitLast, bool OmitOnMark, SourceSpan Source, string? Until = null)
{
    public static readonly string[] Attributes = ["omit-first", "omit-last", "omit-on-mark", "until"];

    /// <param name="anchors">The page of each mark of the pass, by id.</param>
    public bool Shows(int page, int pageCount, bool hasMark, IReadOnlyDictionary<string, int> anchors) =>
        page > OmitFirst && page <= pageCount - OmitLast && !(OmitOnMark && hasMark)
        && !(Until is not null && anchors.TryGetValue(Until, out var last) && page > last);
}

/// <summary>
/// The parsed <c>&lt;document&gt;</c>: page geometry, metadata, running header/footer and the
/// body that flows from page to page. Its elements are immutable, so every layout pass lays out
/// this same tree (see <see cref="LayoutState"/>).
/// </summary>
/// <param name="PageRefs">Every <c>&lt;page-ref&gt;</c>, checked against the marks once laid out.</param>
/// <param name="HasDocumentFields">Some text of the body depends on the whole pagination (page
/// references, page count): pages are laid out again until that text no longer changes. Such text
/// in the header or footer does not count: they are drawn once every page of the pass is placed,
/// with what that pass found (a letter's « page 1/2 » needs no second pass).</param>
public sealed record DocumentMarkup(
    Size TrimSize, (double Top, double Right, double Bottom, double Left) Margins, double Bleed,
    string Title, string Subject, string Language, Element Body, RunningElement? Header, RunningElement? Footer, MarkupSource Source,
    IReadOnlyList<PageRefSite> PageRefs, bool HasDocumentFields)
{
    private static readonly string[] Attributes = ["format", "orientation", "margin", "bleed", "title", "subject", "lang"];

    /// <summary>Parses layout markup (XML) into an element tree; any error names its place.</summary>
    public static DocumentMarkup Parse(MarkupSource source, ElementRegistry? registry = null)
    {
        // An outline vouches for the nesting too: the markup is then read once, by parts.
        if (source.Elements is { } cache && MarkupOutline.Read(source.Text) is { } outline)
        {
            try
            {
                var text = source.Text;
                return Document(new MarkupBuilder(source, registry ?? ElementRegistry.Default), outline.Root(text), outline.Parts.Select(part => new Part(
                    part.Name,
                    (builder, props) => builder.Block(cache, text, part, props),
                    (builder, props) => builder.Running(cache, text, part, props, node => Running(builder, node, props)))));
            }
            // The markup read whole names the fault as it always has, where the user can fix it.
            catch (Exception e) when (e is XmlException or DiagnosticException) { }
        }
        if (!Shallow(source.Text)) CheckStructure(source);
        XDocument xml;
        try
        {
            xml = XDocument.Parse(source.Text, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            // Read with the same settings, the markup fails there too, with a message that helps.
            CheckStructure(source);
            throw source.Error(e.LineNumber, e.LinePosition, $"balisage mal formé : {Translate(e)}", MalformedHint);
        }
        var root = xml.Root!;
        return Document(new MarkupBuilder(source, registry ?? ElementRegistry.Default), root, root.Elements().Select(child => new Part(
            child.Name.LocalName,
            (builder, props) => builder.Block(child, props),
            (builder, props) => Running(builder, child, props))));
    }

    /// <summary>A child of the document element, built as a block or as a running header or footer.</summary>
    private sealed record Part(string Name, Func<MarkupBuilder, TextProps, Element> Block, Func<MarkupBuilder, TextProps, RunningElement> Running);

    private static DocumentMarkup Document(MarkupBuilder builder, XElement root, IEnumerable<Part> parts)
    {
        var source = builder.Source;
        if (root.Name.LocalName != "document")
            throw source.Error(((IXmlLineInfo)root).LineNumber, ((IXmlLineInfo)root).LinePosition,
                $"l'élément racine doit être <document>, pas <{root.Name.LocalName}>", "entourez le gabarit de <document format=\"A4\">…</document>.");
        var a = new AttributeReader(root, source, Attributes);
        var formatName = a.Text("format") ?? "A4";
        var size = PaperFormat.Parse(formatName) ?? throw a.Error(root.Attribute("format"), $"format « {formatName} » inconnu",
            $"{Suggest.Hint(formatName, PaperFormat.Names.ToList())} — ou une taille comme 85.6x54mm.");
        if (a.Choice("orientation", ["portrait", "landscape"]) == "landscape") size = new Size(size.Height, size.Width);
        var props = TextProps.Default.With(a);

        RunningElement? header = null, footer = null;
        var body = new List<Element>();
        builder.RejectLooseText(root);
        foreach (var part in parts)
        {
            switch (part.Name)
            {
                case "header":
                    header = part.Running(builder, props);
                    break;
                case "footer":
                    footer = part.Running(builder, props);
                    break;
                default:
                    body.Add(part.Block(builder, props));
                    break;
            }
        }
        var margin = Units.Mm(15);
        return new DocumentMarkup(size, a.Sides("margin") ?? (margin, margin, margin, margin), a.Length("bleed") ?? 0,
            a.Text("title") ?? "", a.Text("subject") ?? "", a.Text("lang") ?? "fr-FR",
            new ColumnElement(builder.Span(root), body, 0), header, footer, source,
            builder.PageRefs, builder.HasDocumentFields);
    }

    private static RunningElement Running(MarkupBuilder builder, XElement node, TextProps props)
    {
        var a = new AttributeReader(node, builder.Source, RunningElement.Attributes);
        // Drawn once the pass has placed every page: its page fields ask for no other pass.
        var content = builder.Apart(() => builder.Content(node, props.With(a)), out _);
        return new RunningElement(content,
            (int)(a.Number("omit-first") ?? 0), (int)(a.Number("omit-last") ?? 0), a.Bool("omit-on-mark") ?? false, builder.Span(node), a.Text("until"));
    }

    /// <summary>Elements nested deeper than this are refused: the element tree is built and laid
    /// out by recursion, and a template or content nesting thousands of elements would exhaust the
    /// stack (a crash no handler can catch) long before it could print anything sensible.</summary>
    public const int MaxNesting = 64;

    /// <summary>Whether the markup surely nests no deeper than <see cref="MaxNesting"/>, read
    /// from its characters alone: most markup is, and is then read once, by the parse that builds
    /// it (read twice, a merge's letter spent an eighth of its markup's time in
    /// <see cref="CheckStructure"/>). False for what this reading does not follow (a DTD, whose
    /// entities may hold elements; a tag left open), which <see cref="CheckStructure"/> reads first.</summary>
    private static bool Shallow(string text)
    {
        var depth = 0;
        for (var i = text.IndexOf('<'); i >= 0; i = text.IndexOf('<', i))
        {
            var rest = text.AsSpan(i);
            int end;
            if (rest.StartsWith("<!--")) end = MarkupOutline.Past(text, i, "-->");
            else if (rest.StartsWith("<![CDATA[")) end = MarkupOutline.Past(text, i, "]]>");
            else if (rest.StartsWith("<?")) end = MarkupOutline.Past(text, i, "?>");
            else if (rest.StartsWith("<!")) return false;
            else if (rest.StartsWith("</"))
            {
                depth--;
                end = MarkupOutline.Past(text, i, ">");
            }
            else
            {
                end = MarkupOutline.TagEnd(text, i);
                if (end > 0 && text[end - 2] != '/' && ++depth > MaxNesting) return false;
            }
            if (end < 0) return false;
            i = end;
        }
        return true;
    }

    /// <summary>Reads the markup once without building anything, to report malformed XML where
    /// the user can fix it (an element left open is named where it opens, not where the parser
    /// noticed) and to refuse nesting deeper than <see cref="MaxNesting"/>.</summary>
    private static void CheckStructure(MarkupSource source)
    {
        var open = new Stack<(string Name, int Line, int Column)>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, MaxCharactersFromEntities = 10_000_000, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(source.Text), settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                {
                    open.Push((reader.LocalName, info.LineNumber, info.LinePosition));
                    if (open.Count > MaxNesting)
                        throw source.Error(info.LineNumber, info.LinePosition, $"éléments imbriqués sur plus de {MaxNesting} niveaux",
                            "simplifiez la structure : un élément dans un élément dans un élément… au-delà de quelques niveaux ne se lit plus (et ne s'imprime pas).");
                }
                else if (reader.NodeType == XmlNodeType.EndElement) open.Pop();
            }
        }
        catch (XmlException e)
        {
            if (Unclosed(e) && open.Count > 0)
            {
                var (name, line, column) = open.Peek();
                throw source.Error(line, column, $"balisage mal formé : l'élément <{name}> ouvert ici n'est pas fermé",
                    $"fermez-le par </{name}> au bon endroit (ou écrivez <{name}/> s'il est vide).");
            }
            throw source.Error(e.LineNumber, e.LinePosition, $"balisage mal formé : {Translate(e)}", MalformedHint);
        }
    }

    private const string MalformedHint = "vérifiez que chaque élément ouvert est fermé (<p>…</p>, <br/>) et que les attributs sont entre guillemets.";

    private static bool Unclosed(XmlException e) =>
        e.Message.Contains("does not match the end tag", StringComparison.Ordinal) || e.Message.Contains("elements are not closed", StringComparison.Ordinal);

    private static string Translate(XmlException e) => e.Message switch
    {
        var m when m.Contains("Unexpected end of file", StringComparison.Ordinal) => "fin de fichier inattendue (un élément n'est pas fermé)",
        var m when m.Contains("is an unexpected token", StringComparison.Ordinal) => "caractère inattendu (un « & » ou « < » dans le texte doit être échappé)",
        var m when m.Contains("multiple root elements", StringComparison.Ordinal) => "plusieurs éléments racine (tout doit être dans <document>)",
        _ => "structure XML incorrecte",
    };
}
