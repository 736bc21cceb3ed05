using System.Text;
using Objecteur.Print.Preflight;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Objecteur.Print.Tests.Preflight;

/// <summary>The preflight of <c>objecteur controle</c>: it passes what we give a print shop, and
/// refuses what a shop would send back, in files of ours and in files made by hand.</summary>
public class PreflightTests
{
    private const double Mm3 = 3 * 72 / 25.4;

    public static TheoryData<string> ShopCopies() =>
        new(KitOutputs.Files.Select(f => f.Name).Where(n => n.EndsWith("-traits-de-coupe.pdf", StringComparison.Ordinal) || n == "livret-a5-imprimerie.pdf"));

    [Theory]
    [MemberData(nameof(ShopCopies))]
    public void Our_shop_copies_pass_with_their_boxes_3mm_apart_fonts_embedded_and_every_stream_readable(string name)
    {
        var report = PdfPreflight.Check(KitOutputs.File(name).Pdf);

        Assert.True(report.Accepted, string.Join("\n", report.Refusals));
        Assert.All(report.Pages, p =>
        {
            Assert.NotNull(p.Trim);
            Assert.NotNull(p.Bleed);
            Assert.Equal(Mm3, p.BleedMargin!.Value, 0.01);
        });
        Assert.NotEmpty(report.Fonts);
        Assert.All(report.Fonts, f => Assert.True(f.Embedded, f.Name));
        Assert.True(report.StreamCount > 0);
        Assert.Empty(report.StreamFaults);
        Assert.Empty(report.UnreadablePages);
        // Aiming at PDF/X-1a:2003, and held to it (see PreflightReport): CMYK only, black text in black ink alone, no transparency.
        Assert.True(report.ClaimsPdfX1a);
        Assert.Equal("1.4", report.Version);
        Assert.Equal("False", report.Trapped);
        Assert.Equal(new OutputIntentFact("GTS_PDFX", "FOGRA39", "http://www.color.org", false), Assert.Single(report.OutputIntents));
        Assert.All(report.Colours.Keys, c => Assert.Equal(ColourSpace.Cmyk, c));
        Assert.Contains(report.TextColours.Keys, t => t.IsBlack);
        Assert.All(report.TextColours.Keys.Where(t => t.IsBlack), t => Assert.True(t.IsPureK, t.Components));
        Assert.Empty(report.Transparencies);
    }

    public static TheoryData<string> CropMarkedCopies() =>
        new(KitOutputs.Files.Select(f => f.Name).Where(n => n.EndsWith("-traits-de-coupe.pdf", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(CropMarkedCopies))]
    public void Crop_marks_are_in_registration_black_and_hairlines_in_black_alone(string name)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(KitOutputs.File(name).Pdf);
        foreach (var page in pdf.GetPages())
        {
            var marks = page.Paths.Where(p => p.IsStroked && Math.Abs(p.LineWidth - 0.25) < 1e-6).ToList();
            Assert.Equal(8, marks.Count);
            Assert.All(marks, m => Assert.Equal("CMYK: (1, 1, 1, 1)", m.StrokeColor?.ToString()));
        }
    }

    public static TheoryData<string> Files() => new(KitOutputs.Files.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_we_write_reads_whole_with_every_font_embedded(string name)
    {
        var report = PdfPreflight.Check(KitOutputs.File(name).Pdf);

        Assert.Empty(report.StreamFaults);
        Assert.Empty(report.UnreadablePages);
        Assert.All(report.Fonts, f => Assert.True(f.Embedded, f.Name));
        Assert.Equal(KitOutputs.File(name).Pages, report.Pages.Count);
    }

    [Fact]
    public void A_file_without_trim_box_is_refused_page_by_page()
    {
        var report = PdfPreflight.Check(KitOutputs.File("lettre-caf-papier.pdf").Pdf);

        Assert.False(report.Accepted);
        Assert.Contains(report.Refusals, r => r.StartsWith("pages 1–2 : pas de format fini (TrimBox)", StringComparison.Ordinal));
        Assert.Contains("pages 1–2 : page 210 × 297 mm ; pas de format fini (TrimBox)", report.Describe());
    }

    [Fact]
    public void Bleed_under_3mm_is_refused_with_its_width()
    {
        var pdf = HandMade("0 g 0 0 100 100 re f", page =>
        {
            page.TrimBox = new PdfRectangle(new XPoint(10, 10), new XPoint(400, 500));
            page.BleedBox = new PdfRectangle(new XPoint(5, 5), new XPoint(405, 505));
        });

        var report = PdfPreflight.Check(pdf);

        Assert.Contains("page 1 : fond perdu de 1,8 mm autour du format fini ; il en faut 3 mm (BleedBox)", report.Refusals);
    }

    [Fact]
    public void A_damaged_stream_is_reported_by_its_object_and_refused()
    {
        var pdf = KitOutputs.File("tract-guichets-a5-traits-de-coupe.pdf").Pdf.ToArray();
        var (start, length, number) = FirstFlateStream(pdf);
        // Garbage in the middle of the deflate data, the file's length and offsets unchanged.
        for (var i = start + length / 2; i < start + length / 2 + 16; i++) pdf[i] ^= 0x5A;

        var report = PdfPreflight.Check(pdf);

        var fault = Assert.Single(report.StreamFaults);
        Assert.Equal(number, fault.Object);
        Assert.False(report.Accepted);
        Assert.Contains(report.Refusals, r => r.StartsWith($"objet {number} : flux compressé", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_without_its_adler32_is_reported_as_such()
    {
        var pdf = KitOutputs.File("tract-guichets-a5-traits-de-coupe.pdf").Pdf.ToArray();
        var (start, length, number) = FirstFlateStream(pdf);
        for (var i = start + length - 4; i < start + length; i++) pdf[i] = 0;

        var report = PdfPreflight.Check(pdf);

        Assert.Equal(new StreamFault(number, PdfStreams.ZlibState.BadChecksum), Assert.Single(report.StreamFaults));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_without_a_crash()
    {
        var report = PdfPreflight.Check(Encoding.UTF8.GetBytes("Bonjour, ceci n'est pas un PDF."));

        Assert.False(report.IsReadable);
        Assert.Single(report.Refusals);
        Assert.Empty(report.Describe());
    }

    [Fact]
    public void A_font_that_is_not_embedded_is_refused_by_its_name()
    {
        var pdf = HandMade("BT /F1 12 Tf 72 700 Td (Bonjour) Tj ET", page =>
        {
            var font = new PdfDictionary();
            font.Elements["/Type"] = new PdfName("/Font");
            font.Elements["/Subtype"] = new PdfName("/Type1");
            font.Elements["/BaseFont"] = new PdfName("/Helvetica");
            var fonts = new PdfDictionary();
            fonts.Elements["/F1"] = font;
            page.Resources.Elements["/Font"] = fonts;
        });

        var report = PdfPreflight.Check(pdf);

        Assert.Equal(new FontFact("Helvetica", "Type1", false), Assert.Single(report.Fonts));
        Assert.Contains("police « Helvetica » non incluse : l'imprimerie la remplacera par une autre", report.Refusals);
    }

    [Theory]
    [InlineData("0 0 0 rg", false, "DeviceRGB")]
    [InlineData("0 0 0 1 k", true, "DeviceCMYK")]
    [InlineData("0.6 0.4 0.4 1 k", false, "DeviceCMYK")]
    [InlineData("0 g", true, "DeviceGray")]
    public void Black_text_is_pure_k_only_in_black_ink_alone(string colour, bool pureK, string family)
    {
        // The colour is set inside the text object after a « q » that a « Q » undoes: what counts is the colour when the text is shown.
        var pdf = HandMade($"1 0 0 rg q BT {colour} /F1 9 Tf 72 700 Td (Bonjour) Tj ET Q 0 0 10 10 re f", page => { });

        var report = PdfPreflight.Check(pdf);

        var text = Assert.Single(report.TextColours.Keys);
        Assert.Equal(family, text.Space.Family);
        Assert.True(text.IsBlack);
        Assert.Equal(pureK, text.IsPureK);
        Assert.Equal(pureK, !report.Notices.Any(n => n.Contains("texte en", StringComparison.Ordinal)));
        // The rectangle after « Q » is painted in the red set before « q ».
        Assert.Contains(ColourSpace.Rgb, report.Colours.Keys);
    }

    [Theory]
    // 100 × 50 pixels over 1 inch (72 pt) wide: 100 ppp, refused; over 18 pt: 400 ppp.
    [InlineData(72, 100, true)]
    [InlineData(36, 200, false)]
    [InlineData(18, 400, false)]
    public void Image_resolution_is_measured_on_paper_through_the_transformations(double widthPt, double ppi, bool refused)
    {
        var pdf = HandMade("", page =>
        {
            using var graphics = XGraphics.FromPdfPage(page);
            using var image = XImage.FromStream(new MemoryStream(Png(100, 50)));
            // Drawn inside a scaled state: only the product of the matrices gives the size on paper.
            graphics.ScaleTransform(2);
            graphics.DrawImage(image, 10, 10, widthPt / 2, widthPt / 4);
        });

        var report = PdfPreflight.Check(pdf);

        var found = Assert.Single(report.Images);
        Assert.Equal(ppi, found.Ppi, 0.5);
        Assert.Equal(refused, report.Refusals.Any(r => r.Contains("ppp", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_claiming_pdf_x1a_is_held_to_it()
    {
        var pdf = HandMade("/GS1 gs 0 0 1 rg 0 0 100 100 re f", page =>
        {
            page.TrimBox = new PdfRectangle(new XPoint(20, 20), new XPoint(300, 400));
            page.BleedBox = new PdfRectangle(new XPoint(10, 10), new XPoint(310, 410));
            var gs = new PdfDictionary();
            gs.Elements["/ca"] = new PdfReal(0.5);
            var states = new PdfDictionary();
            states.Elements["/GS1"] = gs;
            page.Resources.Elements["/ExtGState"] = states;
            page.Owner.Info.Elements["/GTS_PDFXVersion"] = new PdfString("PDF/X-1a:2003");
        });

        var report = PdfPreflight.Check(pdf);

        Assert.True(report.ClaimsPdfX1a);
        Assert.Contains("page 1 : couleurs en RVB (DeviceRGB), interdites en PDF/X-1a", report.Refusals);
        Assert.Contains("page 1 : opacité inférieure à 100 %, interdit en PDF/X-1a", report.Refusals);
        Assert.Contains(report.Refusals, r => r.Contains("OutputIntent", StringComparison.Ordinal));
        Assert.Contains(report.Refusals, r => r.Contains("/Trapped", StringComparison.Ordinal));
    }

    /// <summary>A one-page PDF of 420 × 520 pt with this content, saved uncompressed by PDFsharp.</summary>
    private static byte[] HandMade(string content, Action<PdfPage> setUp)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(420);
        page.Height = XUnit.FromPoint(520);
        if (content.Length > 0) page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes(content));
        setUp(page);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>A grey PNG of this size, written with ZLibStream (filter 0 on every row).</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var i = 0; i < raw.Length; i++) raw[i] = i % (width + 1) == 0 ? (byte)0 : (byte)(i % 251);
        using var data = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(data, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    /// <summary>PNG's CRC-32 (ISO 3309), written plainly.</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>Where the first FlateDecode stream's data lies, and its object number.</summary>
    private static (int Start, int Length, int Object) FirstFlateStream(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf("/FlateDecode", StringComparison.Ordinal);
        var objStart = text.LastIndexOf(" 0 obj", at, StringComparison.Ordinal);
        var numberStart = text.LastIndexOf('\n', objStart) + 1;
        var number = int.Parse(text[numberStart..objStart]);
        var lengthAt = text.IndexOf("/Length ", objStart, StringComparison.Ordinal) + "/Length ".Length;
        var length = int.Parse(new string(text[lengthAt..].TakeWhile(char.IsDigit).ToArray()));
        var data = text.IndexOf("stream\n", at, StringComparison.Ordinal) + "stream\n".Length;
        return (data, length, number);
    }
}
