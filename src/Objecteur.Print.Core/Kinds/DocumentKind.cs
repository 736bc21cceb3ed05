using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;

namespace Objecteur.Print.Kinds;

/// <summary>What is asked of a kind: one document of the kit, for a sender (a letter; none for
/// the blank version), with the manifest of what the first pass built (the catalogue).</summary>
public sealed record DocumentRequest(DocumentSpec Spec, SenderValues? Sender = null, KitManifest? Manifest = null);

/// <summary>A document's markup and its layout.</summary>
public sealed record LaidOut(string Markup, LayoutDocument Layout);

/// <summary>What the Press stage made of a document's PDF: the file to write under the document's
/// own name (the PDF itself, or the sheets made from it), and the print files beside it.</summary>
/// <param name="Pages">Pages of <paramref name="Pdf"/>.</param>
public sealed record Printed(byte[] Pdf, int Pages, IReadOnlyList<PressFile> Files);

/// <summary>
/// One kind of document the kit builds (kit.yaml, <c>type:</c>), the unit of extension as a markup
/// element is in Layout: it loads its content, makes the model its template reads, and turns the
/// PDF into print files. Its printing advice is prose in <c>templates/catalogue.hbs</c>, fed by the
/// facts of the manifest. Every kind is listed once in <see cref="KindRegistry"/>.
/// </summary>
public abstract class DocumentKind(KindRules rules)
{
    /// <summary>What kit.yaml accepts for this kind (read by the Content stage).</summary>
    public KindRules Rules { get; } = rules;

    /// <summary>Whether the document shows the kit's other files, and so is built in a second pass
    /// from the manifest of the first (the catalogue).</summary>
    public virtual bool ShowsKit => false;

    /// <summary>How many pages a document of this kind may have (a flyer, a card: two sides);
    /// more is an error naming the text that runs over. No bound by default.</summary>
    public virtual int? MaxPages => null;

    /// <summary>Content → what the template sees.</summary>
    public abstract Dictionary<string, object?> Model(IKindContext context, DocumentRequest request);

    /// <summary>Files the layout may draw by name (the catalogue's thumbnails); none by default.</summary>
    public virtual IReadOnlyDictionary<string, byte[]> Resources(DocumentRequest request) => NoResources;

    /// <summary>Print files started on other threads before the document is laid out (a booklet's
    /// shop copy: its model and markup), which may wait for its markup and layout
    /// (<paramref name="document"/>), put after the files of <see cref="Press"/>. None by default.</summary>
    public virtual IReadOnlyList<Task<PressFile>> Ahead(IKindContext context, DocumentSpec spec, Task<LaidOut> document) => [];

    /// <summary>PDF → print files; by default the PDF alone. <paramref name="rendered"/> has the
    /// PDF and its pages as drawn, to place them without reading the file back.</summary>
    public virtual Printed Press(IKindContext context, DocumentSpec spec, LayoutDocument layout, RenderedPdf rendered) =>
        new(rendered.Pdf, layout.Pages.Count, []);

    /// <summary>How many pages the document's own file will have once pressed, known from its
    /// layout without drawing it (<c>objecteur check</c>): by default its layout's pages.</summary>
    public virtual int PrintedPages(IKindContext context, DocumentSpec spec, LayoutDocument layout) => layout.Pages.Count;

    /// <summary>Facts of this kind that its printing advice names (<c>faits</c> in the catalogue
    /// template: the badge press); none by default.</summary>
    public virtual IReadOnlyDictionary<string, string> Facts(IKindContext context, DocumentSpec spec) => NoFacts;

    /// <summary>The document's content file: where to read it, and its path as the user knows it.</summary>
    protected static (string Path, string Display) ContentFile(IKindContext context, DocumentSpec spec) =>
        (Path.Combine(context.Kit.ContentDirectory, spec.Contenu), Path.Combine("content", spec.Contenu));

    private static readonly IReadOnlyDictionary<string, byte[]> NoResources = new Dictionary<string, byte[]>();
    private static readonly IReadOnlyDictionary<string, string> NoFacts = new Dictionary<string, string>();
}
