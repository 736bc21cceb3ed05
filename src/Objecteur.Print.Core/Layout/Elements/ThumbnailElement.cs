using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// <c>&lt;thumbnail src page width height alt&gt;</c>: a page of a PDF of the kit, scaled down to
/// fit the box and centred in it — for the catalogue that shows what each document looks like.
/// The page is copied as vectors when rendered, so it stays sharp at any size.
/// </summary>
public sealed class ThumbnailElement(SourceSpan source, string name, byte[] data, int page, double width, double height, string alt) : Element(source)
{
    public static readonly ElementDefinition Definition = new("thumbnail", ["src", "page", "height", "alt"], Create, Reusable: false);

    /// <summary>Progress: drawn (once is all there is).</summary>
    public override bool AtStart(ProgressView progress) => !progress.Of<bool>(this);

    public override SpacePlan Measure(LayoutContext context, ProgressView progress, Size available) =>
        progress.Of<bool>(this) ? SpacePlan.Empty : height <= available.Height + 1e-6 ? SpacePlan.Full(Math.Min(width, available.Width), height) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, LayoutState state, Rect area)
    {
        // Without alt text, a thumbnail is a decoration (an artifact) rather than a figure nobody can read.
        using var figure = alt.Length > 0 ? context.Open(state.Memo, this, StructureKind.Figure, altText: alt) : default;
        context.Add(new PdfPageItem(new Rect(area.X, area.Y, Math.Min(width, area.Width), height), name, data, page, alt));
        state.Set(this, true);
    }

    private static Element Create(MarkupBuilder b, System.Xml.Linq.XElement node, AttributeReader a, TextProps _)
    {
        var src = a.RequiredText("src");
        var data = b.Source.Resources.TryGetValue(src, out var made) ? made
            : b.KitFile(node, a, src, $"PDF « {src} » introuvable", "donnez le nom d'un document du kit (voir « objecteur list ») ou un fichier de content/.");
        if (data.Length < 5 || data[0] != '%' || data[1] != 'P' || data[2] != 'D' || data[3] != 'F')
            throw a.Error(node.Attribute("src"), $"« {src} » n'est pas un PDF", "une vignette montre une page d'un PDF.");
        var page = a.Number("page") ?? 1;
        if (page < 1 || page != Math.Floor(page))
            throw a.Error(node.Attribute("page"), $"page « {node.Attribute("page")!.Value} » invalide", "écrivez le numéro d'une page, à partir de 1.");
        // Every PDF has a first page: the file is opened only to check a later one.
        if (page > 1 && PageCount(data) is var count && page > count)
            throw a.Error(node.Attribute("page"), $"« {src} » n'a {(count == 1 ? "qu'une page" : $"que {count} pages")}, pas de page {page}",
                $"choisissez une page de 1 à {count}.");
        double Required(string key) => a.Length(key) ?? throw a.Error(null, $"attribut obligatoire « {key} » manquant sur <thumbnail>", $"ajoutez {key}=\"…mm\".");
        return new ThumbnailElement(b.Span(node), src, data, (int)page, Required("width"), Required("height"), a.Text("alt") ?? "");
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
