using Objecteur.Print.Render;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>
/// Places copies of a two-sided piece (page 1 recto, page 2 verso: a card, a flyer) on a sheet at
/// the cells <see cref="CardGrid"/> computed: a recto sheet with the crop marks, and a verso sheet
/// that backs it for duplex printing. Each copy shows its artwork up to its own bleed rectangle and
/// no further, so butted neighbours never print over each other.
/// </summary>
public static class NUpImposer
{
    public static byte[] Impose(byte[] piece, CardSheet sheet, string title, DateTimeOffset date)
    {
        using var source = new MemoryStream(piece);
        using var form = XPdfForm.FromStream(source);
        var pdf = PressDocument.Create(title, $"{sheet.Cells.Count} par feuille, recto verso : à couper au massicot", date);
        Side(pdf, form, 1, sheet, sheet.Cells.Select(c => (c.Trim, c.Bleed)), marks: true);
        if (form.PageCount > 1) Side(pdf, form, 2, sheet, sheet.Cells.Select(c => (c.VersoTrim, c.VersoBleed)), marks: false);
        return Reproducibility.Save(pdf, piece.Concat(System.Text.Encoding.UTF8.GetBytes($"{sheet.Cells.Count}|{sheet.Columns}x{sheet.Rows}")).ToArray());
    }

    private static void Side(PdfDocument pdf, XPdfForm form, int pageNumber, CardSheet sheet, IEnumerable<(MmRect Trim, MmRect Bleed)> cells, bool marks)
    {
        var page = pdf.AddPage();
        page.Width = XUnit.FromMillimeter(sheet.Sheet.Width);
        page.Height = XUnit.FromMillimeter(sheet.Sheet.Height);
        form.PageNumber = pageNumber;
        var source = form.Page!;
        var media = source.MediaBox;
        var trim = source.TrimBox.IsZero ? media : source.TrimBox;
        var offsetX = trim.X1 - media.X1;
        var offsetY = media.Y2 - trim.Y2;
        using var graphics = XGraphics.FromPdfPage(page);
        foreach (var (cellTrim, cellBleed) in cells)
        {
            var state = graphics.Save();
            graphics.IntersectClip(Points(cellBleed));
            var at = Points(cellTrim);
            graphics.DrawImage(form, at.X - offsetX, at.Y - offsetY, media.Width, media.Height);
            graphics.Restore(state);
        }
        if (!marks) return;
        // Crop marks print in every ink (registration black), 0.25 pt, as DESIGN.md asks.
        var pen = new XPen(XColor.FromCmyk(1, 1, 1, 1), 0.25);
        foreach (var mark in sheet.Marks)
            graphics.DrawLine(pen, Mm(mark.Start.X), Mm(mark.Start.Y), Mm(mark.End.X), Mm(mark.End.Y));
    }

    private static double Mm(double mm) => XUnit.FromMillimeter(mm).Point;

    private static XRect Points(MmRect r) => new(Mm(r.X), Mm(r.Y), Mm(r.Width), Mm(r.Height));
}
