using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Objecteur.Print.Tests.Render;

/// <summary>What a PDF says about itself, read back with PDFsharp: what a print shop or a PDF
/// reader will see, independent of how we wrote it.</summary>
public sealed record PdfFacts(
    int PageCount, IReadOnlyList<(double Width, double Height)> PageSizes, IReadOnlyList<PdfRectangle?> TrimBoxes,
    IReadOnlyList<PdfRectangle?> BleedBoxes, IReadOnlyList<FontFact> Fonts, string Title, string Subject, string Author, string Raw)
{
    public static PdfFacts Read(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var fonts = new Dictionary<string, FontFact>();
        var sizes = new List<(double, double)>();
        var trims = new List<PdfRectangle?>();
        var bleeds = new List<PdfRectangle?>();
        foreach (var page in document.Pages)
        {
            sizes.Add((page.Width.Point, page.Height.Point));
            trims.Add(page.Elements.ContainsKey("/TrimBox") ? page.TrimBox : null);
            bleeds.Add(page.Elements.ContainsKey("/BleedBox") ? page.BleedBox : null);
            var fontDictionary = page.Resources.Elements.GetDictionary("/Font");
            if (fontDictionary is null) continue;
            foreach (var key in fontDictionary.Elements.Keys)
            {
                var font = fontDictionary.Elements.GetDictionary(key)!;
                var name = font.Elements.GetName("/BaseFont");
                var descendant = font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0);
                var descriptor = (descendant ?? font).Elements.GetDictionary("/FontDescriptor");
                var embedded = descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3"));
                fonts[name] = new FontFact(name, embedded, font.Elements.ContainsKey("/ToUnicode"));
            }
        }
        return new PdfFacts(document.PageCount, sizes, trims, bleeds, fonts.Values.OrderBy(f => f.Name).ToList(),
            document.Info.Title, document.Info.Subject, document.Info.Author, System.Text.Encoding.Latin1.GetString(pdf));
    }
}

/// <summary>One font of the PDF: its name (with subset tag), embedded or not, copy-paste map or not.</summary>
public sealed record FontFact(string Name, bool Embedded, bool HasToUnicode)
{
    public bool IsSubset => Name.Length > 8 && Name[7] == '+';
}
