using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Elements;

namespace Objecteur.Print.Layout.Markup;

/// <summary>Builds layout elements from markup nodes through the registry; element factories
/// call back into it for their children.</summary>
public sealed class MarkupBuilder(MarkupSource source, ElementRegistry registry)
{
    public MarkupSource Source { get; } = source;
    public ElementRegistry Registry { get; } = registry;

    /// <summary>Every <c>&lt;page-ref&gt;</c> met, to check its target once pages are made.</summary>
    public List<PageRefSite> PageRefs { get; } = [];

    /// <summary>Whether some text depends on the whole document's pagination (page refs, page count).</summary>
    public bool HasDocumentFields { get; internal set; }

    /// <summary>Builds apart as far as document fields go: whether what <paramref name="build"/>
    /// made has any is told, not added to <see cref="HasDocumentFields"/>.</summary>
    internal T Apart<T>(Func<T> build, out bool documentFields)
    {
        var outer = HasDocumentFields;
        HasDocumentFields = false;
        try
        {
            var built = build();
            documentFields = HasDocumentFields;
            return built;
        }
        finally
        {
            HasDocumentFields = outer;
        }
    }

    /// <summary>Elements built so far that are not <see cref="ElementDefinition.Reusable"/>: what
    /// holds one is not kept for other documents.</summary>
    private int _unreusable;

    public SourceSpan Span(XElement node)
    {
        var info = (IXmlLineInfo)node;
        return new SourceSpan(node.Name.LocalName, info.LineNumber, info.LinePosition);
    }

    /// <summary>The bytes of the kit file an element names in its <c>src</c> attribute (relative to
    /// content/): refused at the attribute if the path leaves the kit, or with
    /// <paramref name="missing"/> and <paramref name="hint"/> if there is no such file.</summary>
    public byte[] KitFile(XElement node, AttributeReader a, string src, string missing, string hint)
    {
        var full = Objecteur.Print.Content.KitPaths.Resolve(Source.ResourceDirectory, Source.ResourceDirectory, src, (m, h) => a.Error(node.Attribute("src"), m, h));
        if (!File.Exists(full)) throw a.Error(node.Attribute("src"), missing, hint);
        return File.ReadAllBytes(full);
    }

    /// <summary>The block children of a container; loose text is an error (it belongs in a <c>p</c>).</summary>
    public IReadOnlyList<Element> Blocks(XElement parent, TextProps props)
    {
        RejectLooseText(parent);
        return parent.Elements().Select(e => Block(e, props)).ToList();
    }

    /// <summary>Text directly inside a container belongs in a paragraph: say so.</summary>
    public void RejectLooseText(XElement parent)
    {
        foreach (var text in parent.Nodes().OfType<XText>().Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            var info = (IXmlLineInfo)text;
            throw Source.Error(info.LineNumber, info.LinePosition,
                $"texte hors paragraphe dans <{parent.Name.LocalName}>", "mettez ce texte dans un élément <p>…</p>.");
        }
    }

    public Element Block(XElement node, TextProps props)
    {
        var definition = Definition(node);
        var info = (IXmlLineInfo)node;
        if (Source.Elements is not { } cache || cache.Varies(info.LineNumber, info.LinePosition, node.Name.LocalName)) return Build(definition, node, props);
        var key = ElementCache.Key(node, props);
        if (cache.Find(key) is { } built)
        {
            PageRefs.AddRange(built.PageRefs);
            HasDocumentFields |= built.DocumentFields;
            return built.Element;
        }
        var (refs, unreusable) = (PageRefs.Count, _unreusable);
        var element = Apart(() => Build(definition, node, props), out var ownFields);
        HasDocumentFields |= ownFields;
        if (_unreusable == unreusable) cache.Keep(key, node, new ElementCache.Built(element, PageRefs[refs..].ToArray(), ownFields));
        return element;
    }

    /// <summary>A block child of the document element, read from its own markup only when it
    /// was not built already, in this place, for another document of the pipeline (see <see cref="MarkupOutline"/>).</summary>
    internal Element Block(ElementCache cache, string text, MarkupPart part, TextProps props)
    {
        var varies = cache.Varies(part.Line, part.Column, part.Name);
        if (!varies && Found(cache, text, part, props) is { } built) return built.Element;
        var node = MarkupOutline.Read(text, part);
        var definition = Definition(node);
        var (refs, unreusable) = (PageRefs.Count, _unreusable);
        var element = Apart(() => Build(definition, node, props), out var ownFields);
        HasDocumentFields |= ownFields;
        if (_unreusable == unreusable && !varies) cache.Keep(text, part, props, new ElementCache.Built(element, PageRefs[refs..].ToArray(), ownFields));
        return element;
    }

    /// <summary>Like <see cref="Block(ElementCache, string, MarkupPart, TextProps)"/> for a running
    /// header or footer, which <paramref name="build"/> makes from its node.</summary>
    internal RunningElement Running(ElementCache cache, string text, MarkupPart part, TextProps props, Func<XElement, RunningElement> build)
    {
        var varies = cache.Varies(part.Line, part.Column, part.Name);
        if (!varies && Found(cache, text, part, props) is { Running: { } found }) return found;
        var node = MarkupOutline.Read(text, part);
        var (refs, unreusable) = (PageRefs.Count, _unreusable);
        var running = build(node);
        if (_unreusable == unreusable && !varies) cache.Keep(text, part, props, new ElementCache.Built(running.Content, PageRefs[refs..].ToArray(), false, running));
        return running;
    }

    private ElementCache.Built? Found(ElementCache cache, string text, MarkupPart part, TextProps props)
    {
        if (cache.Find(text, part, props) is not { } built) return null;
        PageRefs.AddRange(built.PageRefs);
        HasDocumentFields |= built.DocumentFields;
        return built;
    }

    private ElementDefinition Definition(XElement node)
    {
        var name = node.Name.LocalName;
        if (Registry.TryGetBlock(name, out var definition)) return definition;
        var info = (IXmlLineInfo)node;
        var hint = Registry.TryGetInline(name, out _)
            ? $"<{name}> s'utilise à l'intérieur d'un paragraphe (<p>, <h1>…)."
            : Suggest.Hint(name, Registry.BlockNames.ToList());
        throw Source.Error(info.LineNumber, info.LinePosition, $"élément inconnu <{name}>", hint);
    }

    private Element Build(ElementDefinition definition, XElement node, TextProps props)
    {
        if (!definition.Reusable) _unreusable++;
        var attributes = new AttributeReader(node, Source, definition.Attributes);
        var element = definition.Create(this, node, attributes, props.With(attributes));
        element.SpaceBefore = attributes.Length("space-before") ?? element.SpaceBefore;
        element.SpaceAfter = attributes.Length("space-after") ?? element.SpaceAfter;
        element.KeepWithNext = attributes.Bool("keep-with-next") ?? element.KeepWithNext;
        return element;
    }

    /// <summary>A container's children as one element (a column when there are several).</summary>
    public Element Content(XElement parent, TextProps props) => One(parent, Blocks(parent, props));

    private Element One(XElement parent, IReadOnlyList<Element> blocks) =>
        blocks.Count == 1 ? blocks[0] : new ColumnElement(Span(parent), blocks, 0);

    /// <summary>Name of the child of a box or table that holds what opens each of its continuations.</summary>
    public const string ContinuedName = "continued";

    /// <summary>The blocks of a <c>&lt;continued&gt;</c> child of <paramref name="parent"/> (the
    /// « (suite) » label of a box or of a table's split row), or null when it has none; the text
    /// is the template's, so it is written in the content's language.</summary>
    public Element? Continued(XElement parent, TextProps props) =>
        parent.Element(ContinuedName) is { } node ? Content(node, props.With(new AttributeReader(node, Source, []))) : null;

    /// <summary>Like <see cref="Content(XElement, TextProps)"/> for a box, whose
    /// <c>&lt;continued&gt;</c> child is not part of its content.</summary>
    public Element ContentBesidesContinued(XElement parent, TextProps props)
    {
        RejectLooseText(parent);
        return One(parent, parent.Elements().Where(e => e.Name.LocalName != ContinuedName).Select(e => Block(e, props)).ToList());
    }
}

/// <summary>Where a page reference was written, and to what.</summary>
public sealed record PageRefSite(string Target, int Line, int Column);
