using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;
using Objecteur.Print.Tests.Support;
using PdfSharp.Pdf;

namespace Objecteur.Print.Tests.Render;

/// <summary>The files are written by our writer (<see cref="PdfWriting"/>) with the bytes
/// PDFsharp's own writer gives them: PDFsharp is the oracle, on every file of the kit and of a merge.</summary>
public class PdfWritingTests
{
    private static IReadOnlyList<(string Name, byte[] Pdf)> KitByPdfSharp()
    {
        Reproducibility.SavedByPdfSharp.Value = true;
        try
        {
            return [.. KitOutputs.Build().SelectMany(KitPipeline.OutputFiles).Select(f => (f.Name, f.Pdf))];
        }
        finally
        {
            Reproducibility.SavedByPdfSharp.Value = false;
        }
    }

    [Fact]
    public void Every_file_of_the_kit_has_the_bytes_pdfsharp_s_writer_gives_it()
    {
        var oracle = KitByPdfSharp();
        var ours = KitOutputs.Files;
        Assert.Equal(oracle.Select(f => f.Name), ours.Select(f => f.Name));
        for (var i = 0; i < oracle.Count; i++)
            Assert.True(oracle[i].Pdf.AsSpan().SequenceEqual(ours[i].Pdf), $"{oracle[i].Name} differs");
    }

    private static List<(string Name, byte[] Pdf)> Merge(bool pdfSharp)
    {
        Reproducibility.SavedByPdfSharp.Value = pdfSharp;
        try
        {
            var pipeline = LetterExamples.Pipeline();
            var model = pipeline.Letter("caf-papier");
            var table = "nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n" + string.Concat(Enumerable.Range(1, 6)
                .Select(i => $"Dominique Ézéchiel-{i} Œuvre;{i} chemin des Écoliers / 99000 Ville-Exemple;{2000000 + i};CAF de l'Ardèche;1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple\n"));
            var files = new List<(string, byte[])>();
            new MailMerge(pipeline, model, "unused") { LettersPerPrintFile = 4 }
                .Run(SenderTable.ReadText(table, "personnes.csv", model), (name, pdf) => files.Add((name, pdf)));
            return files;
        }
        finally
        {
            Reproducibility.SavedByPdfSharp.Value = false;
        }
    }

    [Fact]
    public void Every_file_of_a_merge_has_the_bytes_pdfsharp_s_writer_gives_it()
    {
        var oracle = Merge(pdfSharp: true);
        var ours = Merge(pdfSharp: false);
        Assert.Equal(oracle.Select(f => f.Name), ours.Select(f => f.Name));
        for (var i = 0; i < oracle.Count; i++)
            Assert.True(oracle[i].Pdf.AsSpan().SequenceEqual(ours[i].Pdf), $"{oracle[i].Name} differs");
    }

    /// <summary>A document holding objects nothing points to, between the others, and a producer
    /// of its own: saved with PDFsharp's preparation and with ours (<see cref="SavePreparation"/>).</summary>
    private static byte[] WithOrphans(bool pdfSharp)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Elements.SetString("/Producer", "Un autre outil");
        var before = new PdfDictionary(pdf);
        pdf.Internals.AddObject(before);
        before.Elements.SetName("/Type", "/Orphelin");
        var page = pdf.AddPage();
        var kept = new PdfDictionary(pdf);
        pdf.Internals.AddObject(kept);
        kept.Elements.SetInteger("/N", 7);
        var after = new PdfArray(pdf);
        pdf.Internals.AddObject(after);
        after.Elements.Add(new PdfName("/Orphelin"));
        page.Elements.SetReference("/Extra", kept);
        return Saved(pdf, pdfSharp);
    }

    private static byte[] Saved(PdfDocument pdf, bool pdfSharp)
    {
        Reproducibility.SavedByPdfSharp.Value = pdfSharp;
        try
        {
            return Reproducibility.Save(pdf);
        }
        finally
        {
            Reproducibility.SavedByPdfSharp.Value = false;
        }
    }

    [Fact]
    public void Objects_nothing_reaches_are_left_out_and_the_others_numbered_as_pdfsharp_numbers_them()
    {
        var ours = WithOrphans(pdfSharp: false);
        Assert.Equal(WithOrphans(pdfSharp: true), ours);
        var text = System.Text.Encoding.Latin1.GetString(ours);
        Assert.DoesNotContain("/Orphelin", text);
        Assert.Contains("/N 7", text);
        Assert.Contains("(Original: Un autre outil)", text);
    }
    /// <summary>Texts of every kind PDFsharp writes apart: control characters (escaped, in octal),
    /// delimiters, Latin-1 (one byte each), past U+00FF (UTF-16 in hexadecimal, broken into lines);
    /// in a name, the delimiters, « # », « % » and the bytes out of « ! » to « ~ » as « #XX ».</summary>
    public static Arbitrary<string> Texts() =>
        Gen.Elements("a", "Z", "+", "-", "#", "%", "/", "<", "[", "{", "~", " ", "(", ")", "\\", "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001F", "\u007F", "é", "\u00A0", "ÿ", "’", "–", "Œ", "😀", "\uFEFF")
            .ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static byte[] WithText(string text, bool pdfSharp)
    {
        using var pdf = new PdfDocument();
        var page = pdf.AddPage();
        var entry = new PdfDictionary(pdf);
        pdf.Internals.AddObject(entry);
        // The text as it is (in UTF-16 as soon as it holds a character past U+00FF) and without those.
        entry.Elements.SetString("/T", text);
        entry.Elements.SetString("/Alt", string.Concat(text.Where(c => c <= '\u00FF')));
        entry.Elements.SetInteger("/N", 1);
        // And as a name: spelt as it is, or with its bytes in « #XX ».
        entry.Elements.SetName("/Nom", "/" + text);
        entry.Elements.SetName("/Simple", "/" + string.Concat(text.Where(char.IsAsciiLetterOrDigit)));
        page.Elements.SetReference("/Extra", entry);
        return Saved(pdf, pdfSharp);
    }

    [Property(Arbitrary = [typeof(PdfWritingTests)], MaxTest = 60)]
    public void A_text_string_has_the_bytes_pdfsharp_s_writer_gives_it(string text) =>
        Assert.Equal(WithText(text, pdfSharp: true), WithText(text, pdfSharp: false));

    private static readonly FontFace[] Faces = [.. FontLibrary.Embedded.Families.SelectMany(f => new[] { f.Regular, f.Bold, f.Italic })];

    /// <summary>Lines of text, each in a face: characters of one glyph, of none, and past U+FFFF.</summary>
    public static Arbitrary<(int Face, string Text)[]> Lines() =>
        (from face in Gen.Choose(0, Faces.Length - 1)
         from text in Gen.Elements("a", "é", "Œ", " ", "\u00A0", "\u202F", "’", "'", "«", "…", "fi", "€", "😀", "\u0301", "Z", "0", "ǅ")
             .NonEmptyListOf().Select(parts => string.Concat(parts))
         select (face, text)).NonEmptyListOf().Select(lines => lines.Take(8).ToArray()).ToArbitrary();

    private static byte[] Drawn((int Face, string Text)[] lines, bool pdfSharp)
    {
        var items = lines.Select((line, i) => (FrameItem)new TextItem(20, 30 + 14 * i, 500, line.Text, Faces[line.Face], 10, default)).ToList();
        Reproducibility.SavedByPdfSharp.Value = pdfSharp;
        try
        {
            return PdfRenderer.Render(new LayoutDocument("t", "s", "fr-FR", [new PageFrame(560, 200, items)], []), new RenderOptions(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        }
        finally
        {
            Reproducibility.SavedByPdfSharp.Value = false;
        }
    }

    /// <summary>Each font's widths and ToUnicode map, which <see cref="FontPreparation"/> writes, are PDFsharp's.</summary>
    [Property(Arbitrary = [typeof(PdfWritingTests)], MaxTest = 40)]
    public void Text_in_several_faces_has_the_bytes_pdfsharp_s_writer_gives_it((int Face, string Text)[] lines) =>
        Assert.Equal(Drawn(lines, pdfSharp: true), Drawn(lines, pdfSharp: false));
}
