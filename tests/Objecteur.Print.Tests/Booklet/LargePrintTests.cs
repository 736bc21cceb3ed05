using Objecteur.Print.Kinds;
using Objecteur.Print.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Objecteur.Print.Tests.Booklet;

/// <summary>
/// The large-print rules (templates/README.md, « Gros caractères »), read back from the PDFs a
/// reader gets: the kit's large-print booklet, its large-print blank letter and a letter filled in
/// large print. Each measure is also taken on the ordinary edition, where it must find what large
/// print forbids: a check that passes on justified serif text would check nothing.
/// </summary>
public sealed class LargePrintTests
{
    private const double Mm = 72 / 25.4;

    private static byte[] Booklet => KitOutputs.File("livret-gros-caracteres.pdf").Pdf;

    private static byte[] OrdinaryBooklet => KitOutputs.File("livret-a5.pdf").Pdf;

    private static byte[] BlankLetter => KitOutputs.File("lettre-caf-papier-gros-caracteres.pdf").Pdf;

    private static readonly Lazy<byte[]> FilledLetter = new(() =>
    {
        var pipeline = LetterExamples.Pipeline();
        var model = pipeline.Letter("cnil-plainte");
        return pipeline.Build(pipeline.LetterSpec(model, Edition.LargePrint), LetterExamples.Sender(model)).Pdf;
    });

    public static TheoryData<string> Documents() => new("livret", "lettre vierge", "lettre remplie");

    private static byte[] Pdf(string document) => document switch
    {
        "livret" => Booklet,
        "lettre vierge" => BlankLetter,
        _ => FilledLetter.Value,
    };

    /// <summary>The text a reader reads: on a letter's first page, the sender's lines and the
    /// address in the envelope window keep their size above the first fold (99 mm), as the window does.</summary>
    private static List<Line> ReadText(string document) =>
        Lines(Pdf(document)).Where(l => document == "livret" || l.Page > 1 || l.Top > 99 * Mm).ToList();

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_line_ends_on_a_hyphen(string document)
    {
        var hyphenated = Lines(Pdf(document)).Where(l => l.Text.TrimEnd().EndsWith('-') || l.Text.TrimEnd().EndsWith('\u2010')).ToList();
        Assert.True(hyphenated.Count == 0, string.Join("\n", hyphenated.Select(l => $"p. {l.Page} : « {l.Text} »")));
        Assert.Contains(Lines(OrdinaryBooklet), l => l.Text.TrimEnd().EndsWith('-'));
    }

    [Theory]
    [InlineData("lettre vierge")]
    [InlineData("lettre remplie")]
    public void A_letter_s_page_number_stays_beside_the_word_page(string document)
    {
        // The running header is long at this size and wraps: « page » and its « 2/2 » go together.
        var lines = Lines(Pdf(document)).Select(l => l.Text.Trim()).ToList();
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^page\s2/2$|\spage\s2/2$"));
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+/\d+$"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_letter_is_in_upright_sans_serif(string document)
    {
        using var pdf = PdfDocument.Open(Pdf(document));
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.All(fonts, f => Assert.True(f.Contains("Noto Sans", StringComparison.Ordinal) && !f.Contains("Italic", StringComparison.Ordinal), f));
        using var ordinary = PdfDocument.Open(OrdinaryBooklet);
        Assert.Contains(ordinary.GetPages().SelectMany(p => p.Letters), l => (l.FontName ?? "").Contains("Italic", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_is_16_points_at_least_and_headings_are_larger(string document)
    {
        var lines = ReadText(document);
        var small = lines.Where(l => l.Size < 16 - 0.01).ToList();
        Assert.True(small.Count == 0, string.Join("\n", small.Take(10).Select(l => $"p. {l.Page} : « {l.Text} » en {l.Size:0.#} pt")));
        Assert.Contains(lines, l => l.Size >= 20);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Lines_of_text_are_one_and_a_half_times_their_size_apart(string document)
    {
        // Headings (18 pt and more) and the cover's title are display type, set at 1.15.
        var text = ReadText(document).Where(l => l.Size < 18 && (document != "livret" || l.Page > 1)).ToList();
        var tight = new List<string>();
        foreach (var line in text)
        {
            // The line above in the same column: cells of a table row, or the letter's
            // enclosures beside its signature, stand side by side.
            var above = text.Where(l => l.Page == line.Page && l.Baseline < line.Baseline && l.Left < line.Right && line.Left < l.Right)
                .MaxBy(l => l.Baseline);
            if (above is null) continue;
            var pitch = line.Baseline - above.Baseline;
            if (pitch < 1.5 * Math.Min(line.Size, above.Size) - 0.5)
                tight.Add($"p. {line.Page} : « {above.Text} » / « {line.Text} » : {pitch:0.#} pt");
        }
        Assert.True(tight.Count == 0, string.Join("\n", tight.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Lines_hold_about_65_characters_at_most(string document)
    {
        var full = FullLines(Pdf(document));
        Assert.NotEmpty(full);
        var average = full.Average(l => l.Text.Length);
        Assert.True(average <= 65, $"{average:0.#} caractères par ligne pleine en moyenne");
        Assert.All(full, l => Assert.True(l.Text.Length <= 72, $"p. {l.Page} : {l.Text.Length} caractères, « {l.Text} »"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_is_ragged_right_with_word_spaces_of_one_width(string document)
    {
        var full = FullLines(Pdf(document));
        Assert.True(FlushShare(full) < 0.25, $"{FlushShare(full):P0} des lignes pleines finissent au bord droit");
        var widest = WidestSpace(full);
        Assert.True(widest < 0.4, $"espace entre mots de {widest:0.##} em");

        var justified = FullLines(OrdinaryBooklet);
        Assert.True(FlushShare(justified) > 0.5);
        Assert.True(WidestSpace(justified) > 0.4);
    }

    [Fact]
    public void No_page_of_the_booklet_is_nearly_empty_but_a_chapter_end()
    {
        using var pdf = PdfDocument.Open(Booklet);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var openings = bookmarks.Roots.OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Select(b => b.PageNumber).ToHashSet();
        var lines = Lines(Booklet);
        // The body between the 20 mm margins; the last page is the back cover.
        var top = 20 * Mm;
        var height = pdf.GetPage(1).Height - 40 * Mm;
        var empty = new List<string>();
        for (var page = 2; page < pdf.NumberOfPages; page++)
        {
            var body = lines.Where(l => l.Page == page && l.Top > top && l.Baseline < top + height).ToList();
            var filled = body.Count == 0 ? 0 : (body.Max(l => l.Baseline) - top) / height;
            var endsChapter = openings.Contains(page + 1) || page + 1 == pdf.NumberOfPages;
            if (filled < 0.25 && !endsChapter) empty.Add($"p. {page} : {filled:P0}");
        }
        Assert.True(empty.Count == 0, string.Join(", ", empty));
    }

    [Fact]
    public void A_large_print_booklet_asking_for_smaller_notes_is_an_error_in_kit_yaml()
    {
        var e = BuildEdited("corps_note: \"16\"", "corps_note: \"12\"");
        Assert.Equal(Path.Combine("content", "kit.yaml"), e.Diagnostic.File);
        Assert.True(e.Diagnostic.Line > 0);
        Assert.Contains("corps_note vaut 12 ; il faut 16 points au moins", e.Diagnostic.Message);
    }

    [Fact]
    public void An_unknown_edition_is_an_error_that_names_the_known_one()
    {
        var e = BuildEdited("edition: gros-caracteres", "edition: grands-caracteres");
        Assert.Contains("édition « grands-caracteres » inconnue", e.Diagnostic.Message);
        Assert.Contains("edition: gros-caracteres", e.Diagnostic.Hint);
    }

    /// <summary>What building the large-print booklet says once kit.yaml is edited.</summary>
    private static DiagnosticException BuildEdited(string find, string replace)
    {
        using var kit = new TempKit();
        kit.Edit("content/kit.yaml", find, replace);
        var pipeline = Objecteur.Print.Pipeline.KitPipeline.Open(kit.Root, LetterExamples.BuildDate);
        return Assert.Throws<DiagnosticException>(() => pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "livret-gros-caracteres")));
    }

    /// <summary>One line of text: its letters on one baseline, with the spaces between them.</summary>
    private sealed record Line(int Page, double Top, double Baseline, double Left, double Right, double Size, string Text, IReadOnlyList<double> Spaces);

    /// <summary>The PDF's text lines, top to bottom (y measured from the top of the page); words
    /// further apart than two sizes (a table's cells, a page number in the contents) are separate lines.</summary>
    private static List<Line> Lines(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var lines = new List<Line>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var row in page.GetWords().GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y * 2) / 2))
            {
                var words = row.OrderBy(w => w.BoundingBox.Left).ToList();
                var start = 0;
                for (var i = 1; i <= words.Count; i++)
                {
                    if (i < words.Count && words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right < 2 * Size(words[i])) continue;
                    lines.Add(Make(page, words[start..i], row.Key));
                    start = i;
                }
            }
        }
        return lines;
    }

    private static Line Make(Page page, List<Word> words, double baseline)
    {
        var size = words.SelectMany(w => w.Letters).Min(l => l.PointSize);
        var spaces = words.Zip(words.Skip(1), (a, b) => (b.BoundingBox.Left - a.BoundingBox.Right) / size).ToList();
        return new Line(page.Number, page.Height - words.Max(w => w.BoundingBox.Top), page.Height - baseline,
            words[0].BoundingBox.Left, words[^1].BoundingBox.Right, size, string.Join(" ", words.Select(w => w.Text)), spaces);
    }

    private static double Size(Word word) => word.Letters.Max(l => l.PointSize);

    /// <summary>Lines of running text that reach past three quarters of their page's widest line:
    /// the lines a justified text would stretch to the margin.</summary>
    private static List<Line> FullLines(byte[] pdf)
    {
        var lines = Lines(pdf);
        var measure = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => (Left: g.Min(l => l.Left), Right: g.Max(l => l.Right)));
        return lines.Where(l => l.Left - measure[l.Page].Left < 1 && l.Right - l.Left > 0.75 * (measure[l.Page].Right - measure[l.Page].Left)).ToList();
    }

    /// <summary>Share of lines ending within half a point of the page's right margin.</summary>
    private static double FlushShare(List<Line> lines)
    {
        var right = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Max(l => l.Right));
        return lines.Count(l => right[l.Page] - l.Right < 0.5) / (double)lines.Count;
    }

    /// <summary>The widest space between two words of a line, in ems of the line's size.</summary>
    private static double WidestSpace(List<Line> lines) => lines.SelectMany(l => l.Spaces).DefaultIfEmpty(0).Max();
}
