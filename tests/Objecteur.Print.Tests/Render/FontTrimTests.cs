using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

/// <summary>The font programs embedded are PDFsharp's subsets shortened (TrueTypeTrim): each is
/// still a sound TrueType font, and every glyph a document draws is in it with the outline and the
/// advance it has in the font file, under the same number.</summary>
public partial class FontTrimTests
{
    private static readonly DateTimeOffset Date = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly FontFace[] Faces = [.. FontLibrary.Embedded.Families.SelectMany(f => new[] { f.Regular, f.Bold, f.Italic, f.BoldItalic })];

    /// <summary>French text as the layout sets it, spaces of French typography included (U+202F
    /// has no outline and a high number in Noto: the trimming must keep its slot).</summary>
    private const string Repertoire = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÈÇŒ0123456789"
        + " «\u00A0\u202F» ’'\".,;:!?…–—-·/()%€°º§&@";

    public static Arbitrary<(int Face, string[] Lines)> Drawings() =>
        (from face in Gen.Choose(0, Faces.Length - 1)
         from lines in Gen.Elements(Repertoire.ToCharArray()).ArrayOf().Select(c => new string(c)).Where(l => l.Trim().Length > 0).NonEmptyListOf()
         select (face, lines.Take(6).ToArray())).ToArbitrary();

    [Property(Arbitrary = [typeof(FontTrimTests)], MaxTest = 40)]
    public void Every_glyph_drawn_is_in_the_trimmed_subset_as_in_the_font((int Face, string[] Lines) drawing)
    {
        var face = Faces[drawing.Face];
        var items = drawing.Lines.Select((line, i) => (FrameItem)new TextItem(20, 30 + 14 * i, 500, line, face, 10, default)).ToList();
        var pdf = PdfRenderer.Render(new LayoutDocument("t", "s", "fr-FR", [new PageFrame(560, 200, items)], []), new RenderOptions(Date));

        var program = new TrueType(Assert.Single(FontPrograms(pdf)));
        var original = new TrueType(face.Data);
        program.AssertSound();
        Assert.True(program.GlyphCount < original.GlyphCount, $"{program.GlyphCount} slots of {original.GlyphCount}");
        foreach (var rune in string.Concat(drawing.Lines).EnumerateRunes())
        {
            var glyph = face.GlyphIndex(rune.Value);
            Assert.True(glyph < program.GlyphCount, $"U+{rune.Value:X4} (glyph {glyph}) cut off");
            Assert.Equal(original.Outline(glyph), program.Outline(glyph));
            Assert.Equal(original.Advance(glyph), program.Advance(glyph));
        }
        // Glyphs drawn as parts of others (accents) keep their outlines too: none is lost.
        Assert.All(Enumerable.Range(0, program.GlyphCount).Where(g => program.Outline(g).Length > 0),
            g => Assert.Equal(original.Outline(g), program.Outline(g)));
    }

    /// <summary>A subset made from the font file is the one trimming PDFsharp's subset of the
    /// same glyphs gives, byte for byte: PDFsharp's own subsetting is the oracle.</summary>
    [Property(Arbitrary = [typeof(FontTrimTests)], MaxTest = 30)]
    public void A_subset_made_from_the_font_file_is_pdfsharp_s_subset_trimmed((int Face, string[] Lines) drawing)
    {
        var face = Faces[drawing.Face];
        var text = string.Concat(drawing.Lines);
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        pdf.Options.NoCompression = true;
        EmbeddedFontResolver.Register(face);
        using (var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(pdf.AddPage()))
            graphics.DrawString(text, new PdfSharp.Drawing.XFont(face.Name, 10, PdfSharp.Drawing.XFontStyleEx.Regular,
                new PdfSharp.Drawing.XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode)), PdfSharp.Drawing.XBrushes.Black, 20, 40);
        using var saved = new MemoryStream();
        pdf.Save(saved, closeStream: false);
        var file = saved.ToArray();
        var match = PlainFontProgram().Match(Encoding.Latin1.GetString(file));
        Assert.True(match.Success);
        var pdfsharp = file.AsSpan(match.Index + match.Length, int.Parse(match.Groups["l"].Value));

        var drawn = text.EnumerateRunes().Select(r => (int)face.GlyphIndex(r.Value)).ToHashSet();
        var highest = drawn.Max();
        var trimmed = TrueTypeTrim.Trim(pdfsharp, highest, drawn.Contains) ?? pdfsharp.ToArray();
        Assert.Equal(trimmed, TrueTypeTrim.Subset(face.Data, highest, drawn.Contains));
    }

    [GeneratedRegex(@"/Length1 \d+/Length (?<l>\d+)>>\s*stream\r?\n")]
    private static partial Regex PlainFontProgram();

    [Fact]
    public void The_kit_s_font_programs_are_sound_and_shorter_than_pdfsharp_s_subsets()
    {
        var programs = KitOutputs.Files.Where(f => f.Name.EndsWith(".pdf", StringComparison.Ordinal))
            .SelectMany(f => FontPrograms(f.Pdf).Select(p => (f.Name, Font: new TrueType(p)))).ToList();
        Assert.NotEmpty(programs);
        foreach (var (name, font) in programs)
        {
            font.AssertSound(name);
            var source = new TrueType(Faces.First(f => TrueTypeTrim.HeadKey(f.Data)!.AsSpan().SequenceEqual(TrueTypeTrim.HeadKey(font.Data))).Data);
            Assert.True(font.GlyphCount < source.GlyphCount, $"{name}: a subset of {font.GlyphCount} slots");
        }
    }

    [Fact]
    public void What_is_not_a_truetype_font_or_has_nothing_to_drop_is_left_whole()
    {
        Assert.Null(TrueTypeTrim.Trim("not a font at all, only words"u8, 10, _ => true));
        Assert.Null(TrueTypeTrim.Trim([0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0], 10, _ => true));
        // The whole font file: its last slot has an outline, so nothing can go.
        var font = Faces[0].Data;
        Assert.Null(TrueTypeTrim.Trim(font, 3, _ => true));
    }

    /// <summary>The plain bytes of every embedded font program (a stream with a /Length1).</summary>
    private static IEnumerable<byte[]> FontPrograms(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in FontProgramStream().Matches(text))
        {
            var data = pdf.AsSpan(m.Index + m.Length, int.Parse(m.Groups["l"].Value)).ToArray();
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            zlib.CopyTo(plain);
            Assert.Equal(int.Parse(m.Groups["l1"].Value), plain.Length);
            yield return plain.ToArray();
        }
    }

    /// <summary>A font program's dictionary as PDFsharp writes it: <c>/Length1 N/Length M/Filter/FlateDecode</c>
    /// (with spaces before the filter when it was compressed after saving).</summary>
    [GeneratedRegex(@"/Length1 (?<l1>\d+)/Length (?<l>\d+) ?/Filter ?/FlateDecode>>\s*stream\r?\n")]
    private static partial Regex FontProgramStream();

    /// <summary>Just enough of a TrueType reader for the checks: independent of the code it checks.</summary>
    private sealed class TrueType(byte[] data)
    {
        public byte[] Data { get; } = data;

        private readonly Dictionary<string, (int Offset, int Length, uint Checksum)> _tables = Enumerable.Range(0, U16(data, 4))
            .Select(i => 12 + 16 * i)
            .ToDictionary(r => Encoding.ASCII.GetString(data, r, 4), r => ((int)U32(data, r + 8), (int)U32(data, r + 12), U32(data, r + 4)));

        private int Table(string tag) => _tables[tag].Offset;

        public int GlyphCount => U16(Data, Table("maxp") + 4);

        private int Location(int glyph) => U16(Data, Table("head") + 50) == 0
            ? 2 * U16(Data, Table("loca") + 2 * glyph)
            : (int)U32(Data, Table("loca") + 4 * glyph);

        public byte[] Outline(int glyph) => Data.AsSpan(Table("glyf") + Location(glyph), Location(glyph + 1) - Location(glyph)).ToArray();

        public int Advance(int glyph) => U16(Data, Table("hmtx") + 4 * Math.Min(glyph, U16(Data, Table("hhea") + 34) - 1));

        /// <summary>Tables inside the file, each with its checksum, the file summing to 0xB1B0AFBA,
        /// loca as long as maxp says, hmtx as long as hhea and maxp say.</summary>
        public void AssertSound(string? name = null)
        {
            foreach (var (tag, (offset, length, checksum)) in _tables)
            {
                Assert.True(offset + length <= Data.Length, $"{name}: {tag} runs past the end");
                var padded = new byte[(length + 3) & ~3];
                Data.AsSpan(offset, length).CopyTo(padded);
                if (tag == "head") padded.AsSpan(8, 4).Clear();
                Assert.True(Sum(padded) == checksum, $"{name}: checksum of {tag}");
            }
            Assert.True(Sum(Data) == 0xB1B0AFBA, $"{name}: whole-font checksum");
            var locaEntry = U16(Data, Table("head") + 50) == 0 ? 2 : 4;
            Assert.Equal((GlyphCount + 1) * locaEntry, _tables["loca"].Length);
            var metrics = U16(Data, Table("hhea") + 34);
            Assert.InRange(metrics, 1, GlyphCount);
            Assert.Equal(4 * metrics + 2 * (GlyphCount - metrics), _tables["hmtx"].Length);
            Assert.True(Location(GlyphCount) <= _tables["glyf"].Length, $"{name}: loca points past glyf");
        }

        private static uint Sum(ReadOnlySpan<byte> bytes)
        {
            var sum = 0u;
            for (var i = 0; i + 4 <= bytes.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]);
            return sum;
        }

        private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));

        private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
    }
}
