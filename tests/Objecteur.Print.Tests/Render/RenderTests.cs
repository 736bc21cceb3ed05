using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Text;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

public class RenderTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static KitPipeline Pipeline() => KitPipeline.Open(Repo.Root, Date);

    private static BuiltDocument Build(string id)
    {
        var pipeline = Pipeline();
        return pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == id));
    }

    [Theory]
    [InlineData("statut-affiche-a3", 841.89, 1190.55)]
    [InlineData("statut-a4", 595.28, 841.89)]
    [InlineData("lettre-caf-papier", 595.28, 841.89)]
    public void Page_sizes_are_the_paper_sizes(string id, double width, double height)
    {
        var facts = PdfFacts.Read(Build(id).Pdf);
        Assert.All(facts.PageSizes, size =>
        {
            Assert.Equal(width, size.Width, 1);
            Assert.Equal(height, size.Height, 1);
        });
    }

    [Fact]
    public void The_a3_poster_is_one_page()
    {
        Assert.Equal(1, PdfFacts.Read(Build("statut-affiche-a3").Pdf).PageCount);
    }

    [Theory]
    [InlineData("statut-affiche-a3")]
    [InlineData("lettre-caf-papier")]
    public void Fonts_are_embedded_subsets_with_unicode_maps(string id)
    {
        var fonts = PdfFacts.Read(Build(id).Pdf).Fonts;
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            Assert.True(f.Embedded, f.Name);
            Assert.True(f.IsSubset, f.Name);
            Assert.True(f.HasToUnicode, f.Name);
            Assert.Contains("Noto", f.Name);
        });
    }

    [Fact]
    public void Metadata_has_title_and_subject_and_no_author()
    {
        var facts = PdfFacts.Read(Build("statut-a4").Pdf);
        Assert.Equal("Statut d'objecteur·trice du numérique", facts.Title);
        Assert.False(string.IsNullOrEmpty(facts.Subject));
        Assert.True(string.IsNullOrEmpty(facts.Author));
        Assert.Contains("/Lang(fr-FR)", facts.Raw.Replace(" ", ""));
    }

    [Theory]
    [InlineData("Droits & recours", "Le guichet <d'abord>")]
    [InlineData("Tract \"papier\" > écran", "Sujet sans rien à échapper")]
    public void The_xmp_packet_is_well_formed_xml_and_holds_the_title_and_subject_as_written(string title, string subject)
    {
        var pdf = PdfRenderer.Render(new LayoutDocument(title, subject, "fr-FR", [new PageFrame(200, 200, [])], []), new RenderOptions(Date));

        var raw = System.Text.Encoding.UTF8.GetString(pdf);
        var packet = raw[raw.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(raw.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length)];
        var xmp = System.Xml.Linq.XDocument.Parse(packet);
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/", pdfua = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Equal(title, xmp.Descendants(dc + "title").Single().Value);
        Assert.Equal(subject, xmp.Descendants(dc + "description").Single().Value);
        Assert.Equal("1", xmp.Descendants(pdfua + "part").Single().Value);
        Assert.Equal(title, PdfFacts.Read(pdf).Title);
    }

    /// <summary>Everything French text set by the layout may hold: letters with their accents and
    /// ligatures, digits, the spaces of French typography, quotes, dashes, the point of inclusive writing.</summary>
    private const string Repertoire = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 àâäçéèêëîïôöùûüÿœæ ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
        + " «\u00A0\u202F» ’'\" .,;:!?…–—-·/()[]%€°º№§&@ ¹²³";

    [Theory]
    [InlineData("Noto Sans", false, false)]
    [InlineData("Noto Serif", false, false)]
    [InlineData("Noto Sans", true, false)]
    [InlineData("Noto Sans", false, true)]
    [InlineData("Noto Sans", true, true)]
    public void Text_written_by_the_renderer_has_the_glyphs_pdfsharp_gives_the_same_text(string family, bool cmyk, bool registration)
    {
        // The renderer writes all text itself (PageText): the same text must give the glyph string
        // and the colour PDFsharp's own DrawString gives, in a document of PDFsharp's own.
        var face = FontLibrary.Embedded.Families.First(f => f.Name == family).Regular;
        var colour = registration ? Color.Registration : new Color(40, 60, 200);
        var items = Enumerable.Range(0, 3)
            .Select(i => (FrameItem)new TextItem(20, 40 + 20 * i, 300, Repertoire, face, 9, colour))
            .ToList();
        var pdf = PdfRenderer.Render(new LayoutDocument("t", "s", "fr-FR", [new PageFrame(400, 200, items)], []), new RenderOptions(Date, Cmyk: cmyk));
        var (strings, colours) = TextOperators(pdf, cmyk);
        Assert.Equal(3, strings.Count);
        Assert.Single(strings.Distinct());
        Assert.DoesNotContain("0000", Enumerable.Range(0, strings[0].Length / 4).Select(i => strings[0].Substring(4 * i, 4)));

        using var reference = new PdfSharp.Pdf.PdfDocument();
        if (cmyk) reference.Options.ColorMode = PdfSharp.Pdf.PdfColorMode.Cmyk;
        EmbeddedFontResolver.Register(face);
        using (var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(reference.AddPage()))
            graphics.DrawString(Repertoire, new PdfSharp.Drawing.XFont(face.Name, 9, PdfSharp.Drawing.XFontStyleEx.Regular,
                    new PdfSharp.Drawing.XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode)),
                new PdfSharp.Drawing.XSolidBrush(PdfRenderer.ToX(colour)), 20, 40);
        using var saved = new MemoryStream();
        reference.Save(saved, closeStream: false);
        var (pdfsharpStrings, pdfsharpColours) = TextOperators(saved.ToArray(), cmyk);
        Assert.Equal(pdfsharpStrings.Single(), strings[0]);
        Assert.Equal(pdfsharpColours.Distinct().Single(), colours.Distinct().Single());
        // And a reader gets the text back: the glyphs are in the subset's ToUnicode map.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(3, document.GetPage(1).Text.Split("abcdefghijklmnopqrstuvwxyz").Length - 1);
    }

    /// <summary>The bytes of a literal string (ISO 32000-1 §7.3.4.2: the escapes the renderer writes).</summary>
    private static byte[] Unescape(string literal)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < literal.Length; i++)
            bytes.Add(literal[i] != '\\' ? (byte)literal[i] : literal[++i] switch { 'r' => (byte)13, 'n' => (byte)10, var c => (byte)c });
        return [.. bytes];
    }

    /// <summary>The glyph strings shown (<c>Tj</c>) on a file's first page, and its fill colours.</summary>
    private static (List<string> Strings, List<string> Colours) TextOperators(byte[] pdf, bool cmyk)
    {
        using var read = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var content = string.Concat(read.Pages[0].Contents.Elements.Select((_, i) =>
            System.Text.Encoding.Latin1.GetString(read.Pages[0].Contents.Elements.GetDictionary(i)!.Stream.UnfilteredValue)));
        // PDFsharp writes a hex string, the renderer a literal one: both as hex digits here.
        var strings = System.Text.RegularExpressions.Regex.Matches(content, @"(?:<(?<hex>[0-9a-fA-F\s]+)>|\((?<literal>(?:\\.|[^\\)])*)\))\s*Tj")
            .Select(m => m.Groups["hex"].Success
                ? string.Concat(m.Groups["hex"].Value.Where(char.IsAsciiHexDigit)).ToLowerInvariant()
                : Convert.ToHexStringLower(Unescape(m.Groups["literal"].Value))).ToList();
        var colours = System.Text.RegularExpressions.Regex.Matches(content, cmyk ? @"([\d.]+ ){4}k\n" : @"([\d.]+ ){3}rg\n").Select(m => m.Value).ToList();
        return (strings, colours);
    }

    [Fact]
    public void Rebuilding_gives_identical_bytes()
    {
        Assert.Equal(Build("statut-affiche-a3").Pdf, Build("statut-affiche-a3").Pdf);
        Assert.Equal(Build("lettre-caf-papier").Pdf, Build("lettre-caf-papier").Pdf);
    }

    [Fact]
    public void Different_content_gives_different_document_ids()
    {
        string Id(byte[] pdf) => System.Text.RegularExpressions.Regex.Match(PdfFacts.Read(pdf).Raw, @"/ID\s*\[\s*<([0-9A-Fa-f]+)>").Groups[1].Value;
        Assert.NotEqual(Id(Build("statut-a4").Pdf), Id(Build("statut-affiche-a3").Pdf));
    }

    [Fact]
    public void The_document_id_and_the_xmp_uuids_are_filled_once_the_file_is_hashed()
    {
        var raw = PdfFacts.Read(Build("statut-a4").Pdf).Raw;
        var ids = System.Text.RegularExpressions.Regex.Match(raw, @"/ID\s*\[\s*<([0-9A-F]+)>\s*<([0-9A-F]+)>");
        Assert.Equal(ids.Groups[1].Value, ids.Groups[2].Value);
        Assert.Equal(64, ids.Groups[1].Value.Length);
        Assert.NotEqual(new string('0', 32), System.Text.Encoding.ASCII.GetString(Convert.FromHexString(ids.Groups[1].Value)));
        var uuids = System.Text.RegularExpressions.Regex.Matches(raw, "uuid:([0-9a-f-]{36})").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, uuids.Distinct().Count());
        Assert.DoesNotContain("00000000-0000-0000-0000-000000000000", uuids);
    }

    [Fact]
    public void A_prefilled_letter_keeps_the_sender_out_of_the_metadata()
    {
        var pipeline = Pipeline();
        var model = pipeline.Letter("caf-papier");
        var sender = SenderValues.Load(Path.Combine(Repo.TestDirectory, "Fixtures", "expediteur.yaml"), "expediteur.yaml",
            model.Champs.Select(f => f.Cle).ToList());
        var facts = PdfFacts.Read(pipeline.Build(pipeline.LetterSpec(model), sender).Pdf);
        foreach (var meta in new[] { facts.Title, facts.Subject, facts.Author })
        {
            Assert.DoesNotContain("Aubign", meta);
            Assert.DoesNotContain("1234567", meta);
        }
        var xmp = facts.Raw[facts.Raw.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Aubign", xmp);
    }

    [Fact]
    public void Bleed_sets_trim_and_bleed_boxes_3mm_apart()
    {
        var layout = Paginator.Layout(DocumentMarkup.Parse(new MarkupSource("<document format=\"A6\" bleed=\"3mm\"><p>a</p></document>", "t")));
        var facts = PdfFacts.Read(PdfRenderer.Render(layout, new RenderOptions(Date)));
        var trim = facts.TrimBoxes[0]!;
        var bleed = facts.BleedBoxes[0]!;
        Assert.Equal(Units.Mm(3), trim.X1 - bleed.X1, 3);
        Assert.Equal(Units.Mm(105), trim.Width, 3);
        Assert.Equal(Units.Mm(111), bleed.Width, 3);
    }

    [Fact]
    public void Copy_paste_gives_back_the_french_text()
    {
        // PdfPig reads the characters back through the ToUnicode maps, as a viewer's copy-paste
        // does; grouped by baseline, they give the printed lines. The words of a tightly justified
        // line stay apart because the spaces are drawn, not guessed from the gaps.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Build("lettre-caf-papier").Pdf);
        var lines = pdf.GetPages().SelectMany(page => page.Letters
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y, 1))
            .Select(line => string.Concat(line.Select(letter => letter.Value)))).ToList();
        Assert.Contains("Lettre recommandée avec avis de réception", lines);
        Assert.Contains(lines, line => line.Contains("le Conseil d’État l’a jugé") || line.Contains("d’État l’a jugé"));
        Assert.Contains(lines, line => line.StartsWith("En application de l’article L112-14 2° du CRPA, je refuse expressément toute réponse"));
    }

    [Fact]
    public void Atomic_write_keeps_the_old_file_when_the_new_one_cannot_be_written()
    {
        var folder = Directory.CreateTempSubdirectory("objecteur-atomic-").FullName;
        var path = Path.Combine(folder, "a.pdf");
        AtomicFile.WriteAllBytes(path, [1, 2, 3]);
        Directory.CreateDirectory(path + ".blocker");
        // A target that is a directory cannot be replaced: the write fails, nothing else changes.
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllBytes(Path.Combine(folder, "a.pdf.blocker"), [9]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(folder).Count());
        Directory.Delete(folder, recursive: true);
    }
}
