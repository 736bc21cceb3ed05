using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>
/// Places the pages of an A5 booklet, in reading order, on A4 landscape sheets in saddle-stitch
/// order (<see cref="SaddleStitch"/>): front, back, front, back… to print duplex with a flip on
/// the short edge, fold in the middle and staple. Pages are copied as they are (vector, fonts
/// included) with PDFsharp's <see cref="XPdfForm"/>.
/// </summary>
public static class BookletImposer
{
    /// <summary>The sheet the pages go on, two side by side, both sides upright.</summary>
    public static readonly SheetSize SheetMm = new(297, 210);

    /// <summary>How the sheet goes through a duplex printer: its upright pages back each other
    /// upright when it turns about its vertical axis (<see cref="SheetSize.UprightFlip"/>).</summary>
    public static DuplexFlip Flip => SheetMm.UprightFlip;

    private static readonly XSize Sheet = new(XUnit.FromMillimeter(SheetMm.Width).Point, XUnit.FromMillimeter(SheetMm.Height).Point);

    /// <param name="readingOrder">The booklet, one A5 page per page (with or without bleed: only
    /// the trim box is placed).</param>
    /// <param name="paperThickness">Sheet thickness in mm for creep compensation, 0 for none.</param>
    public static (byte[] Pdf, int Sheets) Impose(byte[] readingOrder, string title, DateTimeOffset date, double paperThickness = 0)
    {
        using var source = new MemoryStream(readingOrder);
        using var form = XPdfForm.FromStream(source);
        var sheets = SaddleStitch.Impose(form.PageCount, paperThickness);
        var pdf = PressDocument.Create(title, Subject, date);
        var structure = new PdfStructure(pdf);
        foreach (var sheet in sheets)
        {
            Side(pdf, structure, form, sheet.FrontLeft, sheet.FrontRight, sheet);
            Side(pdf, structure, form, sheet.BackLeft, sheet.BackRight, sheet);
        }
        structure.Finish(pdf.Language);
        return (Reproducibility.Save(pdf), sheets.Count);
    }

    /// <summary>The booklet imposed from its pages as they were drawn (<see cref="PageForms"/>),
    /// without reading its file again; from the file when a page cannot be placed so (an image).</summary>
    public static (byte[] Pdf, int Sheets) Impose(RenderedPdf booklet, LayoutDocument layout, string title, DateTimeOffset date, double paperThickness = 0)
    {
        var pages = layout.Pages.Zip(booklet.Pages).ToList();
        if (pages.Any(p => p.Second is null && p.First.Items.Count > 0)) return Impose(booklet.Pdf, title, date, paperThickness);
        var sheets = SaddleStitch.Impose(pages.Count, paperThickness);
        var pdf = PressDocument.Create(title, Subject, date);
        var structure = new PdfStructure(pdf);
        var glyphs = new GlyphUse();
        var forms = new PageForms(pdf, glyphs);
        foreach (var sheet in sheets)
        {
            Side(pdf, structure, forms, pages, sheet.FrontLeft, sheet.FrontRight, sheet);
            Side(pdf, structure, forms, pages, sheet.BackLeft, sheet.BackRight, sheet);
        }
        structure.Finish(pdf.Language);
        forms.EmbedFonts();
        return (Reproducibility.Save(pdf, fontProgram: glyphs.Trim, compressed: forms.Compressed), sheets.Count);
    }

    private const string Subject = "Livret imposé pour l'agrafage à cheval : recto-verso, bord court";

    private static void Side(PdfDocument pdf, PdfStructure structure, PageForms forms, List<(PageFrame Frame, DrawnPage? Drawn)> pages,
        BookletSlot left, BookletSlot right, BookletSheet sheet)
    {
        var page = pdf.AddPage();
        structure.AddPage(page);
        page.Width = XUnit.FromPoint(Sheet.Width);
        page.Height = XUnit.FromPoint(Sheet.Height);
        if (Drawn(left) is null && Drawn(right) is null) return; // no empty content stream (see PdfRenderer)
        using var graphics = XGraphics.FromPdfPage(page);
        var half = Sheet.Width / 2;
        Place(graphics, page, structure, forms, left.Page, Drawn(left), new XRect(0, 0, half, Sheet.Height), spineOnRight: true, XUnit.FromMillimeter(sheet.LeftPageShift).Point);
        Place(graphics, page, structure, forms, right.Page, Drawn(right), new XRect(half, 0, half, Sheet.Height), spineOnRight: false, XUnit.FromMillimeter(sheet.RightPageShift).Point);

        DrawnPage? Drawn(BookletSlot slot) => slot.Page is { } n ? pages[n - 1].Drawn : null;
    }

    /// <summary>As <see cref="Place(XGraphics, PdfStructure, XPdfForm, int?, XRect, bool, double)"/>,
    /// from the page as drawn.</summary>
    private static void Place(XGraphics graphics, PdfPage sheet, PdfStructure structure, PageForms forms, int? number, DrawnPage? drawn, XRect half, bool spineOnRight, double shift)
    {
        if (number is not { } n || drawn is null) return;
        var frame = drawn.Frame;
        var trim = frame.TrimBox ?? new Rect(0, 0, frame.Width, frame.Height);
        var x = (spineOnRight ? half.Right - trim.Width : half.X) + shift;
        var y = half.Y + (half.Height - trim.Height) / 2;
        using var figure = structure.Content(graphics, structure.Figure(string.Create(French.Culture, $"Page {n} du livret")));
        // The page's top left corner, in the sheet's PDF units (counted from its bottom).
        var (left, top) = (x - trim.X, Sheet.Height - (y - trim.Y));
        forms.Place(sheet, graphics, drawn, left, top - frame.Height,
            new PdfRectangle(new XPoint(half.X, Sheet.Height - half.Bottom), new XPoint(half.Right, Sheet.Height - half.Y)));
    }

    private static void Side(PdfDocument pdf, PdfStructure structure, XPdfForm form, BookletSlot left, BookletSlot right, BookletSheet sheet)
    {
        var page = pdf.AddPage();
        structure.AddPage(page);
        page.Width = XUnit.FromPoint(Sheet.Width);
        page.Height = XUnit.FromPoint(Sheet.Height);
        if (left.IsBlank && right.IsBlank) return; // no empty content stream (see PdfRenderer)
        using var graphics = XGraphics.FromPdfPage(page);
        var half = Sheet.Width / 2;
        Place(graphics, structure, form, left.Page, new XRect(0, 0, half, Sheet.Height), spineOnRight: true, XUnit.FromMillimeter(sheet.LeftPageShift).Point);
        Place(graphics, structure, form, right.Page, new XRect(half, 0, half, Sheet.Height), spineOnRight: false, XUnit.FromMillimeter(sheet.RightPageShift).Point);
    }

    /// <summary>Puts a page's trim box against the spine (the sheet's middle), shifted for creep,
    /// and clipped to its half so that a bleed never prints on the facing page.</summary>
    /// <remarks>A sheet is read as its placed pages, each one figure described by its page number:
    /// the booklet's text lives, tagged, in the reading-order file, and an imposed sheet is a
    /// printing form (pages 12 and 1 side by side), not an order to read in. So the structure says
    /// what is on the sheet, « Page 12 du livret », and leaves the reading to the reading-order file.</remarks>
    private static void Place(XGraphics graphics, PdfStructure structure, XPdfForm form, int? number, XRect half, bool spineOnRight, double shift)
    {
        if (number is not { } n) return;
        form.PageNumber = n;
        var page = form.Page!;
        // A blank page has no content: placing it would write an empty (corrupt) Flate stream.
        if (page.Contents.Elements.Count == 0) return;
        var trim = page.TrimBox.IsZero ? page.MediaBox : page.TrimBox;
        var media = page.MediaBox;
        var trimWidth = trim.Width;
        var trimHeight = trim.Height;
        // Trim box offsets inside the page, from its top-left (PDF boxes count from the bottom).
        var offsetX = trim.X1 - media.X1;
        var offsetY = media.Y2 - trim.Y2;
        var x = (spineOnRight ? half.Right - trimWidth : half.X) + shift;
        var y = half.Y + (half.Height - trimHeight) / 2;
        using var figure = structure.Content(graphics, structure.Figure(string.Create(French.Culture, $"Page {n} du livret")));
        var state = graphics.Save();
        graphics.IntersectClip(half);
        graphics.DrawImage(form, x - offsetX, y - offsetY, media.Width, media.Height);
        graphics.Restore(state);
    }
}
