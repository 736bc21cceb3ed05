using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Objecteur.Print.Press;

/// <summary>
/// The booklet as a print shop takes it: pages in reading order, padded to a multiple of four for
/// saddle stitching with the blanks just before the back cover (<see cref="SaddleStitch.PageAt"/>),
/// so that the file has every page the printed booklet has. Pages are imported as they are, with
/// their TrimBox and BleedBox; a blank page gets the boxes of the page it stands for. The pages
/// come drawn in CMYK, and the file is a shop copy (<see cref="ShopFile"/>).
/// </summary>
public static class ShopBooklet
{
    public static (byte[] Pdf, int Pages) Pad(byte[] readingOrder, string title, DateTimeOffset date)
    {
        using var source = PdfReader.Open(new MemoryStream(readingOrder), PdfDocumentOpenMode.Import);
        var count = source.PageCount;
        var padded = SaddleStitch.PaddedPageCount(count);
        var pdf = ShopFile.Create(title, $"Livret piqûre à cheval : {padded} pages dans l'ordre de lecture, fond perdu compris", date);
        for (var position = 1; position <= padded; position++)
        {
            if (SaddleStitch.PageAt(position, count) is { } n)
            {
                pdf.AddPage(source.Pages[n - 1]);
                continue;
            }
            // A blank has no content stream at all (see PdfRenderer), only the geometry of its neighbours.
            var model = source.Pages[Math.Min(position, count) - 1];
            var blank = pdf.AddPage();
            blank.MediaBox = model.MediaBox;
            if (model.Elements.ContainsKey("/TrimBox")) blank.TrimBox = model.TrimBox;
            if (model.Elements.ContainsKey("/BleedBox")) blank.BleedBox = model.BleedBox;
        }
        var seed = readingOrder.Concat(BitConverter.GetBytes(padded)).ToArray();
        return (ShopFile.Save(pdf, seed), padded);
    }
}
