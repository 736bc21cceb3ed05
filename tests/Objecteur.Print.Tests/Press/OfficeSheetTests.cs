using System.Diagnostics;
using System.Text.RegularExpressions;
using Objecteur.Print.Layout;
using Objecteur.Print.Press;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;

namespace Objecteur.Print.Tests.Press;

/// <summary>The A4 sheets of copies for an office printer (<c>*-planche-a4.pdf</c>): every flyer and card has
/// one, nothing prints where an office printer cannot, and the duplex edge each sheet prints is the one its
/// geometry needs.</summary>
public partial class OfficeSheetTests
{
    public static TheoryData<string> Pieces() =>
        new(KitOutputs.Documents.Where(d => d.Spec.HasCropMarkedCopy).Select(d => d.Spec.Id));

    [Fact]
    public void Two_A5_fill_a_landscape_sheet_in_white_frames_and_turn_on_the_short_edge()
    {
        var sheet = OfficeSheet.Layout(148, 210);
        Assert.Equal((2, true, DuplexFlip.ShortEdge, 5.0), (sheet.Cells.Count, sheet.Sheet.IsLandscape, sheet.Flip, sheet.Frame));
        Assert.All(sheet.Cells, c => Assert.Equal(new MmRect(c.Trim.X + 5, 5, 138, 200), c.Artwork));
        // The shared cut is marked at both ends, inside the printable area, in the white of both frames.
        var cut = sheet.Cells[0].Trim.Right;
        Assert.Equal([new CropMark(new MmPoint(cut, 5), new MmPoint(cut, 10)), new CropMark(new MmPoint(cut, 200), new MmPoint(cut, 205))], sheet.Marks);
        // No room outside the copies: the note goes in the first one's frame, along the cut, turned.
        var note = OfficeSheet.Note(sheet, 60, 2)!.Value;
        Assert.True(note.Turned);
        Assert.InRange(note.Centre.X, cut - 5 + 1 + 1, cut - 1 - 1);
    }

    [Fact]
    public void Four_A6_tile_a_portrait_sheet_in_white_frames_and_turn_on_the_long_edge()
    {
        var sheet = OfficeSheet.Layout(105, 148);
        Assert.Equal((4, false, DuplexFlip.LongEdge), (sheet.Cells.Count, sheet.Sheet.IsLandscape, sheet.Flip));
        Assert.Equal(4, sheet.Marks.Count);
    }

    [Fact]
    public void Ten_cards_keep_their_bleed_and_marks_and_the_note_prints_above_them_between_marks()
    {
        var sheet = OfficeSheet.Layout(85.6, 54);
        Assert.Equal((10, 0.0, DuplexFlip.LongEdge), (sheet.Cells.Count, sheet.Frame, sheet.Flip));
        var note = OfficeSheet.Note(sheet, 60, 2)!.Value;
        Assert.False(note.Turned);
        var box = new MmRect(note.Centre.X - 30, note.Centre.Y - 1, 60, 2);
        Assert.True(new MmRect(5, 5, 200, 287).Contains(box));
        Assert.All(sheet.Cells, c => Assert.False(c.Artwork.Overlaps(box)));
        Assert.All(sheet.Marks, m => Assert.False(box.Overlaps(new MmRect(m.Start.X - 0.5, m.Start.Y - 0.5, m.End.X - m.Start.X + 1, m.End.Y - m.Start.Y + 1))));
    }

    [Fact]
    public void Every_flyer_and_card_of_the_kit_has_its_sheet()
    {
        var pieces = KitOutputs.Documents.Where(d => d.Spec.Type is "tract" or "carte").Select(d => d.Spec).ToList();
        Assert.Equal(6, pieces.Count);
        Assert.All(pieces, spec =>
        {
            var facts = PdfFacts.Read(KitOutputs.File(spec.OfficeSheet + ".pdf").Pdf);
            Assert.Equal(2, facts.PageCount);
            Assert.Equal(Units.Mm(210), Math.Min(facts.PageSizes[0].Width, facts.PageSizes[0].Height), 1);
            Assert.Equal(Units.Mm(297), Math.Max(facts.PageSizes[0].Width, facts.PageSizes[0].Height), 1);
        });
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Nothing_prints_within_5mm_of_the_paper_edge(string id)
    {
        var spec = KitOutputs.Documents.Single(d => d.Spec.Id == id).Spec;
        const int dpi = 100;
        // Half a pixel of antialiasing allowed at the inner edge of the band.
        var band = (int)Math.Floor(OfficeSheet.Margin / 25.4 * dpi) - 1;
        foreach (var page in new[] { 1, 2 })
        {
            var (width, height, pixels) = Gray(KitOutputs.File(spec.OfficeSheet + ".pdf").Pdf, page, dpi);
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                {
                    var inBand = x < band || y < band || x >= width - band || y >= height - band;
                    if (inBand && pixels[y * width + x] < 250)
                        Assert.Fail($"{spec.OfficeSheet}, page {page}: ink at ({x}, {y}) px, within {OfficeSheet.Margin} mm of the edge");
                }
        }
    }

    /// <summary>
    /// Reads back where each copy is drawn on both pages (the form's matrix), turns the verso over about the
    /// axis the printed edge means for this orientation (as <see cref="SheetSize.Verso"/> describes a printer
    /// turning the paper), and checks that every verso copy lands on a recto copy with its top where the
    /// recto's top is: a flyer turned like a book page reads the right way up on both sides.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pieces))]
    public void The_edge_printed_on_the_sheet_turns_every_verso_upright_behind_its_recto(string id)
    {
        var spec = KitOutputs.Documents.Single(d => d.Spec.Id == id).Spec;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(KitOutputs.File(spec.OfficeSheet + ".pdf").Pdf);
        var recto = pdf.GetPage(1);
        var match = Edge().Match(recto.Text);
        Assert.True(match.Success, $"{spec.OfficeSheet}: the sheet does not say how to print it");
        var landscape = recto.Width > recto.Height;
        var shortEdge = match.Groups[1].Value == "court";
        // About the short edge of a landscape sheet, or the long edge of a portrait one, the paper turns about
        // its vertical axis: x mirrored. Otherwise about its horizontal axis: y mirrored, up becomes down.
        var vertical = shortEdge == landscape;
        var (width, height) = (recto.Width, recto.Height);
        (double X, double Y) Turn((double X, double Y) p) => vertical ? (width - p.X, p.Y) : (p.X, height - p.Y);
        (double X, double Y) TurnDirection((double X, double Y) v) => vertical ? (-v.X, v.Y) : (v.X, -v.Y);

        var piece = PdfFacts.Read(KitOutputs.Documents.Single(d => d.Spec.Id == id).Pdf).PageSizes[0];
        var front = Copies(recto, piece);
        var back = Copies(pdf.GetPage(2), piece);
        Assert.Equal(front.Count, back.Count);
        Assert.True(front.Count >= 2, $"{spec.OfficeSheet}: {front.Count} copies");
        foreach (var copy in back)
        {
            var turned = copy with { Origin = Turn(copy.Origin), Right = TurnDirection(copy.Right), Up = TurnDirection(copy.Up) };
            Assert.True(front.Any(f => Near(f.Corner, turned.Corner) && Near(f.Up, turned.Up)),
                $"{spec.OfficeSheet}: turned over on the {match.Groups[1].Value} edge, the verso copy at {copy.Corner} lands on no recto copy, upright");
        }
    }

    /// <summary>A copy drawn on a page: where the form's origin and axes land, and the piece's size.</summary>
    private sealed record Copy((double X, double Y) Origin, (double X, double Y) Right, (double X, double Y) Up, double Width, double Height)
    {
        /// <summary>The lowest corner of the rectangle the copy covers, whichever way it is turned.</summary>
        public (double X, double Y) Corner
        {
            get
            {
                var corners = new[] { (0.0, 0.0), (Width, 0.0), (0.0, Height), (Width, Height) }
                    .Select(c => (X: Origin.X + Right.X * c.Item1 + Up.X * c.Item2, Y: Origin.Y + Right.Y * c.Item1 + Up.Y * c.Item2)).ToList();
                return (corners.Min(c => c.X), corners.Min(c => c.Y));
            }
        }
    }

    /// <summary>Each form drawn on the page (the CTM at <c>Do</c>): a sheet draws the piece's page as its one form.</summary>
    private static List<Copy> Copies(UglyToad.PdfPig.Content.Page page, (double Width, double Height) piece)
    {
        var stack = new Stack<double[]>();
        var ctm = new double[] { 1, 0, 0, 1, 0, 0 };
        var copies = new List<Copy>();
        foreach (var op in page.Operations)
        {
            switch (op)
            {
                case Push: stack.Push(ctm); break;
                case Pop: ctm = stack.Pop(); break;
                case ModifyCurrentTransformationMatrix cm: ctm = Multiply(cm.Value, ctm); break;
                case InvokeNamedXObject:
                    copies.Add(new Copy((ctm[4], ctm[5]), (ctm[0], ctm[1]), (ctm[2], ctm[3]), piece.Width, piece.Height));
                    break;
            }
        }
        return copies;
    }

    private static double[] Multiply(double[] m, double[] n) =>
    [
        m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
    ];

    private static bool Near((double X, double Y) a, (double X, double Y) b) => Math.Abs(a.X - b.X) < 0.05 && Math.Abs(a.Y - b.Y) < 0.05;

    [GeneratedRegex("recto verso, bord (court|long)")]
    private static partial Regex Edge();

    /// <summary>One page as grey levels (0 black … 255 white), rendered by pdftoppm.</summary>
    private static (int Width, int Height, byte[] Pixels) Gray(byte[] bytes, int page, int dpi)
    {
        var path = Path.Combine(Path.GetTempPath(), $"objecteur-planche-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            var start = new ProcessStartInfo("pdftoppm", ["-gray", "-r", dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-singlefile", path])
                { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            using var image = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(image);
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return Pgm(image.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A binary PGM (P5): header of magic, width, height and maximum, then one byte a pixel.</summary>
    private static (int Width, int Height, byte[] Pixels) Pgm(byte[] data)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)data[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)data[at])) at++;
            fields.Add(System.Text.Encoding.ASCII.GetString(data, start, at - start));
        }
        Assert.Equal("P5", fields[0]);
        var (width, height) = (int.Parse(fields[1]), int.Parse(fields[2]));
        return (width, height, data[(at + 1)..(at + 1 + width * height)]);
    }
}
