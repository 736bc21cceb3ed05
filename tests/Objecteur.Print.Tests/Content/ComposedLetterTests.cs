using Objecteur.Print.Content;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Content;

public class ComposedLetterTests
{
    private static LetterModel Caf() =>
        LetterLoader.Load(Path.Combine(Repo.Root, "content", "lettres", "caf-papier.yaml"), "caf-papier.yaml");

    private static SenderValues Sender(params (string Key, string Value)[] values)
    {
        var s = new SenderValues();
        foreach (var (k, v) in values) s.Set(k, SenderValues.SplitLines(Caf().Field(k)!.Type, v), "test", 0);
        return s;
    }

    [Fact]
    public void Blank_letter_has_a_line_to_fill_for_every_missing_recipient_value()
    {
        var letter = ComposedLetter.Compose(Caf(), SenderValues.Empty, null);
        Assert.True(letter.IsBlank);
        Assert.Contains(letter.RecipientLines, l => l is null);
        Assert.Contains(letter.RecipientLines, l => l is not null);
    }

    [Fact]
    public void Recipient_postcode_line_is_set_in_capitals()
    {
        var letter = ComposedLetter.Compose(Caf(), Sender(("caf_nom", "CAF de la Loire"), ("caf_adresse", "12 rue des Exemples / 99000 Ville-Exemple")), new DateOnly(2026, 11, 22));
        Assert.Equal("99000 VILLE-EXEMPLE", letter.RecipientLines[^1]);
        Assert.All(letter.RecipientLines, l => Assert.NotNull(l));
    }

    [Fact]
    public void An_address_line_over_38_characters_is_an_error_that_does_not_quote_the_value()
    {
        var longLine = "Résidence des Hauts de la Colline, bâtiment B";
        var e = Assert.Throws<DiagnosticException>(() =>
            ComposedLetter.Compose(Caf(), Sender(("caf_nom", "CAF"), ("caf_adresse", longLine + " / 42000 Saint-Étienne")), null));
        Assert.Contains("38 au plus", e.Diagnostic.Message);
        Assert.DoesNotContain("Colline", e.Diagnostic.ToString());
    }

    [Fact]
    public void More_than_six_recipient_lines_is_an_error()
    {
        var e = Assert.Throws<DiagnosticException>(() =>
            ComposedLetter.Compose(Caf(), Sender(("caf_nom", "CAF"), ("caf_adresse", "a / b / c / d / e / 42000 X")), null));
        Assert.Contains("6 au plus", e.Diagnostic.Message);
    }
}
