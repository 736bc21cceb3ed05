using Objecteur.Print.Render;
using PdfSharp.Pdf;

namespace Objecteur.Print.Press;

/// <summary>
/// A copy for a print shop, aiming at PDF/X-1a:2003 (ISO 15930-4): CMYK colours (PDFsharp writes
/// every colour in the document's colour mode; the pieces themselves are drawn in CMYK, see
/// <see cref="RenderOptions.Cmyk"/>), PDF 1.4, no transparency group on any page or drawing, an
/// output intent naming the registered characterisation FOGRA39 (coated paper, ISO 12647-2), which
/// needs no embedded ICC profile, and <c>/GTS_PDFXVersion</c> and <c>/Trapped /False</c> in Info.
/// What can and cannot be checked here is in templates/README.md (« Contrôler un fichier »).
/// </summary>
public static class ShopFile
{
    public const string PdfX = "PDF/X-1a:2003";
    public const string Condition = "FOGRA39";
    public const string Registry = "http://www.color.org";
    public const string ConditionName = "Coated FOGRA39 (ISO 12647-2:2004)";

    public static PdfDocument Create(string title, string subject, DateTimeOffset date)
    {
        var pdf = PressDocument.Create(title, subject, date);
        pdf.Options.ColorMode = PdfSharp.Pdf.PdfColorMode.Cmyk;
        pdf.Version = 14;
        pdf.Info.Elements["/GTS_PDFXVersion"] = new PdfString(PdfX);
        pdf.Info.Elements["/Trapped"] = new PdfName("/False");
        var intent = new PdfDictionary(pdf);
        intent.Elements["/Type"] = new PdfName("/OutputIntent");
        intent.Elements["/S"] = new PdfName("/GTS_PDFX");
        intent.Elements["/OutputConditionIdentifier"] = new PdfString(Condition);
        intent.Elements["/RegistryName"] = new PdfString(Registry);
        intent.Elements["/Info"] = new PdfString(ConditionName);
        pdf.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(pdf, intent);
        return pdf;
    }

    /// <summary>Saves as every file is saved, then blanks the transparency groups PDFsharp adds to
    /// every page it writes (and that imported pages bring): PDF/X-1a forbids them, and spaces of
    /// the same length keep every offset of the file right.</summary>
    public static byte[] Save(PdfDocument pdf, byte[] seed) =>
        PdfStreams.CompleteFlate(Reproducibility.Save(pdf, seed), (plain, _) => BlankTransparencyGroups(plain));

    private static void BlankTransparencyGroups(Span<byte> text)
    {
        var from = 0;
        int at;
        while ((at = text[from..].IndexOf("/Group<<"u8)) >= 0)
        {
            var start = from + at;
            var close = text[start..].IndexOf(">>"u8);
            if (close < 0) return;
            var end = start + close + 2;
            if (text[start..end].IndexOf("/S/Transparency"u8) >= 0) text[start..end].Fill((byte)' ');
            from = end;
        }
    }
}
