using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Tests.Layout.Text;

public class HyphenationAndTypographyTests
{
    private static string Hyphenated(string word)
    {
        var points = Hyphenator.French.Points(word);
        var parts = new List<string>();
        var last = 0;
        foreach (var p in points) { parts.Add(word[last..p]); last = p; }
        parts.Add(word[last..]);
        return string.Join("-", parts);
    }

    [Theory]
    [InlineData("numérique", "nu-mé-rique")]
    [InlineData("objecteur", "ob-jec-teur")]
    [InlineData("dématérialisation", "dé-ma-té-ria-li-sa-tion")]
    [InlineData("administration", "ad-mi-nis-tra-tion")]
    public void French_words_break_at_their_syllables(string word, string expected) =>
        Assert.Equal(expected, Hyphenated(word));

    [Theory]
    [InlineData("CAF")]
    [InlineData("ANTS")]
    [InlineData("SAINT-ÉTIENNE")]
    [InlineData("droit")]
    [InlineData("https://exemple.fr/numerique")]
    [InlineData("contact@exemple.fr")]
    [InlineData("2026")]
    [InlineData("Collot")]
    [InlineData("InterHop")]
    [InlineData("#balancetonalgorithme")]
    [InlineData("aussi")]
    public void Capitals_short_words_urls_and_numbers_are_never_hyphenated(string word) =>
        Assert.Empty(Hyphenator.French.Points(word));

    [Theory]
    [InlineData("Objet : demande", "Objet\u00A0: demande")]
    [InlineData("Pourquoi ? Parce que !", "Pourquoi\u202F? Parce que\u202F!")]
    [InlineData("un ; deux", "un\u202F; deux")]
    [InlineData("« guichet »", "«\u202Fguichet\u202F»")]
    [InlineData("\"guichet\"", "«\u202Fguichet\u202F»")]
    [InlineData("l'administration", "l’administration")]
    [InlineData("et puis...", "et puis…")]
    [InlineData("numérique – droits", "numérique\u00A0– droits")]
    [InlineData("le statut — un texte — dit", "le statut\u00A0— un texte\u00A0— dit")]
    [InlineData("2022–2023", "2022–2023")]
    [InlineData("– au début", "– au début")]
    public void French_typography_is_applied(string input, string expected) =>
        Assert.Equal(expected, FrenchTypography.Apply(input));

    [Theory]
    [InlineData("https://halteaucontrolenumerique.fr/")]
    [InlineData("rendez-vous à 10:55")]
    [InlineData("vraiment (?)")]
    [InlineData("quoi ?!")]
    public void Urls_times_and_mark_sequences_are_left_alone(string input)
    {
        var output = FrenchTypography.Apply(input);
        Assert.DoesNotContain("\u202F?\u202F!", output);
        if (input.Contains("://") || input.Contains(':') && char.IsDigit(input[^1])) Assert.Equal(input, output);
        if (input.Contains("(?)")) Assert.Contains("(?)", output);
    }
}
