using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

/// <summary>Every compressed stream of every file the program writes is a complete zlib stream
/// (RFC 1950: header, deflate data, Adler-32 of the inflated data), with its right /Length, and
/// the cross-reference table points at every object — what qpdf and Ghostscript check.</summary>
public partial class FlateStreamTests
{
    public static TheoryData<string> Files() => new(KitOutputs.Files.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_flate_stream_inflates_with_its_adler32_and_its_length_is_right(string name)
    {
        var pdf = KitOutputs.File(name).Pdf;
        var streams = Streams(pdf).ToList();
        Assert.NotEmpty(streams);
        var flate = 0;
        foreach (var s in streams)
        {
            Assert.True(s.EndsAtEndstream, $"{name}, object {s.Object}: /Length {s.Data.Length} does not end at « endstream »");
            if (!s.Flate) continue;
            flate++;
            Assert.True(IsCompleteZlib(s.Data, out var problem), $"{name}, object {s.Object}: {problem}");
            // The preflight's reading of it (controle) agrees, whatever its last byte (a trailer may end in 0A).
            Assert.Equal(PdfStreams.ZlibState.Complete, PdfStreams.Check(s.Data));
        }
        Assert.True(flate > 0, $"{name} has no Flate stream");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_cross_reference_table_points_at_every_object(string name)
    {
        var pdf = KitOutputs.File(name).Pdf;
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value);
        Assert.StartsWith("xref", text[startxref..]);
        var entries = XrefEntries().Matches(text[startxref..text.IndexOf("trailer", startxref, StringComparison.Ordinal)]);
        var number = -1;
        foreach (Match entry in entries)
        {
            number++;
            if (entry.Groups[2].Value != "n") continue;
            var offset = int.Parse(entry.Groups[1].Value);
            Assert.Matches($@"^{number} 0 obj\b", text.Substring(offset, Math.Min(20, text.Length - offset)));
        }
        Assert.True(number > 0);
    }

    [Fact]
    public void A_stream_without_its_trailer_gets_it_and_its_length_and_the_offsets_follow()
    {
        // 90 bytes in one stored deflate block after PDFsharp's header: 97 bytes, no trailer.
        var content = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 6))[..90]);
        var broken = new byte[] { 0x78, 0xDA, 0x01, 90, 0, 255 - 90, 255 }.Concat(content).ToArray();
        var pdf = HandMade(broken);

        var repaired = PdfStreams.CompleteFlate(pdf, pdf.Length);

        var stream = Assert.Single(Streams(repaired));
        Assert.True(stream.EndsAtEndstream);
        Assert.Equal(101, stream.Data.Length);
        Assert.Contains("/Length 101", Encoding.Latin1.GetString(repaired));
        // The trailer is the one zlib itself writes for this content.
        Assert.Equal(ZlibTrailer(content), stream.Data[^4..]);
        Assert.Equal(content, Inflate(stream.Data));
        // The objects after it moved by 5 bytes (4 of trailer, 1 more digit of /Length), and the table says so.
        Assert.Equal(pdf.Length + 5, repaired.Length);
        AssertOffsetsPointAtObjects(repaired);
    }

    [Fact]
    public void Completing_twice_changes_nothing_and_complete_streams_are_left_alone()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 712 Td (Bonjour) Tj ET\n");
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(content);
        var complete = HandMade(compressed.ToArray());
        Assert.Equal(complete, PdfStreams.CompleteFlate(complete, complete.Length));

        var truncated = HandMade(compressed.ToArray()[..^4]);
        var once = PdfStreams.CompleteFlate(truncated, truncated.Length);
        Assert.Equal(complete, once);
        Assert.Equal(once, PdfStreams.CompleteFlate(once, once.Length));
    }

    [Fact]
    public void A_pdf_at_the_start_of_a_larger_buffer_gives_what_the_pdf_alone_gives()
    {
        // A save's buffer is longer than the file and its tail is not the file's: never read.
        var content = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 6))[..90]);
        var pdf = HandMade(new byte[] { 0x78, 0xDA, 0x01, 90, 0, 255 - 90, 255 }.Concat(content).ToArray());
        var buffer = pdf.Concat(Encoding.ASCII.GetBytes("startxref\n0\n%%EOF\n")).Concat(new byte[300]).ToArray();

        Assert.Equal(PdfStreams.CompleteFlate(pdf, pdf.Length), PdfStreams.CompleteFlate(buffer, pdf.Length));
    }

    [Fact]
    public void Compressed_data_is_never_shown_to_the_derandomiser()
    {
        // Stored deflate data holds its bytes as they are: a subset tag inside must stay untouched.
        var content = "/ABCDEF+NotoSans-Regular uuid:00000000-0000-0000-0000-000000000000"u8.ToArray();
        var data = new byte[] { 0x78, 0xDA, 0x01, (byte)content.Length, 0, (byte)~content.Length, 255 }.Concat(content).ToArray();
        var pdf = HandMade(data);
        var start = Encoding.Latin1.GetString(pdf).IndexOf("stream\n", StringComparison.Ordinal) + 7;
        var seen = new List<(int From, int To)>();
        PdfStreams.CompleteFlate(pdf, pdf.Length, (plain, from) => seen.Add((from, from + plain.Length)));
        Assert.Equal(pdf.Length - data.Length, seen.Sum(r => r.To - r.From));
        Assert.All(seen, r => Assert.True(r.To <= start || r.From >= start + data.Length));
    }

    /// <summary>A one-page PDF as PDFsharp lays it out, whose page content is <paramref name="data"/> (Flate).</summary>
    private static byte[] HandMade(byte[] data)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.7\n%\xD3\xF4\xCC\xE1\n");
        Object("<</Type/Catalog/Pages 2 0 R>>");
        Object("<</Type/Pages/Count 1/Kids[3 0 R]>>");
        Object("<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R/Contents 4 0 R/Resources<<>>>>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<</Filter/FlateDecode/Length {data.Length}>>\nstream\n");
        pdf.Write(data);
        Write("\nendstream\nendobj\n");
        Object("<</Title(apr\xE8s le flux)>>");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<</Root 1 0 R/Info 5 0 R/Size {offsets.Count + 1}>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static void AssertOffsetsPointAtObjects(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value);
        var number = 0;
        foreach (Match entry in XrefEntries().Matches(text[startxref..]).Skip(1))
            Assert.StartsWith($"{++number} 0 obj", text[int.Parse(entry.Groups[1].Value)..]);
        Assert.Equal(5, number);
    }

    private sealed record PdfStream(int Object, bool Flate, byte[] Data, bool EndsAtEndstream);

    /// <summary>Every stream, read the way a strict reader does: /Length bytes after « stream » and its end of line.</summary>
    private static IEnumerable<PdfStream> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in StreamObject().Matches(text))
        {
            var dictionary = m.Groups[2].Value;
            if (LengthKey().Match(dictionary) is not { Success: true } length) continue;
            var start = m.Index + m.Length;
            var count = int.Parse(length.Groups[1].Value);
            var after = text.AsSpan(Math.Min(start + count, text.Length)).TrimStart("\r\n");
            yield return new PdfStream(int.Parse(m.Groups[1].Value), FlateFilter().IsMatch(dictionary),
                pdf.AsSpan(start, Math.Min(count, pdf.Length - start)).ToArray(), after.StartsWith("endstream"));
        }
    }

    private static bool IsCompleteZlib(byte[] data, out string problem)
    {
        byte[] inflated;
        try
        {
            inflated = Inflate(data);
        }
        catch (InvalidDataException e)
        {
            problem = "ZLibStream cannot inflate it: " + e.Message;
            return false;
        }
        // ZLibStream checks a trailer that is there, but accepts one that is missing: check it is there.
        var expected = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(expected, Adler32(inflated));
        problem = $"ends with {Convert.ToHexString(data[^4..])}, not the Adler-32 {Convert.ToHexString(expected)} of its {inflated.Length} inflated bytes";
        return data.Length >= 6 && data[^4..].SequenceEqual(expected);
    }

    private static byte[] Inflate(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] ZlibTrailer(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(content);
        return compressed.ToArray()[^4..];
    }

    /// <summary>RFC 1950 §8, written plainly: the test's own, not the program's.</summary>
    private static uint Adler32(byte[] data)
    {
        ulong a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return (uint)(b << 16 | a);
    }

    [GeneratedRegex(@"(\d+) 0 obj\s*(<<(?:(?!endobj).)*?>>)\s*stream\r?\n", RegexOptions.Singleline)]
    private static partial Regex StreamObject();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)")]
    private static partial Regex LengthKey();

    [GeneratedRegex(@"/Filter\s*\[?\s*/FlateDecode\b")]
    private static partial Regex FlateFilter();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) \d{5} ([nf])")]
    private static partial Regex XrefEntries();
}
