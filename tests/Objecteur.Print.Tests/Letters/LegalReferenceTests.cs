using System.Text.RegularExpressions;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Letters;

/// <summary>
/// A letter goes to a real administration: every legal reference it prints (article of a code,
/// decision or text number, EU case) must be one that ../shared/legal.md marks V or V2. The list
/// is test data, copied into Fixtures/legal-verified.txt with the date it was copied.
/// </summary>
public partial class LegalReferenceTests
{
    private static readonly HashSet<string> Verified = File.ReadLines(Path.Combine(Repo.TestDirectory, "Fixtures", "legal-verified.txt"))
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split('\t')[0].Trim())
        .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b([LRD])\s?(\d{3,4}(?:-\d+)*)\b")]
    private static partial Regex CodeArticle();

    // Not a ticket number the sender writes down (« ticket n° 000000 »), now that « n° » keeps its number on its line.
    [GeneratedRegex(@"(?<!ticket\s+)n°\s?(\d{2}-\d{2}\.\d{3}|\d{4}-\d{2,5}|\d{5,9})")]
    private static partial Regex Number();

    [GeneratedRegex(@"\bC-\d{2,3}/\d{2}\b")]
    private static partial Regex EuCase();

    [GeneratedRegex(@"article\s+(\d{1,2})\s+du\s+(?:règlement\s+général\s+sur\s+la\s+protection\s+des\s+données|RGPD)")]
    private static partial Regex GdprArticle();

    /// <summary>The references a text prints, in the form the list keeps them.</summary>
    public static IEnumerable<string> References(string text)
    {
        text = text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        foreach (Match m in CodeArticle().Matches(text)) yield return m.Groups[1].Value + m.Groups[2].Value;
        foreach (Match m in Number().Matches(text)) yield return m.Groups[1].Value;
        foreach (Match m in EuCase().Matches(text)) yield return m.Value;
        foreach (Match m in GdprArticle().Matches(text)) yield return "RGPD " + m.Groups[1].Value;
    }

    [Theory]
    [MemberData(nameof(LetterExamples.Models), MemberType = typeof(LetterExamples))]
    public void Every_printed_reference_is_marked_verified_in_legal_md(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var model = pipeline.Letter(id);
        var spec = pipeline.LetterSpec(model);
        var layout = pipeline.Layout(spec, pipeline.Markup(spec, LetterExamples.Sender(model)));
        var text = string.Join(" ", layout.Pages.SelectMany(p => p.Items.OfType<TextItem>()).Select(t => t.Text));
        var printed = References(text).Distinct().ToList();
        Assert.NotEmpty(printed);
        Assert.All(printed, reference => Assert.True(Verified.Contains(reference), $"{id} prints « {reference} », which legal.md does not mark V or V2"));
    }

    [Fact]
    public void The_extraction_finds_articles_decisions_and_cases()
    {
        Assert.Equal(["L112-14", "R311-3-1-2", "422516", "2016-1321", "C-634/21", "RGPD 77", "RGPD 15"],
            References("article L112-14 2°, R311-3-1-2, décision n° 422516, loi n° 2016-1321, CJUE C-634/21, "
                + "article 77 du règlement général sur la protection des données, article 15 du RGPD"));
    }
}
