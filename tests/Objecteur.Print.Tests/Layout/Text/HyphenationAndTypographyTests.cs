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
    [InlineData("200 000 personnes", "200\u202F000 personnes")]
    [InlineData("1 234 567 €", "1\u202F234\u202F567\u00A0€")]
    [InlineData("2 % des dossiers", "2\u202F% des dossiers")]
    [InlineData("Notes n° 12", "Notes n°\u00A012")]
    [InlineData("10 millions sur 65,7 millions", "10\u00A0millions sur 65,7\u00A0millions")]
    [InlineData("les 15 et 16 septembre 2023 à 10 h", "les 15 et 16 septembre 2023 à 10\u00A0h")]
    [InlineData("en 2023 2024 fois", "en 2023 2024 fois")]
    [InlineData("01 23 45 67 89", "01 23 45 67 89")]
    [InlineData("le 2023-09-15 [001] 100 fois", "le 2023-09-15 [001] 100 fois")]
    [InlineData("article L112 000", "article L112 000")]
    public void French_typography_is_applied(string input, string expected) =>
        Assert.Equal(expected, FrenchTypography.Apply(input));

    /// <summary>Whatever digits and spaces a text holds, number typography only turns typed spaces
    /// into no-break ones: the text is the same once spaces are read as spaces.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Number_typography_only_changes_spaces(FsCheck.NonNull<string> raw)
    {
        var text = new string(raw.Get.Select(c => "0123456789 %n°€km,-["[c % 20]).ToArray());
        return FrenchTypography.Apply(text).Replace('\u202F', ' ').Replace('\u00A0', ' ') == text;
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Thousands_are_grouped_with_narrow_no_break_spaces(FsCheck.PositiveInt n)
    {
        string Grouped(string separator) => n.Get.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = separator });
        return FrenchTypography.Apply($"soit {Grouped(" ")} personnes") == $"soit {Grouped("\u202F")} personnes";
    }

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
