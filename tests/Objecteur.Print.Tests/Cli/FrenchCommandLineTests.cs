using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Resources;
using Objecteur.Print.Cli;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Cli;

/// <summary>Every text of the command line is French, and a mistake on it exits with 2.</summary>
public class FrenchCommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>Words of System.CommandLine's and .NET's own English that must never show.</summary>
    private static readonly string[] English =
    [
        "Usage", "Description:", "[options]", "[command]", "(REQUIRED)", "Show help", "Show version", "Options:", "Commands:",
        "Arguments:", "Required", "required", "Unrecognized", "Cannot parse", "expected type", "Exception", "Did you mean",
        "Reached", "Template references", "could not", "   at ",
    ];

    private static void AssertFrench(string text)
    {
        foreach (var word in English) Assert.DoesNotContain(word, text);
    }

    [Fact]
    public void Objecteur_alone_and_aide_print_the_french_help()
    {
        var (code, output, error) = Run();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        Assert.Contains("Utilisation :", output);
        Assert.Contains("objecteur COMMANDE [--kit DOSSIER]", output);
        Assert.Contains("--kit DOSSIER", output);
        Assert.Contains("nouveau-kit", output);
        AssertFrench(output);
        Assert.Equal((ExitCodes.Success, output), (Run("aide").Code, Run("aide").Out));
        Assert.Equal(output, Run("--help").Out);
    }

    [Theory]
    [InlineData("lettre", "--expediteur FICHIER", "objecteur lettre <modèle> [--expediteur FICHIER] [--depuis FICHIER] [--champ clé=valeur]… [--vierge] [--gros-caracteres] [--sortie DOSSIER]")]
    [InlineData("publipostage", "(obligatoire)", "objecteur publipostage <modèle> --donnees FICHIER [--par-fichier NOMBRE]")]
    [InlineData("build", "--sortie DOSSIER", "[documents…]")]
    [InlineData("nouveau-kit", "<DOSSIER>", "--kit DOSSIER")]
    public void The_help_of_a_command_is_french_with_the_readme_s_placeholders(string command, string expected, string expected2)
    {
        var (code, output, _) = Run("aide", command);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"objecteur {command} : ", output);
        Assert.Contains(expected, output);
        Assert.Contains(expected2, output);
        Assert.Contains("-h, -?, --help", output);
        AssertFrench(output);
        Assert.Equal(output, Run(command, "--help").Out);
    }

    [Fact]
    public void Every_option_taking_a_value_names_it_like_the_readme()
    {
        var kit = Objecteur.Print.Cli.Cli.KitOption();
        using var context = new CommandContext(kit, TextWriter.Null, TextWriter.Null, null, Directory.GetCurrentDirectory(), null);
        var root = Objecteur.Print.Cli.Cli.Create(context, kit);
        var commands = new List<Command> { root };
        for (var i = 0; i < commands.Count; i++) commands.AddRange(commands[i].Subcommands);
        foreach (var option in commands.SelectMany(c => c.Options))
        {
            Assert.False(string.IsNullOrEmpty(option.Description), option.Name);
            if (option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0) continue;
            Assert.True(option.HelpName is "DOSSIER" or "FICHIER" or "NOMBRE" or "DIAMÈTRE" or "NOM" or "clé=valeur", $"{option.Name}: {option.HelpName}");
        }
        Assert.All(commands, c => Assert.False(string.IsNullOrEmpty(c.Description), c.Name));
    }

    [Fact]
    public void Every_parse_error_format_of_system_commandline_has_its_french()
    {
        var resources = new ResourceManager("System.CommandLine.Properties.Resources", typeof(Command).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var formats = resources.Cast<DictionaryEntry>()
            .Where(e => !((string)e.Key).StartsWith("Help", StringComparison.Ordinal) && (string)e.Key is not ("VersionOptionDescription" or "ExceptionHandlerHeader"))
            .Select(e => (string)e.Value!).ToList();
        Assert.True(formats.Count >= 20, string.Join("\n", formats));
        foreach (var format in formats)
        {
            var message = string.Format(CultureInfo.InvariantCulture, format, "A", "B", "System.Int32", "\n\t'C'");
            var french = ParseErrors.Translate(message);
            Assert.NotEqual("la commande est mal écrite.", french);
            AssertFrench(french);
        }
    }

    [Theory]
    [InlineData("l'option --donnees est obligatoire", "publipostage", "caf-papier")]
    [InlineData("l'option --par-fichier attend un nombre entier, pas « beaucoup »", "publipostage", "caf-papier", "--donnees", "x.csv", "--par-fichier", "beaucoup")]
    [InlineData("il manque <modèle> après « objecteur lettre »", "lettre")]
    [InlineData("commande ou argument inconnu « --expéditeur »", "lettre", "caf-papier", "--expéditeur", "moi.yaml")]
    [InlineData("commande ou argument inconnu « construire »", "construire")]
    [InlineData("vouliez-vous dire « --sortie » ?", "build", "--sorti", "x")]
    [InlineData("commande inconnue « lettr »", "aide", "lettr")]
    public void A_malformed_command_line_is_explained_in_french_and_exits_2(string expected, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(expected, error);
        AssertFrench(error);
    }

    [Fact]
    public void An_unknown_document_exits_2_with_a_suggestion()
    {
        var (code, _, error) = Run("--kit", Repo.Root, "build", "statut-a5");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("document « statut-a5 » inconnu", error);
        Assert.Contains("vouliez-vous dire « statut-a4 »", error);
    }

    [Theory]
    [InlineData("lettre", "caf-papie", "--vierge")]
    [InlineData("publipostage", "caf-papie", "--donnees", "personnes.csv")]
    public void An_unknown_letter_model_exits_2_with_a_suggestion(params string[] args)
    {
        var (code, _, error) = Run(["--kit", Repo.Root, .. args]);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("modèle de lettre « caf-papie » inconnu", error);
        Assert.Contains("« caf-papier »", error);
    }

    [Theory]
    [InlineData("nom", "« nom » : il manque « = »")]
    [InlineData("Marie Secret", "« … » : il manque « = »")]
    [InlineData("nomm=Marie", "champ « nomm » inconnu")]
    public void A_malformed_champ_exits_2_without_repeating_a_value(string champ, string expected)
    {
        using var kit = new TempKit();
        var (code, _, error) = Run("--kit", kit.Root, "lettre", "caf-papier", "--champ", champ);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("Marie", error);
    }

    [Fact]
    public void A_kit_folder_that_is_missing_or_holds_no_kit_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "objecteur-absent-" + Guid.NewGuid().ToString("N"));
        var (code, _, error) = Run("--kit", missing, "build");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("n'existe pas", error);
        Assert.Contains("nouveau-kit", error);

        var empty = Directory.CreateTempSubdirectory("objecteur-vide-").FullName;
        try
        {
            (code, _, error) = Run("--kit", empty, "list");
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("n'est pas un kit (il n'y a pas de content/kit.yaml)", error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData("lettre", "caf-papier", "--expediteur", "absent.yaml")]
    [InlineData("publipostage", "caf-papier", "--donnees", "absent.csv")]
    public void A_missing_file_named_on_the_command_line_exits_2(params string[] args)
    {
        var (code, _, error) = Run(["--kit", Repo.Root, .. args]);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"« {args[^1]} » introuvable", error);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_names_the_path_in_french()
    {
        using var kit = new TempKit();
        kit.Write("occupe", "un fichier, pas un dossier");
        var (code, _, error) = Run("--kit", kit.Root, "build", "statut-a4", "--sortie", kit.PathOf("occupe"));
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("impossible d'écrire", error);
        Assert.Contains("occupe", error);
        Assert.Contains("--sortie DOSSIER", error);
        AssertFrench(error);
    }

    [Theory]
    [InlineData("<p>{{titre</p>", "n'est pas fermée par « }} »", 1)]
    [InlineData("<p>\n{{#each articles}}\n</p>", "le bloc « {{#each}} » n'est pas fermé", 2)]
    [InlineData("<p>\n\n{{/each}}</p>", "« {{/each}} » ferme un bloc qui n'a pas été ouvert", 3)]
    [InlineData("<p>{{majuscules titre}}</p>", "aide « majuscules » inconnue", 1)]
    [InlineData("<p>{{{titre}}</p>", "les accolades ne correspondent pas", 1)]
    [InlineData("<p>{{#if}}a{{/if}}</p>", "« {{#if}} » sans argument", 1)]
    public void Template_errors_are_french_and_point_at_their_line(string template, string expected, int line)
    {
        using var kit = new TempKit();
        kit.Write("templates/statut.hbs", template);
        var (code, _, error) = Run("--kit", kit.Root, "build", "statut-a4");
        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains(expected, error);
        if (line > 0) Assert.Contains($"{Path.Combine("templates", "statut.hbs")}, ligne {line}", error);
        AssertFrench(error);
    }
}
