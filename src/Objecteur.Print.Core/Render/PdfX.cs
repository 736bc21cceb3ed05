using PdfSharp.Pdf;

namespace Objecteur.Print.Render;

/// <summary>
/// A copy for a print shop, aiming at PDF/X-1a:2003 (ISO 15930-4): CMYK colours (PDFsharp writes
/// every colour in the document's colour mode), PDF 1.4, no transparency group on any page or
/// drawing, an output intent naming the registered characterisation FOGRA39 (coated paper,
/// ISO 12647-2), which needs no embedded ICC profile, and <c>/GTS_PDFXVersion</c> and
/// <c>/Trapped /False</c> in Info. Render applies it to a document it draws (the booklet's shop
/// copy keeps its structure tree that way) and Press to the sheets it imposes. What can and cannot
/// be checked here is in templates/README.md (« Contrôler un fichier »).
/// </summary>
public static class PdfX
{
    public const string Version = "PDF/X-1a:2003";
    public const string Condition = "FOGRA39";
    public const string Registry = "http://www.color.org";
    public const string ConditionName = "Coated FOGRA39 (ISO 12647-2:2004)";

    /// <summary>Makes a new document a shop copy: colour mode, version, Info keys, output intent.</summary>
    public static void Declare(PdfDocument pdf)
    {
        pdf.Options.ColorMode = PdfColorMode.Cmyk;
        pdf.Version = 14;
        pdf.Info.Elements["/GTS_PDFXVersion"] = new PdfString(Version);
        pdf.Info.Elements["/Trapped"] = new PdfName("/False");
        var intent = new PdfDictionary(pdf);
        intent.Elements["/Type"] = new PdfName("/OutputIntent");
        intent.Elements["/S"] = new PdfName("/GTS_PDFX");
        intent.Elements["/OutputConditionIdentifier"] = new PdfString(Condition);
        intent.Elements["/RegistryName"] = new PdfString(Registry);
        intent.Elements["/Info"] = new PdfString(ConditionName);
        pdf.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(pdf, intent);
    }

    /// <summary>Saves a shop copy as every file is saved (<see cref="Reproducibility.Save"/>), with
    /// the transparency groups PDFsharp adds to every page it writes (and that imported pages bring)
    /// blanked in the same pass, before the file is hashed: PDF/X-1a forbids them, and spaces of the
    /// same length keep every offset of the file right.</summary>
    public static byte[] Save(PdfDocument pdf, Func<ReadOnlySpan<byte>, byte[]?>? fontProgram = null, IEnumerable<PdfDictionary>? compressed = null) =>
        Reproducibility.Save(pdf, (plain, _) => BlankTransparencyGroups(plain), fontProgram, compressed);

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
