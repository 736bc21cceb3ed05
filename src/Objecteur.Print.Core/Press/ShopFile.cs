using Objecteur.Print.Render;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>The sheets Press imposes for a print shop, made PDF/X-1a copies as
/// <see cref="PdfX"/> says.</summary>
public static class ShopFile
{
    public static PdfDocument Create(string title, string subject, DateTimeOffset date)
    {
        var pdf = PressDocument.Create(title, subject, date);
        PdfX.Declare(pdf);
        return pdf;
    }

    public static byte[] Save(PdfDocument pdf, Func<ReadOnlySpan<byte>, byte[]?>? fontProgram = null, IEnumerable<PdfDictionary>? compressed = null) =>
        PdfX.Save(pdf, fontProgram, compressed);
}
