using Objecteur.Print.Content;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Content;

/// <summary>The letter models may print only legal references marked V or V2 in legal.md. The
/// list below is test data copied from ../shared/legal.md (2026-11-22).</summary>
public class LetterModelTests
{
    private static readonly string[] Verified =
    [
        "CRPA L100-2", "CRPA L100-3 1°", "CRPA L112-8", "CRPA L112-9", "CRPA L112-10", "CRPA L112-8 à L112-10",
        "CRPA L112-14 2°", "CRPA L112-15", "CRPA L112-3", "CRPA R112-5", "CRPA L112-6", "CRPA L231-1", "CRPA L231-4",
        "CRPA L232-4", "CE 27 nov. 2019, La Cimade, n° 422516", "CE Section, 3 juin 2022, n° 452798",
        "CE 17 janv. 2024, n° 466052", "CSS L217-7-1", "Loi n° 2016-1321", "Décret n° 2016-1411", "Décret n° 2016-685",
    ];

    private static IEnumerable<LetterModel> Models() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "content", "lettres"), "*.yaml")
            .Select(f => LetterLoader.Load(f, Path.GetFileName(f)));

    [Fact]
    public void Every_model_loads_and_cites_only_verified_references()
    {
        var models = Models().ToList();
        Assert.NotEmpty(models);
        foreach (var model in models)
        {
            Assert.NotEmpty(model.TextesCites);
            foreach (var cited in model.TextesCites)
                Assert.True(cited.Verification is "V" or "V2", $"{model.Id}: {cited.Reference}");
        }
    }

    [Fact]
    public void The_caf_letter_refuses_answers_by_email()
    {
        var caf = Models().Single(m => m.Id == "caf-papier");
        Assert.Contains(caf.TextesCites, t => t.Reference.Contains("L112-14"));
        Assert.Contains("L112-14", caf.Corps);
        Assert.Matches("(?i)refus", caf.Corps);
    }

    [Fact]
    public void No_model_contains_a_legal_pitfall()
    {
        foreach (var model in Models())
        {
            var text = string.Join("\n", model.Corps, model.Objet, string.Join("\n", model.TextesCites.Select(t => t.Reference)));
            Assert.DoesNotMatch(@"(?i)conseil d.[ée]tat[^.]{0,60}d[ée]cembre 2022", text);
            Assert.DoesNotMatch(@"22 ?\(3\)|article 22,? paragraphe 3", text);
            Assert.DoesNotMatch(@"(?i)droit de s.inscrire (sur|par) papier", text);
        }
    }

    [Fact]
    public void A_reference_marked_unverified_is_refused()
    {
        using var kit = new TempKit();
        kit.Edit("content/lettres/caf-papier.yaml", "verification: V", "verification: U");
        var e = Assert.Throws<DiagnosticException>(() => LetterLoader.Load(kit.PathOf("content/lettres/caf-papier.yaml"), "caf-papier.yaml"));
        Assert.Contains("V ou V2", e.Diagnostic.Hint);
        Assert.True(e.Diagnostic.Line > 0);
    }

    private static DiagnosticException LoadFails(Action<TempKit> edit)
    {
        using var kit = new TempKit();
        edit(kit);
        return Assert.Throws<DiagnosticException>(() => LetterLoader.Load(kit.PathOf("content/lettres/caf-papier.yaml"), "caf-papier.yaml"));
    }

    [Fact]
    public void A_body_placeholder_must_name_a_field()
    {
        var e = LoadFails(kit => kit.Edit("content/lettres/caf-papier.yaml", "Allocataire sous le numéro", "Le {date_demand} allocataire sous le numéro"));
        Assert.Contains("« date_demand » inconnu", e.Diagnostic.Message);
        Assert.True(e.Diagnostic.Line > 0);
    }

    [Fact]
    public void A_multi_line_field_must_stand_alone_in_its_paragraph()
    {
        var e = LoadFails(kit =>
        {
            kit.Edit("content/lettres/caf-papier.yaml", "champs:\n", "champs:\n  - cle: demarches\n    libelle: Démarches\n    obligatoire: false\n    exemple: x\n    type: texte_long\n");
            kit.Edit("content/lettres/caf-papier.yaml", "Allocataire sous le numéro", "Voici {demarches} et allocataire sous le numéro");
        });
        Assert.Contains("paragraphe à lui seul", e.Diagnostic.Message);
    }

    [Fact]
    public void A_choice_needs_options()
    {
        var e = LoadFails(kit => kit.Edit("content/lettres/caf-papier.yaml", "champs:\n",
            "champs:\n  - cle: demarche\n    libelle: Démarche\n    obligatoire: false\n    exemple: x\n    type: choix\n"));
        Assert.Contains("au moins deux options", e.Diagnostic.Message);
    }

    [Fact]
    public void An_answer_delay_must_be_days_or_months()
    {
        var e = LoadFails(kit => kit.Edit("content/lettres/caf-papier.yaml", "delai_reponse: 2 mois", "delai_reponse: bientôt"));
        Assert.Contains("délai « bientôt » illisible", e.Diagnostic.Message);
        Assert.Contains("2 mois", e.Diagnostic.Hint);
    }

    [Fact]
    public void A_model_without_the_sender_fields_is_refused()
    {
        var e = LoadFails(kit => kit.Edit("content/lettres/caf-papier.yaml", "  - cle: ville", "  - cle: commune"));
        Assert.Contains("« ville » manque", e.Diagnostic.Message);
    }

    [Fact]
    public void A_choice_given_by_number_or_text_prints_the_option_and_another_value_is_refused()
    {
        var field = new LetterField("demarche", "Démarche", true, "", false, FieldType.Choix, ["Titre de séjour", "Naturalisation"], 3);
        var model = Models().Single(m => m.Id == "caf-papier");
        model = model with { Champs = [.. model.Champs, field] };
        var sender = new SenderValues();
        sender.Set("demarche", ["2"], "test", 4);
        Assert.Equal(["Naturalisation"], ComposedLetter.Compose(model, sender, null).Values["demarche"]);
        sender.Set("demarche", ["titre de séjour"], "test", 4);
        Assert.Equal(["Titre de séjour"], ComposedLetter.Compose(model, sender, null).Values["demarche"]);
        sender.Set("demarche", ["Autre chose"], "test", 4);
        var e = Assert.Throws<DiagnosticException>(() => ComposedLetter.Compose(model, sender, null));
        Assert.Equal(4, e.Diagnostic.Line);
        Assert.DoesNotContain("Autre chose", e.Diagnostic.ToString());
    }
}
