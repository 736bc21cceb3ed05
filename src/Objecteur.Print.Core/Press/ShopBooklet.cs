using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;

namespace Objecteur.Print.Press;

/// <summary>
/// The booklet as a print shop takes it: pages in reading order, padded to a multiple of four for
/// saddle stitching with the blanks just before the back cover (<see cref="SaddleStitch.PageAt"/>),
/// so that the file has every page the printed booklet has. A blank page gets the boxes of the page
/// it stands for. The file is a PDF/X-1a shop copy in CMYK (<see cref="PdfX"/>).
/// </summary>
/// <remarks>The pages are rendered again from their layout, not imported from the booklet's PDF:
/// an imported page keeps its marked content but not the structure tree it belongs to, and the
/// shop's file is a booklet to read too, with the same tagged structure.</remarks>
public static class ShopBooklet
{
    public static (byte[] Pdf, int Pages) Pad(LayoutDocument readingOrder, string title, DateTimeOffset date)
    {
        var count = readingOrder.Pages.Count;
        var padded = SaddleStitch.PaddedPageCount(count);
        var pages = new List<PageFrame>();
        for (var position = 1; position <= padded; position++)
        {
            // A blank has no content at all (see PdfRenderer), only the geometry of its neighbours.
            pages.Add(SaddleStitch.PageAt(position, count) is { } n
                ? readingOrder.Pages[n - 1]
                : readingOrder.Pages[Math.Min(position, count) - 1] with { Items = [] });
        }
        // Bookmarks follow their pages to where the blanks moved them.
        var outline = readingOrder.Outline.Select(e => e with { Page = Position(e.Page, count, padded) }).ToList();
        var layout = readingOrder with
        {
            Title = title,
            Subject = $"Livret piqûre à cheval : {padded} pages dans l'ordre de lecture, fond perdu compris",
            Pages = pages,
            Outline = outline,
        };
        return (PdfRenderer.Render(layout, new RenderOptions(date, Cmyk: true, PdfX: true)), padded);
    }

    private static int Position(int page, int count, int padded) =>
        Enumerable.Range(1, padded).First(position => SaddleStitch.PageAt(position, count) == page);
}
