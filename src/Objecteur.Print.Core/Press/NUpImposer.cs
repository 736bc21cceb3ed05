using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using Objecteur.Print.Render;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>
/// Places copies of a two-sided piece (page 1 recto, page 2 verso: a card, a flyer) on a sheet at
/// the cells <see cref="CardGrid"/> computed: a recto sheet with the crop marks, and a verso sheet
/// that backs it for duplex printing. Each copy shows its artwork up to its own bleed rectangle and
/// no further, so butted neighbours never print over each other. Both sides carry the crop marks, the
/// verso's where the recto's land when the sheet turns over: a sheet whose recto was printed on
/// its own, or that lands verso up on the guillotine, still shows where to cut. A sheet of one piece
/// (the copy for a print shop) describes it on both sides, so that each page is complete by itself:
/// TrimBox and BleedBox around the piece.
/// </summary>
public static class NUpImposer
{
    /// <param name="forShop">A print shop's copy (<see cref="ShopFile"/>): the piece must have been
    /// drawn in CMYK, and the marks print in registration black, all four inks.</param>
    /// <param name="note">How to print the sheet, in small grey type on the recto where
    /// <see cref="OfficeSheet.Note"/> finds room (an artifact: no part of the pieces); <c>null</c> for none.</param>
    public static byte[] Impose(byte[] piece, CardSheet sheet, string title, DateTimeOffset date, bool forShop = false, string? note = null)
    {
        using var source = new MemoryStream(piece);
        using var form = XPdfForm.FromStream(source);
        return Impose(form.PageCount, _ => (graphics, _, number, at, clip) =>
        {
            form.PageNumber = number;
            var page = form.Page!;
            var media = page.MediaBox;
            var trim = page.TrimBox.IsZero ? media : page.TrimBox;
            var state = graphics.Save();
            graphics.IntersectClip(clip);
            graphics.DrawImage(form, at.X - (trim.X1 - media.X1), at.Y - (media.Y2 - trim.Y2), media.Width, media.Height);
            graphics.Restore(state);
        }, sheet, title, date, forShop, note, new GlyphUse());
    }

    /// <summary>As <see cref="Impose(byte[], CardSheet, string, DateTimeOffset, bool, string?)"/>, from
    /// the piece's pages as drawn (<see cref="PageForms"/>), without reading its file; from
    /// <paramref name="file"/> when a page cannot be placed so (an image).</summary>
    public static byte[] Impose(IReadOnlyList<DrawnPage?> pages, Func<byte[]> file, CardSheet sheet, string title, DateTimeOffset date, bool forShop = false, string? note = null)
    {
        if (pages.Count == 0 || pages.Any(p => p is null)) return Impose(file(), sheet, title, date, forShop, note);
        PageForms? forms = null;
        var glyphs = new GlyphUse();
        return Impose(pages.Count, pdf =>
        {
            forms = new PageForms(pdf, glyphs);
            return (graphics, sheetPage, number, at, clip) =>
            {
                var drawn = pages[number - 1]!;
                var trim = drawn.Frame.TrimBox ?? new Rect(0, 0, drawn.Frame.Width, drawn.Frame.Height);
                var height = sheetPage.Height.Point;
                forms.Place(sheetPage, graphics, drawn, at.X - trim.X, height - (at.Y - trim.Y) - drawn.Frame.Height,
                    new PdfRectangle(new XPoint(clip.X, height - clip.Bottom), new XPoint(clip.Right, height - clip.Y)));
            };
        }, sheet, title, date, forShop, note, glyphs, () =>
        {
            forms!.EmbedFonts();
            return forms.Compressed;
        });
    }

    /// <summary>Puts page <c>number</c> of the piece with its trim box's top left corner at
    /// <c>at</c>'s, clipped to <c>clip</c> (points, from the sheet's top left).</summary>
    private delegate void Placer(XGraphics graphics, PdfPage sheet, int number, XRect at, XRect clip);

    private static byte[] Impose(int pageCount, Func<PdfDocument, Placer> placer, CardSheet sheet, string title, DateTimeOffset date, bool forShop, string? note,
        GlyphUse glyphs, Func<IEnumerable<PdfDictionary>>? compressed = null)
    {
        var subject = $"{sheet.Cells.Count} par feuille, recto verso : à couper au massicot";
        var pdf = forShop ? ShopFile.Create(title, subject, date) : PressDocument.Create(title, subject, date);
        var structure = new PdfStructure(pdf);
        var place = placer(pdf);
        Side(pdf, structure, glyphs, place, 1, sheet, sheet.Cells.Select(c => (c.Trim, c.Artwork)).ToList(), sheet.Marks, title, note);
        if (pageCount > 1) Side(pdf, structure, glyphs, place, 2, sheet, sheet.Cells.Select(c => (c.VersoTrim, c.VersoArtwork)).ToList(), sheet.VersoMarks, title);
        structure.Finish(pdf.Language);
        return forShop ? ShopFile.Save(pdf, glyphs.Trim, compressed?.Invoke()) : Reproducibility.Save(pdf, fontProgram: glyphs.Trim, compressed: compressed?.Invoke());
    }

    /// <remarks>Each copy is one figure saying which side of which piece it is: the piece itself,
    /// tagged, is its own file; a sheet of copies to cut is a printing form, read as what lies on it.</remarks>
    private static void Side(PdfDocument pdf, PdfStructure structure, GlyphUse glyphs, Placer place, int pageNumber, CardSheet sheet,
        IReadOnlyList<(MmRect Trim, MmRect Bleed)> cells, IReadOnlyList<CropMark> marks, string title, string? note = null)
    {
        var page = pdf.AddPage();
        structure.AddPage(page);
        page.Width = XUnit.FromMillimeter(sheet.Sheet.Width);
        page.Height = XUnit.FromMillimeter(sheet.Sheet.Height);
        if (cells is [var piece])
        {
            page.TrimBox = Box(piece.Trim, page.Height.Point);
            page.BleedBox = Box(piece.Bleed, page.Height.Point);
        }
        using var graphics = XGraphics.FromPdfPage(page);
        var side = pageNumber == 1 ? "recto" : "verso";
        for (var i = 0; i < cells.Count; i++)
        {
            var (cellTrim, cellBleed) = cells[i];
            using var figure = structure.Content(graphics, structure.Figure(cells.Count == 1
                ? $"{title}, {side}"
                : string.Create(French.Culture, $"{title}, {side}, exemplaire {i + 1} sur {cells.Count}")));
            place(graphics, page, pageNumber, Points(cellTrim), Points(cellBleed));
        }
        // Crop marks print in every ink (registration black), 0.25 pt, as DESIGN.md asks.
        var pen = new XPen(XColor.FromCmyk(1, 1, 1, 1), 0.25);
        using var artifact = structure.Artifact(graphics, ArtifactKind.Layout);
        foreach (var mark in marks)
            graphics.DrawLine(pen, Mm(mark.Start.X), Mm(mark.Start.Y), Mm(mark.End.X), Mm(mark.End.Y));
        if (note is not null) Note(graphics, glyphs, sheet, note);
    }

    private const double NoteSize = 6;

    private static readonly XPdfFontOptions NoteFontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>The note on one line; left out when the sheet has no room for it.</summary>
    private static void Note(XGraphics graphics, GlyphUse glyphs, CardSheet sheet, string note)
    {
        var face = FontLibrary.Embedded.TryGetFamily("sans", out var sans) ? sans.Regular : FontLibrary.Embedded.Families.First().Regular;
        EmbeddedFontResolver.Register(face);
        var font = new XFont(face.Name, NoteSize, XFontStyleEx.Regular, NoteFontOptions);
        var size = graphics.MeasureString(note, font);
        if (OfficeSheet.Note(sheet, XUnit.FromPoint(size.Width).Millimeter, XUnit.FromPoint(size.Height).Millimeter) is not { } place) return;
        var state = graphics.Save();
        graphics.TranslateTransform(Mm(place.Centre.X), Mm(place.Centre.Y));
        if (place.Turned) graphics.RotateTransform(-90);
        graphics.DrawString(note, font, new XSolidBrush(XColor.FromArgb(96, 96, 96)), 0, 0, XStringFormats.Center);
        glyphs.Add(face, note);
        graphics.Restore(state);
    }

    private static double Mm(double mm) => XUnit.FromMillimeter(mm).Point;

    private static XRect Points(MmRect r) => new(Mm(r.X), Mm(r.Y), Mm(r.Width), Mm(r.Height));

    /// <summary>A rectangle of the sheet (mm, from the top left) as a PDF box (points, from the bottom left).</summary>
    private static PdfRectangle Box(MmRect r, double pageHeight) =>
        new(new XPoint(Mm(r.X), pageHeight - Mm(r.Bottom)), new XPoint(Mm(r.Right), pageHeight - Mm(r.Y)));
}
