using System.Diagnostics;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.Content;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Render;

/// <summary>Every document is a tagged PDF: what a screen reader gets, read back from the file.</summary>
public class TaggedPdfTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("lettre-caf-papier.pdf", 1)]
    [InlineData("lettre-caf-papier.pdf", 2)]
    [InlineData("livret-a5.pdf", 5)]
    [InlineData("livret-a5.pdf", 12)]
    [InlineData("livret-a4-livret.pdf", 3)]
    public void Every_letter_drawn_is_content_with_an_mcid_or_an_artifact(string file, int page)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(KitOutputs.File(file).Pdf);
        var read = pdf.GetPage(page);
        var tagged = new HashSet<string>();
        foreach (var marked in read.GetMarkedContents()) Collect(marked, false, tagged);
        Assert.True(read.Letters.Count > 0, "the page has text");
        Assert.All(read.Letters, l => Assert.Contains(Key(l), tagged));
    }

    /// <summary>The letters of sequences that are, or lie inside, an artifact or content with an MCID.</summary>
    private static void Collect(MarkedContentElement element, bool inTagged, HashSet<string> tagged)
    {
        var isTagged = inTagged || element.IsArtifact || element.MarkedContentIdentifier >= 0;
        if (isTagged) tagged.UnionWith(element.Letters.Select(Key));
        foreach (var child in element.Children) Collect(child, isTagged, tagged);
    }

    private static string Key(Letter l) => $"{l.Value}@{l.StartBaseLine.X:0.###},{l.StartBaseLine.Y:0.###}";

    [Fact]
    public void A_two_column_page_reads_column_by_column_in_the_structure_tree_and_in_pdftotext()
    {
        var words = new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot" };
        var paragraphs = string.Concat(words.Select((w, i) => $"<p>{w} {Words(20, i + 1)}</p>"));
        var layout = Lay($"<document format=\"A5\" margin=\"15mm\"><columns count=\"2\">{paragraphs}</columns></document>");
        Assert.Single(layout.Pages);
        var bytes = PdfRenderer.Render(layout, new RenderOptions(Date));

        // Depth first, the paragraphs come in the order they were written, the left column's first.
        var tree = Tree(bytes);
        var texts = MarkedTexts(bytes);
        var order = tree.Where(e => e.Type == "/P").Select(e => string.Concat(e.Content.Select(c => texts[c]))).ToList();
        Assert.Equal(words, order.Select(t => words.Single(w => t.StartsWith(w, StringComparison.Ordinal))));
        var left = layout.Pages[0].Items.OfType<TextItem>().First(t => t.Text.StartsWith("Alpha", StringComparison.Ordinal)).X;
        Assert.True(layout.Pages[0].Items.OfType<TextItem>().First(t => t.Text.StartsWith("Foxtrot", StringComparison.Ordinal)).X > left + 100, "Foxtrot is in the right column");

        var text = PdfToText(bytes);
        var positions = words.Select(w => text.IndexOf(w, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void A_paragraph_split_across_pages_is_one_element_with_content_on_both_pages()
    {
        var layout = Lay($"<document format=\"A6\" margin=\"10mm\"><p>{Words(120, 3)}</p><p>{Words(200, 5)}</p></document>");
        var pagesOf = layout.Pages.SelectMany((p, i) => p.Items.OfType<TextItem>().Select(t => (t.Node!, i)))
            .GroupBy(x => x.Item1, x => x.i).ToDictionary(g => g.Key, g => g.Distinct().Count());
        Assert.Equal(2, pagesOf.Count);
        Assert.Contains(pagesOf.Values, n => n > 1);

        var paragraphs = Tree(PdfRenderer.Render(layout, new RenderOptions(Date))).Where(e => e.Type == "/P").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Contains(paragraphs, p => p.Content.Select(c => c.Page).Distinct().Count() > 1);
    }

    [Fact]
    public void A_list_reads_label_then_body_and_a_table_has_its_header_cells_once()
    {
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i => $"<tr><td><p>ligne {i}</p></td><td><p>{Words(6, i)}</p></td></tr>"));
        var layout = Lay("<document format=\"A6\" margin=\"10mm\"><list><item>premier</item><item>second</item></list>"
            + $"<table columns=\"1fr 2fr\" header-rows=\"1\"><tr><td><p>Atelier</p></td><td><p>Actions</p></td></tr>{rows}</table></document>");
        Assert.True(layout.Pages.Count > 1, "the table runs over several pages, its header repeated");
        var tree = Tree(PdfRenderer.Render(layout, new RenderOptions(Date)));
        var types = tree.Select(e => e.Type).ToList();
        Assert.Equal(["/L", "/LI", "/Lbl", "/LBody", "/P", "/LI", "/Lbl", "/LBody", "/P"], types.Take(9));
        Assert.Equal(2, types.Count(t => t == "/TH"));
        Assert.Equal(80, types.Count(t => t == "/TD"));
        Assert.All(tree.Where(e => e.Type == "/TH"), e => Assert.Equal("/Column", e.Scope));
    }

    [Fact]
    public void The_catalog_and_metadata_say_the_file_is_tagged_in_french()
    {
        var bytes = KitOutputs.File("livret-a5.pdf").Pdf;
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var catalog = pdf.Internals.Catalog;
        Assert.True(catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        Assert.Equal("fr-FR", catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        var xmp = System.Text.Encoding.UTF8.GetString(catalog.Elements.GetDictionary("/Metadata")!.Stream.Value);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains("<dc:title>", xmp);
    }

    /// <summary>A structure element, depth first: its type, table header scope, and its marked
    /// content as (0-based page, MCID).</summary>
    private sealed record Element(string Type, string? Scope, List<(int Page, int Mcid)> Content);

    private static List<Element> Tree(byte[] bytes)
    {
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var pages = Enumerable.Range(0, pdf.PageCount).ToDictionary(i => pdf.Pages[i].Reference!.ObjectNumber, i => i);
        var elements = new List<Element>();
        void Walk(PdfItem? item, int? page)
        {
            switch (item)
            {
                case PdfReference reference:
                    Walk(reference.Value, page);
                    break;
                case PdfArray array:
                    foreach (var kid in array.Elements) Walk(kid, page);
                    break;
                case PdfDictionary { } dictionary when dictionary.Elements.GetName("/Type") == "/MCR":
                    elements[^1].Content.Add((pages[((PdfReference)dictionary.Elements["/Pg"]!).ObjectNumber], dictionary.Elements.GetInteger("/MCID")));
                    break;
                case PdfInteger mcid:
                    elements[^1].Content.Add((page!.Value, mcid.Value));
                    break;
                case PdfDictionary { } element:
                    var scope = (element.Elements["/A"] as PdfDictionary)?.Elements.GetName("/Scope");
                    var type = element.Elements.GetName("/S");
                    if (type.Length > 0 && type != "/Document") elements.Add(new Element(type, scope, []));
                    var pg = element.Elements["/Pg"] is PdfReference p ? pages[p.ObjectNumber] : page;
                    Walk(element.Elements["/K"], pg);
                    break;
            }
        }
        Walk(pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements["/K"], null);
        return elements;
    }

    /// <summary>The text of each (page, MCID) marked-content sequence, as PdfPig reads it.</summary>
    private static Dictionary<(int Page, int Mcid), string> MarkedTexts(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var texts = new Dictionary<(int, int), string>();
        for (var i = 0; i < pdf.NumberOfPages; i++)
            foreach (var marked in pdf.GetPage(i + 1).GetMarkedContents().Where(m => m.MarkedContentIdentifier >= 0))
                texts[(i, marked.MarkedContentIdentifier)] = string.Concat(marked.Letters.Select(l => l.Value)) + " ";
        return texts;
    }

    private static string PdfToText(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"objecteur-tagged-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
