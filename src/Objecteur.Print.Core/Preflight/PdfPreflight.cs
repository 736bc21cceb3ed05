using Objecteur.Print.Render;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Objecteur.Print.Preflight;

/// <summary>
/// Reads any PDF, ours or not, as a print shop's preflight does: page and trim sizes, boxes,
/// bleed, fonts, colours, images, streams, transparency and output intent (see
/// <see cref="PreflightReport"/> for what is judged). Only PDFsharp's reader and our own content
/// scanner: no external tool, so it runs in the Native AOT binary.
/// </summary>
public static class PdfPreflight
{
    public static PreflightReport Check(byte[] pdf)
    {
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        }
        // PDFsharp's reader throws exceptions of many types on a file it cannot parse (its own,
        // InvalidOperationException, FormatException, NullReferenceException…): for a file from
        // anywhere each means the same, that it is not a PDF a shop's software will open either.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return PreflightReport.Unreadable;
        }
        using (document)
        {
            var found = new PreflightFindings();
            var pages = new List<PageFacts>();
            for (var i = 0; i < document.PageCount; i++)
                pages.Add(Page(document.Pages[i], i + 1, found));
            var (streams, faults) = Streams(document);
            return new PreflightReport(
                $"{document.Version / 10}.{document.Version % 10}", pages, found.Fonts,
                found.Colours.ToDictionary(c => c.Key, c => (IReadOnlySet<int>)c.Value),
                found.TextColours.ToDictionary(c => c.Key, c => (IReadOnlySet<int>)c.Value),
                found.Images, streams, faults,
                found.Transparencies.ToDictionary(t => t.Key, t => (IReadOnlySet<int>)t.Value),
                found.UnreadablePages, OutputIntents(document),
                NullIfEmpty(Pdf.Text(document.Info.Elements["/GTS_PDFXVersion"])), NullIfEmpty(Pdf.Text(document.Info.Elements["/Trapped"])));
        }
    }

    private static PageFacts Page(PdfPage page, int number, PreflightFindings found)
    {
        var media = Pdf.Box(page, "/MediaBox") ?? PdfBox.Of(0, 0, 612, 792);
        var crop = Pdf.Box(page, "/CropBox");
        if (page.Elements.GetDictionary("/Group") is { } group && group.Elements.GetName("/S") == "/Transparency")
            found.Transparency(number, PreflightFindings.PageGroup);

        var contents = Pdf.Resolve(page.Elements["/Contents"]) switch
        {
            PdfDictionary stream => [stream],
            PdfArray array => array.Elements.Select(e => Pdf.Resolve(e)).OfType<PdfDictionary>().ToList(),
            _ => new List<PdfDictionary>(),
        };
        // A page's content streams are one content, cut anywhere between tokens (§7.8.2).
        using var content = new MemoryStream();
        foreach (var stream in contents)
        {
            if (Pdf.Decoded(stream) is not { } bytes)
            {
                found.Unreadable(number);
                continue;
            }
            content.Write(bytes);
            content.WriteByte((byte)'\n');
        }
        new PageScan(number, found).Run(content.ToArray(), page.Elements.GetDictionary("/Resources"));
        return new PageFacts(number, media, crop, Pdf.Box(page, "/TrimBox"), Pdf.Box(page, "/BleedBox"), Pdf.Box(page, "/ArtBox"));
    }

    private static (int Count, IReadOnlyList<StreamFault> Faults) Streams(PdfDocument document)
    {
        var count = 0;
        var faults = new List<StreamFault>();
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: not null } stream) continue;
            count++;
            if (Pdf.Check(stream) is { } state and not PdfStreams.ZlibState.Complete)
                faults.Add(new StreamFault(Pdf.Number(stream), state));
        }
        return (count, faults.OrderBy(f => f.Object).ToList());
    }

    private static IReadOnlyList<OutputIntentFact> OutputIntents(PdfDocument document)
    {
        var intents = document.Internals.Catalog.Elements.GetArray("/OutputIntents");
        if (intents is null) return [];
        return intents.Elements.Select(e => Pdf.Resolve(e)).OfType<PdfDictionary>()
            .Select(i => new OutputIntentFact(Pdf.Text(i.Elements["/S"]), Pdf.Text(i.Elements["/OutputConditionIdentifier"]),
                Pdf.Text(i.Elements["/RegistryName"]), i.Elements.ContainsKey("/DestOutputProfile")))
            .ToList();
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
