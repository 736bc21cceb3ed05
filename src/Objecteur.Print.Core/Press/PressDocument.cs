using PdfSharp;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>A new print file with the metadata every file of the kit carries; its date is the
/// build's, never the clock's, so that rebuilding gives the same bytes.</summary>
internal static class PressDocument
{
    public static PdfDocument Create(string title, string subject, DateTimeOffset date)
    {
        var pdf = new PdfDocument();
        pdf.Info.Title = title;
        pdf.Info.Subject = subject;
        pdf.Info.Creator = "Objecteur.Print";
        pdf.Info.CreationDate = date.UtcDateTime;
        pdf.Info.ModificationDate = date.UtcDateTime;
        pdf.Language = "fr-FR";
        return pdf;
    }
}
