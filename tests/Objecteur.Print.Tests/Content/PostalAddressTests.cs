using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Content;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Content;

public class PostalAddressTests
{
    [Theory]
    [InlineData("12 rue des Lilas", "42000 Saint-Étienne")]
    [InlineData("Résidence les Pins", "3 allée Jean-Moulin", "97400 Saint-Denis")]
    [InlineData("CAF de la Loire", "TSA 21127", "42027 SAINT-ÉTIENNE CEDEX 1")]
    [InlineData("Service courrier", "75015 Paris Cedex")]
    [InlineData("Rue de la Loi 16", "1000 Bruxelles", "Belgique")]
    [InlineData("8 impasse des Modèles", "99000 VILLE-EXEMPLE")]
    public void Addresses_la_poste_can_sort_pass(params string[] lines) => Assert.Null(PostalAddress.Problem(lines));

    [Theory]
    [InlineData("dernière ligne", "2 rue des Exemples", "Annecy")]
    [InlineData("dernière ligne", "2 rue des Exemples", "7400 Annecy")]
    [InlineData("une seule ligne", "12 rue des Lilas 42000 Saint-Étienne")]
    [InlineData("ligne 1 de l'adresse contient « , »", "12, rue des Lilas", "42000 Saint-Étienne")]
    [InlineData("ligne 2 de l'adresse contient « . »", "Bâtiment B", "3 bd. Voltaire", "75011 Paris")]
    public void Addresses_that_would_come_back_are_refused(string expected, params string[] lines)
    {
        var problem = PostalAddress.Problem(lines);
        Assert.NotNull(problem);
        Assert.Contains(expected, problem.Value.Message);
        Assert.NotEmpty(problem.Value.Hint);
    }

    [Fact]
    public void Punctuation_before_the_street_line_is_left_to_the_sender()
    {
        Assert.Null(PostalAddress.Problem(["Association « Les Amis »", "Chez M. Martin", "4 place du Marché", "69001 Lyon"]));
    }

    [Property]
    public bool Messages_never_repeat_what_was_typed(NonEmptyString street, NonEmptyString town)
    {
        var secret = "Zyxwvu" + street.Get.Replace("\n", "");
        var problem = PostalAddress.Problem([secret, town.Get.Replace("\n", "") + secret]);
        return problem is null || !(problem.Value.Message + problem.Value.Hint).Contains(secret, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_with_a_town_but_no_postcode_is_refused_at_the_senders_value()
    {
        var pipeline = LetterExamples.Pipeline();
        var model = pipeline.Letter("caf-papier");
        var path = Path.Combine(Path.GetTempPath(), $"objecteur-expediteur-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "nom: Camille Exemple\nadresse:\n  - 2 rue des Exemples\n  - Annecy\nville: Annecy\n");
        try
        {
            var sender = SenderValues.Load(path, "moi.yaml", model.Champs.Select(f => f.Cle).ToList());
            var e = Assert.Throws<DiagnosticException>(() => ComposedLetter.Compose(model, sender, new DateOnly(2026, 12, 1)));
            Assert.Equal(("moi.yaml", 3, 3), (e.Diagnostic.File, e.Diagnostic.Line, e.Diagnostic.Column));
            Assert.Contains("Votre adresse postale", e.Diagnostic.Message);
            Assert.DoesNotContain("Annecy", e.Diagnostic.ToString());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_value_of_spaces_only_is_no_value()
    {
        var values = new SenderValues();
        values.Set("nom", ["   "], "--champ", 0);
        Assert.False(values.TryGet("nom", out _));
        values.Set("adresse", ["  12 rue des Lilas ", " ", "42000 Saint-Étienne"], "--champ", 0);
        Assert.True(values.TryGet("adresse", out var address));
        Assert.Equal(["12 rue des Lilas", "42000 Saint-Étienne"], address.Lines);
    }
}
