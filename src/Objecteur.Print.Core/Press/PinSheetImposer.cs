using Objecteur.Print.Render;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>
/// Puts badge faces (one per page, each page a square the size of the cut circle) on A4 sheets
/// at the places <see cref="PinSheetPacker"/> found, each clipped to its cut circle, with a thin
/// cut guide around it and, if asked, a dashed guide for the visible face. A sheet mixes the
/// designs in turn; there are as many sheets as it takes to print every design at least once.
/// </summary>
public static class PinSheetImposer
{
    public static (byte[] Pdf, int Sheets) Impose(byte[] faces, PinProfile profile, PinSheet sheet, bool faceGuide, string title, DateTimeOffset date)
    {
        using var source = new MemoryStream(faces);
        using var form = XPdfForm.FromStream(source);
        var pdf = PressDocument.Create(title, $"Badges {profile.Name} : découpe Ø {profile.CutDiameter} mm, face Ø {profile.FaceDiameter} mm", date);
        var perSheet = sheet.Centres.Count;
        var sheets = (form.PageCount + perSheet - 1) / perSheet;
        var cutPen = new XPen(XColor.FromArgb(120, 120, 120), 0.25);
        var facePen = new XPen(XColor.FromArgb(160, 160, 160), 0.25) { DashPattern = [4, 4] };
        for (var s = 0; s < sheets; s++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromMillimeter(sheet.Sheet.Width);
            page.Height = XUnit.FromMillimeter(sheet.Sheet.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            for (var i = 0; i < perSheet; i++)
            {
                var centre = sheet.Centres[i];
                var cut = Circle(centre, profile.CutDiameter);
                form.PageNumber = (s * perSheet + i) % form.PageCount + 1;
                var state = graphics.Save();
                var clip = new XGraphicsPath();
                clip.AddEllipse(cut);
                graphics.IntersectClip(clip);
                graphics.DrawImage(form, cut);
                graphics.Restore(state);
                graphics.DrawEllipse(cutPen, cut);
                if (faceGuide) graphics.DrawEllipse(facePen, Circle(centre, profile.FaceDiameter));
            }
        }
        var seed = faces.Concat(System.Text.Encoding.UTF8.GetBytes($"{profile}|{sheet.Centres.Count}|{faceGuide}")).ToArray();
        return (Reproducibility.Save(pdf, seed), sheets);
    }

    private static XRect Circle(MmPoint centre, double diameter) => new(
        XUnit.FromMillimeter(centre.X - diameter / 2).Point, XUnit.FromMillimeter(centre.Y - diameter / 2).Point,
        XUnit.FromMillimeter(diameter).Point, XUnit.FromMillimeter(diameter).Point);
}
