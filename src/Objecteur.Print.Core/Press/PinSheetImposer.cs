using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>
/// Puts badge faces (one per page, each page a square the size of the cut circle) on A4 sheets
/// at the places <see cref="PinSheetPacker"/> found, each clipped to its cut circle, with a black
/// cut line around it, outside the artwork: its inner edge is the cut, so scissors or a circle
/// cutter follow it without leaving a rim of it on the badge. The visible face is not drawn:
/// press makers say a face guide printed on the artwork shows on the finished badge. A sheet
/// mixes the designs in turn; there are as many sheets as it takes to print every design once.
/// </summary>
public static class PinSheetImposer
{
    /// <summary>The cut line's width (pt): thick enough to be seen on any paper, thin enough to be
    /// followed within a tenth of a millimetre.</summary>
    public const double CutLineWidth = 0.5;

    /// <param name="faceTexts">What each face says, in page order: the alt text of its figure (the
    /// sheet is read as the badges on it; the faces' file has their text tagged).</param>
    public static (byte[] Pdf, int Sheets) Impose(byte[] faces, IReadOnlyList<string> faceTexts, PinProfile profile, PinSheet sheet, string title, DateTimeOffset date)
    {
        using var source = new MemoryStream(faces);
        using var form = XPdfForm.FromStream(source);
        var pdf = PressDocument.Create(title, $"Badges {profile.Name} : découpe Ø {profile.CutDiameter} mm, face Ø {profile.FaceDiameter} mm", date);
        var perSheet = sheet.Centres.Count;
        var sheets = SheetCount(form.PageCount, sheet);
        var cutPen = new XPen(XColors.Black, CutLineWidth);
        var structure = new PdfStructure(pdf);
        for (var s = 0; s < sheets; s++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromMillimeter(sheet.Sheet.Width);
            page.Height = XUnit.FromMillimeter(sheet.Sheet.Height);
            structure.AddPage(page);
            using var graphics = XGraphics.FromPdfPage(page);
            for (var i = 0; i < perSheet; i++)
            {
                var centre = sheet.Centres[i];
                var cut = Circle(centre, profile.CutDiameter);
                var face = (s * perSheet + i) % form.PageCount;
                form.PageNumber = face + 1;
                using (structure.Content(graphics, structure.Figure(string.Create(French.Culture, $"Badge : {faceTexts[face]}"))))
                {
                    var state = graphics.Save();
                    var clip = new XGraphicsPath();
                    clip.AddEllipse(cut);
                    graphics.IntersectClip(clip);
                    graphics.DrawImage(form, cut);
                    graphics.Restore(state);
                }
                using var guides = structure.Artifact(graphics, ArtifactKind.Layout);
                var line = CutLineWidth / 2;
                graphics.DrawEllipse(cutPen, new XRect(cut.X - line, cut.Y - line, cut.Width + 2 * line, cut.Height + 2 * line));
            }
        }
        structure.Finish(pdf.Language);
        return (Reproducibility.Save(pdf), sheets);
    }

    /// <summary>Sheets it takes to print each of <paramref name="faces"/> designs at least once.</summary>
    public static int SheetCount(int faces, PinSheet sheet) => (faces + sheet.Centres.Count - 1) / sheet.Centres.Count;

    private static XRect Circle(MmPoint centre, double diameter) => new(
        XUnit.FromMillimeter(centre.X - diameter / 2).Point, XUnit.FromMillimeter(centre.Y - diameter / 2).Point,
        XUnit.FromMillimeter(diameter).Point, XUnit.FromMillimeter(diameter).Point);
}
