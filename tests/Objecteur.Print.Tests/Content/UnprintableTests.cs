using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Content;

namespace Objecteur.Print.Tests.Content;

/// <summary>Characters no page can show are found wherever they hide in a kit's text, and named
/// at their own line and column.</summary>
public class UnprintableTests
{
    /// <summary>Lines of letters, accents, punctuation and typographic spaces the kit prints.</summary>
    public static Arbitrary<string> Printable() =>
        Gen.Elements("a", "É", "ç", "œ", " ", "\u00A0", "\u202F", "’", "«", "»", "—", "…", "😀", "\n", "\t", "1", ":")
            .ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static readonly string[] Unprintable = ["\u0007", "\u0000", "\u001B", "\u007F", "\u0085", "\uE000", "\uF8FF", "\uFDD0", "\uFFFE", "\uFFFD", "\U000F0000", "\U0010FFFD", "\U0001FFFF"];

    [Property(Arbitrary = [typeof(UnprintableTests)])]
    public bool Printable_text_passes(string text) => KitText.FirstUnprintable(text) == -1;

    [Property(Arbitrary = [typeof(UnprintableTests)])]
    public void An_unprintable_character_is_found_at_its_line_and_column(string before, string after, PositiveInt which)
    {
        var bad = Unprintable[which.Get % Unprintable.Length];
        var text = before + bad + after;
        Assert.Equal(before.Length, KitText.FirstUnprintable(text));
        var d = Assert.Throws<DiagnosticException>(() => KitText.RejectUnprintable(text, "x.yaml")).Diagnostic;
        Assert.Equal(1 + before.Count(c => c == '\n'), d.Line);
        Assert.Equal(before.Length - (before.LastIndexOf('\n') + 1) + 1, d.Column);
        Assert.Contains($"U+{char.ConvertToUtf32(bad, 0):X4}", d.Message);
    }

    [Fact]
    public void A_quoted_escape_that_writes_an_invisible_character_is_named_at_its_value()
    {
        var d = Assert.Throws<DiagnosticException>(() => YamlFile.LoadMapping("titre: ok\ntexte: \"a\\x07b\"\n", "x.yaml", "titre", "texte")).Diagnostic;
        Assert.Equal((2, 8), (d.Line, d.Column));
        Assert.Contains("U+0007", d.Message);
    }
}
