using Objecteur.Print.Cli;
using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Render;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

/// <summary>The three ways of making a letter: blank, pre-filled (with prompts), mail merge.</summary>
public class LetterCommandTests
{
    private sealed class ScriptedTerminal(Dictionary<string, string> answers) : ITerminal
    {
        public List<string> Asked { get; } = [];

        public string? Ask(LetterField field)
        {
            Asked.Add(field.Cle);
            return answers.GetValueOrDefault(field.Cle);
        }

        public T WithProgress<T>(string description, int total, Func<IProgress<MergeProgress>, T> work) => work(new Progress<MergeProgress>());
    }

    private static (int Code, string Out, string Err) Run(ITerminal? terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Objecteur.Print.Cli.Cli.Run(args, output, error, terminal);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Vierge_writes_the_blank_letter_with_its_mode_d_emploi()
    {
        using var kit = new TempKit();
        var (code, output, error) = Run(null, "--kit", kit.Root, "lettre", "caf-papier", "--vierge");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("mode d'emploi", output);
        Assert.Equal(2, PdfFacts.Read(File.ReadAllBytes(kit.PathOf("output/lettre-caf-papier.pdf"))).PageCount);
    }

    [Fact]
    public void Gros_caracteres_writes_any_letter_in_large_print_and_names_the_guide_s_pages()
    {
        using var kit = new TempKit();
        var (code, output, error) = Run(null, "--kit", kit.Root, "lettre", "cnil-plainte", "--vierge", "--gros-caracteres");
        Assert.True(code == ExitCodes.Success, error);
        var pdf = File.ReadAllBytes(kit.PathOf("output/lettre-cnil-plainte-gros-caracteres.pdf"));
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var guide = Enumerable.Range(1, read.NumberOfPages).First(p => read.GetPage(p).Text.Contains("Mode d’emploi de la lettre", StringComparison.Ordinal));
        Assert.True(guide < read.NumberOfPages, "the large-print guide takes more than one page");
        Assert.Contains($"pages {guide} à {read.NumberOfPages} : le mode d'emploi", output);
        Assert.DoesNotContain(read.GetPage(guide).Letters, l => l.PointSize < 16);
    }

    [Fact]
    public void Vierge_with_sender_values_is_a_usage_error()
    {
        using var kit = new TempKit();
        var (code, _, error) = Run(null, "--kit", kit.Root, "lettre", "caf-papier", "--vierge", "--champ", "nom=X");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--vierge", error);
    }

    [Fact]
    public void Without_a_terminal_missing_fields_are_an_error_that_points_to_vierge()
    {
        using var kit = new TempKit();
        var (code, _, error) = Run(null, "--kit", kit.Root, "lettre", "caf-papier");
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("--vierge", error);
        Assert.False(File.Exists(kit.PathOf("output/lettre-caf-papier-remplie.pdf")));
    }

    [Fact]
    public void At_a_terminal_each_missing_field_is_asked_and_the_answers_fill_the_letter()
    {
        using var kit = new TempKit();
        var terminal = new ScriptedTerminal(new()
        {
            ["adresse"] = "3 place du Marché / 99000 Ville-Exemple",
            ["numero_allocataire"] = "7654321",
            ["caf_nom"] = "CAF de la Loire",
            ["caf_adresse"] = "1 rue des Exemples / 99000 Ville-Exemple",
            ["ville"] = "Ville-Exemple",
        });
        var (code, output, error) = Run(terminal, "--kit", kit.Root, "lettre", "caf-papier", "--champ", "nom=Camille Exemple");
        Assert.True(code == ExitCodes.Success, error);
        Assert.DoesNotContain("nom", terminal.Asked);
        Assert.Contains("caf_adresse", terminal.Asked);
        Assert.DoesNotContain("Camille", output + error);
        Assert.DoesNotContain("7654321", output + error);
        Assert.True(File.Exists(kit.PathOf("output/lettre-caf-papier-remplie.pdf")));
    }

    [Fact]
    public void The_sender_s_data_is_printed_but_never_in_the_pdf_metadata()
    {
        using var kit = new TempKit();
        var sender = Path.Combine(Repo.TestDirectory, "Fixtures", "expediteur.yaml");
        var (code, _, error) = Run(null, "--kit", kit.Root, "lettre", "caf-papier", "--expediteur", sender);
        Assert.True(code == ExitCodes.Success, error);
        var bytes = File.ReadAllBytes(kit.PathOf("output/lettre-caf-papier-remplie.pdf"));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Contains("Aubigné", pdf.GetPage(1).Text);
        var info = pdf.Information;
        var metadata = string.Join("|", info.Title, info.Subject, info.Author, info.Keywords, info.Creator, info.Producer);
        Assert.DoesNotContain("Aubigné", metadata);
        Assert.DoesNotContain("1234567", metadata);
        // Nor anywhere in the file outside the drawn text (XMP included): the raw bytes never hold the
        // name in clear, since text is written as glyph codes.
        Assert.DoesNotContain("Aubign", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void Calibrage_writes_the_calibration_sheet()
    {
        using var kit = new TempKit();
        var (code, _, error) = Run(null, "--kit", kit.Root, "calibrage");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(1, PdfFacts.Read(File.ReadAllBytes(kit.PathOf("output/calibrage-enveloppe.pdf"))).PageCount);
    }

    private const string Header = "nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n";

    private static string Row(string name, string address = "3 place du Marché / 99000 Ville-Exemple") =>
        $"{name};{address};1234567;CAF de la Loire;1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple\n";

    [Fact]
    public void Publipostage_writes_one_letter_per_row_and_a_file_to_print()
    {
        using var kit = new TempKit();
        kit.Write("personnes.csv", Header + Row("Camille Exemple") + Row("Dominique Modèle") + Row("Sacha Essai"));
        var (code, output, error) = Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"), "--par-fichier", "2");
        Assert.True(code == ExitCodes.Success, error);
        var folder = kit.PathOf("output/publipostage-caf-papier");
        Assert.Equal(3, Directory.GetFiles(folder, "lettre-caf-papier-ligne-*.pdf").Length);
        var print = Directory.GetFiles(folder, "lettre-caf-papier-a-imprimer-*.pdf").Order().ToList();
        Assert.Equal(2, print.Count);
        Assert.Equal(2, PdfFacts.Read(File.ReadAllBytes(print[0])).PageCount);
        Assert.Equal(1, PdfFacts.Read(File.ReadAllBytes(print[1])).PageCount);
        Assert.Contains("3 lettres", output);
        Assert.DoesNotContain("Camille", output + error);
    }

    [Fact]
    public void Publipostage_skips_bad_rows_naming_their_line_and_field_not_their_values()
    {
        using var kit = new TempKit();
        var tooLong = "3 place du Marché / 99000 Une-Ville-Au-Nom-Vraiment-Beaucoup-Trop-Long";
        kit.Write("personnes.csv", Header.Replace(';', ',') + Row("Camille Exemple").Replace(';', ',')
            + ",3 rue X / 99000 Y,1,CAF de la Loire,1 rue A / 99000 B,Y\n"
            + Row("Sacha Essai").Replace(';', ',')
            + $"Secret Person,3 rue X / 99000 Y,1,CAF de la Loire,1 rue A / {tooLong},Y\n");
        var (code, output, error) = Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("ligne 3 : champ nom manquant", error);
        Assert.Contains("ligne 5 :", error);
        Assert.Contains("38 au plus", error);
        Assert.DoesNotContain("Secret", error + output);
        Assert.DoesNotContain("Vraiment", error + output);
        Assert.Equal(2, Directory.GetFiles(kit.PathOf("output/publipostage-caf-papier"), "lettre-caf-papier-ligne-*.pdf").Length);
    }

    [Fact]
    public void A_table_whose_every_row_is_skipped_says_no_letter_was_made_never_a_tick()
    {
        using var kit = new TempKit();
        kit.Write("personnes.csv", Header + ",3 rue X / 99000 Y,1,CAF de la Loire,1 rue A / 99000 B,Y\n".Replace(',', ';'));
        var (code, output, error) = Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.DoesNotContain("✓", output);
        Assert.Contains("aucune lettre fabriquée : chaque ligne de personnes.csv a été ignorée.", error);
        Assert.Contains("ligne 2 : champ nom manquant", error);
        Assert.Contains("1 ligne ignorée : corrigez-la dans le tableau", error);
    }

    [Fact]
    public void A_letter_that_runs_onto_a_second_page_is_whole_in_the_print_file()
    {
        using var kit = new TempKit();
        var tried = string.Join(" / ", Enumerable.Range(1, 40).Select(i => $"Démarche {i} : formulaire en ligne refusé, rendez-vous impossible à obtenir."));
        kit.Write("personnes.csv", "nom;adresse;prefecture_nom;prefecture_adresse;demarche;demarches_tentees;ville\n"
            + "Camille Exemple;3 place du Marché / 99000 Ville-Exemple;Préfecture de l'Exemple;1 rue A / 99000 Ville-Exemple;1;\"" + tried + "\";Ville-Exemple\n"
            + "Sacha Essai;3 place du Marché / 99000 Ville-Exemple;Préfecture de l'Exemple;1 rue A / 99000 Ville-Exemple;1;Un rendez-vous demandé.;Ville-Exemple\n");
        var (code, _, error) = Run(null, "--kit", kit.Root, "publipostage", "prefecture-alternative", "--donnees", kit.PathOf("personnes.csv"));
        Assert.True(code == ExitCodes.Success, error);
        var folder = kit.PathOf("output/publipostage-prefecture-alternative");
        var long_ = PdfFacts.Read(File.ReadAllBytes(Path.Combine(folder, "lettre-prefecture-alternative-ligne-00002.pdf"))).PageCount;
        var short_ = PdfFacts.Read(File.ReadAllBytes(Path.Combine(folder, "lettre-prefecture-alternative-ligne-00003.pdf"))).PageCount;
        Assert.True(long_ >= 3, $"{long_} pages");
        var print = PdfFacts.Read(File.ReadAllBytes(Path.Combine(folder, "lettre-prefecture-alternative-a-imprimer-01.pdf"))).PageCount;
        Assert.Equal(long_ - 1 + short_ - 1, print);
    }

    [Fact]
    public void A_windows_table_is_merged_with_its_accents_and_said_so()
    {
        using var kit = new TempKit();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(kit.PathOf("personnes.csv"), System.Text.Encoding.GetEncoding(1252).GetBytes(Header + Row("Hélène Œillet")));
        var (code, _, error) = Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"));
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("attention : personnes.csv : le tableau n'est pas enregistré en UTF-8", error);
        Assert.DoesNotContain("Hélène", error);
    }

    [Fact]
    public void A_second_merge_into_the_same_folder_replaces_the_first_one_whole()
    {
        using var kit = new TempKit();
        kit.Write("personnes.csv", Header + Row("Camille Exemple") + Row("Dominique Modèle") + Row("Sacha Essai"));
        Assert.Equal(ExitCodes.Success, Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"), "--par-fichier", "1").Code);
        kit.Write("personnes.csv", Header + Row("Camille Exemple"));
        Assert.Equal(ExitCodes.Success, Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv")).Code);
        var files = Directory.GetFiles(kit.PathOf("output/publipostage-caf-papier"), "*.pdf").Select(Path.GetFileName).Order();
        Assert.Equal(["lettre-caf-papier-a-imprimer-01.pdf", "lettre-caf-papier-ligne-00002.pdf"], files);
    }

    [Fact]
    public void A_table_that_fails_half_way_leaves_the_previous_letters_untouched()
    {
        using var kit = new TempKit();
        kit.Write("personnes.csv", Header + Row("Camille Exemple"));
        Assert.Equal(ExitCodes.Success, Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv")).Code);
        var folder = kit.PathOf("output/publipostage-caf-papier");
        var before = File.ReadAllBytes(Path.Combine(folder, "lettre-caf-papier-ligne-00002.pdf"));
        kit.Write("personnes.csv", Header + Row("Dominique Modèle") + Row("\"Sacha Essai"));
        var (code, _, error) = Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("personnes.csv, ligne 3", error);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "lettre-caf-papier-ligne-00002.pdf")));
        Assert.Single(Directory.GetFiles(folder, "*ligne*"));
        Assert.Empty(Directory.GetFiles(folder, "*tmp"));
    }

    [Fact]
    public void Publipostage_with_an_unknown_column_writes_nothing_and_suggests_the_field()
    {
        using var kit = new TempKit();
        kit.Write("personnes.csv", Header.Replace("numero_allocataire", "numero_alocataire") + Row("Camille Exemple"));
        var (code, _, error) = Run(null, "--kit", kit.Root, "publipostage", "caf-papier", "--donnees", kit.PathOf("personnes.csv"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("personnes.csv, ligne 1, colonne 3", error);
        Assert.Contains("numero_allocataire", error);
        Assert.Empty(Directory.GetFiles(kit.PathOf("output/publipostage-caf-papier")));
    }

    [Fact]
    public void A_shifted_envelope_window_moves_the_recipient_block()
    {
        using var kit = new TempKit();
        kit.Edit("content/kit.yaml", "documents:", "lettres:\n  fenetre:\n    gauche: 95mm\n    haut: 40mm\n\ndocuments:");
        var pipeline = KitPipeline.Open(kit.Root, LetterExamples.BuildDate);
        var model = pipeline.Letter("caf-papier");
        var spec = pipeline.LetterSpec(model);
        var page = pipeline.Layout(spec, pipeline.Markup(spec, LetterExamples.Sender(model))).Pages[0];
        var recipient = page.Items.OfType<Objecteur.Print.Layout.Frames.TextItem>().First(t => t.Text.StartsWith("Madame la", StringComparison.Ordinal));
        Assert.Equal(Objecteur.Print.Layout.Units.Mm(105), recipient.X, 3);
        Assert.InRange(recipient.Baseline, Objecteur.Print.Layout.Units.Mm(55), Objecteur.Print.Layout.Units.Mm(65));
    }

    private const string FirstLetterSender = """
        nom: Camille Exemple
        adresse:
          - 8 impasse des Modèles
          - 99000 Ville-Exemple
        numero_allocataire: "1234567"
        caf_nom: CAF de la Loire
        caf_adresse:
          - 12 rue des Exemples
          - 99000 Ville-Exemple
        ville: Ville-Exemple
        date_premiere: 2 octobre 2026
        reference_premiere: 1A12345678901
        """;

    [Fact]
    public void Depuis_makes_a_follow_up_from_the_first_letter_s_sender_file()
    {
        using var kit = new TempKit();
        kit.Write("moi.yaml", FirstLetterSender);
        var (code, output, error) = Run(null, "--kit", kit.Root, "lettre", "caf-papier-relance", "--depuis", kit.PathOf("moi.yaml"));
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("page 1 : la lettre", output);
        var pdf = File.ReadAllBytes(kit.PathOf("output/lettre-caf-papier-relance-remplie.pdf"));
        Assert.Equal(2, PdfFacts.Read(pdf).PageCount);
    }

    [Fact]
    public void Depuis_is_refused_for_a_first_letter()
    {
        using var kit = new TempKit();
        kit.Write("moi.yaml", FirstLetterSender);
        var (code, _, error) = Run(null, "--kit", kit.Root, "lettre", "caf-papier", "--depuis", kit.PathOf("moi.yaml"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--expediteur", error);
        Assert.DoesNotContain("Camille", error);
    }
}
