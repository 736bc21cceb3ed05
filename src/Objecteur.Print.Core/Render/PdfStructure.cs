using System.Globalization;
using System.Runtime.CompilerServices;
using Objecteur.Print.Layout.Frames;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Objecteur.Print.Render;

/// <summary>
/// Makes a PDF a tagged PDF (ISO 32000-1 §14.8, the structure PDF/UA-1 asks for): marked content
/// in each page's content stream, and the structure tree that gives it reading order and meaning.
/// </summary>
/// <remarks>
/// <para>PDFsharp's <c>UAManager</c> builds the tree in drawing order, from a stack of open
/// elements, one page after another. Our blocks come from layout whole: a paragraph continued on
/// the next page is one element, a list label is read before its body though drawn after it, table
/// header cells get a column scope. So the tree is written here, with PDFsharp's object model,
/// from <see cref="StructureNode"/>s: an element's children follow node order (reading order), its
/// marked content follows drawing order (the order of its lines).</para>
/// <para>Marked content is written into XGraphics' content stream as <c>UAManager</c> itself does
/// it: text mode is closed first (<see cref="PdfRendererExtensions.BeginGraphicMode"/>) so that a
/// sequence never straddles a text object.</para>
/// </remarks>
public sealed class PdfStructure
{
    private readonly PdfDocument _pdf;
    private readonly List<(PdfPage Page, List<StructureNode> Marked)> _pages = [];
    private readonly Dictionary<StructureNode, List<(PdfPage Page, int Mcid)>> _content = new(ReferenceEqualityComparer.Instance);

    private int _figures;

    public PdfStructure(PdfDocument pdf) => _pdf = pdf;

    /// <summary>A figure directly under the document, for what the Press stage places whole (a
    /// page on an imposed sheet, a badge face), numbered in placing order: its order on the sheet.</summary>
    public StructureNode Figure(string altText) => new(++_figures, StructureKind.Figure, null, altText);

    /// <summary>Every page takes part in the tree, a blank one too (its /StructParents has nothing).</summary>
    public void AddPage(PdfPage page) => _pages.Add((page, []));

    /// <summary>Marks what is drawn until disposal as content of <paramref name="node"/> on the last
    /// page added.</summary>
    public Marked Content(XGraphics graphics, StructureNode node) =>
        Begin(graphics, string.Create(CultureInfo.InvariantCulture, $"/{Name(node.Kind)} <</MCID {Mark(node)}>> BDC\n"));

    /// <summary>Takes the last page added as holding marked content of <paramref name="nodes"/>,
    /// MCID after MCID, written already (<see cref="DrawnPage"/>).</summary>
    internal void Mark(IEnumerable<StructureNode> nodes)
    {
        foreach (var node in nodes) Mark(node);
    }

    private int Mark(StructureNode node)
    {
        var (page, marked) = _pages[^1];
        var mcid = marked.Count;
        marked.Add(node);
        if (!_content.TryGetValue(node, out var list)) _content[node] = list = [];
        list.Add((page, mcid));
        return mcid;
    }

    /// <summary>Marks what is drawn until disposal as an artifact; a background artifact says
    /// which part of the page it paints (<paramref name="box"/>, in PDF user space), as ISO 32000-1
    /// Table 330 requires.</summary>
    public Marked Artifact(XGraphics graphics, ArtifactKind kind, PdfRectangle? box = null) =>
        Begin(graphics, box is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"/Artifact <</Type /{kind} /BBox [{b.X1:0.###} {b.Y1:0.###} {b.X2:0.###} {b.Y2:0.###}]>> BDC\n")
            : $"/Artifact <</Type /{kind}>> BDC\n");

    private static Marked Begin(XGraphics graphics, string operator_)
    {
        PdfRendererExtensions.BeginGraphicMode(graphics);
        AppendToContentStream(graphics, operator_);
        return new Marked(graphics);
    }

    /// <summary>Ends a marked-content sequence, after the text object it may hold.</summary>
    public readonly struct Marked(XGraphics graphics) : IDisposable
    {
        public void Dispose()
        {
            PdfRendererExtensions.BeginGraphicMode(graphics);
            AppendToContentStream(graphics, "EMC\n");
        }
    }

    /// <summary>XGraphics' own entry for writing into the content stream (internal in PDFsharp
    /// 6.2.4, where <c>UAManager</c> uses it): marked content here, text in <see cref="PageText"/>.
    /// An unsafe accessor is bound at compile time, so Native AOT keeps it.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AppendToContentStream")]
    internal static extern void AppendToContentStream(XGraphics graphics, string text);

    /// <summary>Writes the structure tree, the parent tree and what the catalog of a tagged PDF
    /// says; <paramref name="language"/> is the document's (fr-FR).</summary>
    public void Finish(string language)
    {
        var root = Indirect();
        root.Elements.SetName("/Type", "/StructTreeRoot");
        var document = Element("/Document", root);
        root.Elements.SetReference("/K", document);

        var elements = new Dictionary<StructureNode, PdfDictionary>(2 * _content.Count, ReferenceEqualityComparer.Instance);
        PdfDictionary Of(StructureNode node)
        {
            if (elements.TryGetValue(node, out var made)) return made;
            var parent = node.Parent is { } p ? Of(p) : document;
            made = Element("/" + Name(node.Kind), parent);
            if (node.AltText.Length > 0) made.Elements.SetString("/Alt", node.AltText);
            // A header cell heads its column: the tables we lay out have header rows only.
            if (node.Kind == StructureKind.TableHeader)
                made.Elements["/A"] = Dictionary(("/O", new PdfName("/Table")), ("/Scope", new PdfName("/Column")));
            elements[node] = made;
            return made;
        }
        foreach (var node in _content.Keys) Of(node);

        var children = elements.Keys.GroupBy(n => n.Parent, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => (object?)g.Key ?? document, g => g.OrderBy(n => n.Id).ToList(), ReferenceEqualityComparer.Instance);
        foreach (var (node, element) in elements)
        {
            var kids = new PdfArray(_pdf);
            var content = _content.GetValueOrDefault(node) ?? [];
            // Content on the element's own page (/Pg) is named by its MCID alone; a marked-content
            // reference is needed only for what runs onto another page (ISO 32000-1 §14.7.4.2).
            if (content.Count > 0) element.Elements.SetReference("/Pg", content[0].Page);
            foreach (var (page, mcid) in content)
                kids.Elements.Add(ReferenceEquals(page, content[0].Page) ? new PdfInteger(mcid)
                    : Dictionary(("/Type", new PdfName("/MCR")), ("/Pg", page.Reference!), ("/MCID", new PdfInteger(mcid))));
            foreach (var child in children.GetValueOrDefault(node) ?? []) kids.Elements.Add(elements[child]);
            element.Elements["/K"] = kids;
        }
        var top = new PdfArray(_pdf);
        foreach (var child in children.GetValueOrDefault(document) ?? []) top.Elements.Add(elements[child]);
        document.Elements["/K"] = top;

        // The parent tree answers, for a page's MCID, which element it belongs to.
        var nums = new PdfArray(_pdf);
        for (var i = 0; i < _pages.Count; i++)
        {
            var (page, marked) = _pages[i];
            page.Elements.SetInteger("/StructParents", i);
            var parents = new PdfArray(_pdf);
            foreach (var node in marked) parents.Elements.Add(elements[node]);
            nums.Elements.Add(new PdfInteger(i));
            nums.Elements.Add(parents);
        }
        var parentTree = Indirect();
        parentTree.Elements["/Nums"] = nums;
        root.Elements.SetReference("/ParentTree", parentTree);
        root.Elements.SetInteger("/ParentTreeNextKey", _pages.Count);

        var catalog = _pdf.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        catalog.Elements["/MarkInfo"] = Dictionary(("/Marked", new PdfBoolean(true)));
        _pdf.Language = language;
        // A reader's title bar shows the document's title, not its file name.
        _pdf.ViewerPreferences.DisplayDocTitle = true;
    }

    private PdfDictionary Indirect()
    {
        var dictionary = new PdfDictionary(_pdf);
        _pdf.Internals.AddObject(dictionary);
        return dictionary;
    }

    private PdfDictionary Element(string type, PdfDictionary parent)
    {
        var element = Indirect();
        // Its entries at once (type, structure type, parent, page, kids, alternate text): grown
        // one by one, a letter's elements allocated twice over.
        PdfWriting.Elements(element.Elements).EnsureCapacity(6);
        element.Elements.SetName("/Type", "/StructElem");
        element.Elements.SetName("/S", type);
        element.Elements.SetReference("/P", parent);
        return element;
    }

    private PdfDictionary Dictionary(params (string Key, PdfItem Value)[] entries)
    {
        var dictionary = new PdfDictionary(_pdf);
        foreach (var (key, value) in entries) dictionary.Elements[key] = value;
        return dictionary;
    }

    /// <summary>The standard structure type (ISO 32000-1 §14.8.4).</summary>
    private static string Name(StructureKind kind) => kind switch
    {
        StructureKind.Paragraph => "P",
        StructureKind.Heading1 => "H1",
        StructureKind.Heading2 => "H2",
        StructureKind.Heading3 => "H3",
        StructureKind.List => "L",
        StructureKind.ListItem => "LI",
        StructureKind.Label => "Lbl",
        StructureKind.ListBody => "LBody",
        StructureKind.Table => "Table",
        StructureKind.TableRow => "TR",
        StructureKind.TableHeader => "TH",
        StructureKind.TableCell => "TD",
        StructureKind.Figure => "Figure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
