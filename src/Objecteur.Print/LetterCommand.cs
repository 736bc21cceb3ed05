using System.CommandLine;
using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;

namespace Objecteur.Print.Cli;

/// <summary>
/// <c>objecteur lettre &lt;modèle&gt; --expediteur moi.yaml [--champ clé=valeur…]</c>: one letter
/// filled with the sender's data, asking at the terminal for what is missing; with
/// <c>--vierge</c>, the letter to fill in by hand. The data stays on this machine: it goes into
/// the requested PDF and nowhere else (no log, no metadata, never repeated in a message). A
/// follow-up letter (<c>suite_de</c>) takes <c>--depuis</c>: the sender file of the first letter,
/// where the first letter's date and registered-mail number are added once it is posted. With
/// <c>--gros-caracteres</c>, the letter and its guide in large print.
/// </summary>
public static class LetterCommand
{
    public static Command Create(CommandContext context)
    {
        var model = new Argument<string>("modèle") { Description = "Le modèle de lettre (voir « objecteur list »)." };
        var sender = new Option<FileInfo?>("--expediteur") { Description = "Fichier YAML avec vos coordonnées et les champs de la lettre.", HelpName = "FICHIER" };
        var fields = new Option<string[]>("--champ") { Description = "Un champ « clé=valeur » (répétable) ; « / » sépare les lignes d'une adresse.", AllowMultipleArgumentsPerToken = false, HelpName = "clé=valeur" };
        var first = new Option<FileInfo?>("--depuis") { Description = "Pour une lettre de suite : le fichier expéditeur de la première lettre, avec sa date (date_premiere) et le numéro du recommandé (reference_premiere).", HelpName = "FICHIER" };
        var blank = new Option<bool>("--vierge") { Description = "La lettre à remplir à la main, avec son mode d'emploi." };
        var largePrint = new Option<bool>("--gros-caracteres") { Description = "La lettre et son mode d'emploi en gros caractères (16 points au moins, sans césure ni italique)." };
        var output = new Option<DirectoryInfo?>("--sortie") { Description = "Dossier où écrire la lettre (par défaut output/ dans le kit).", HelpName = "DOSSIER" };
        var command = new Command("lettre", "Fabrique une lettre pré-remplie avec vos coordonnées, ou vierge (--vierge) pour la remplir à la main.");
        command.Arguments.Add(model);
        command.Options.Add(sender);
        command.Options.Add(first);
        command.Options.Add(fields);
        command.Options.Add(blank);
        command.Options.Add(largePrint);
        command.Options.Add(output);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse), prepare: LetterKind.Template);
            var letter = CommandContext.Letter(pipeline, parse.GetValue(model)!);
            var isBlank = parse.GetValue(blank);
            if (isBlank && (parse.GetValue(sender) is not null || parse.GetValue(first) is not null || parse.GetValue(fields) is { Length: > 0 }))
            {
                context.Error.WriteLine("erreur : --vierge fabrique la lettre à remplir à la main : elle ne prend ni --expediteur, ni --depuis, ni --champ.");
                return ExitCodes.UsageError;
            }
            if (parse.GetValue(first) is not null && (letter.Suite is null || parse.GetValue(sender) is not null))
            {
                context.Error.WriteLine(letter.Suite is null
                    ? $"erreur : « {letter.Id} » est une première lettre : --depuis ne sert qu'aux lettres de suite ; donnez vos coordonnées avec --expediteur."
                    : "erreur : --depuis est déjà le fichier expéditeur : ne donnez pas aussi --expediteur.");
                return ExitCodes.UsageError;
            }
            var values = isBlank ? null : Values(context, parse, pipeline, letter, parse.GetValue(first) is null ? sender : first, fields);
            var spec = pipeline.LetterSpec(letter, parse.GetValue(largePrint) ? Edition.LargePrint : null);
            var built = pipeline.Build(spec, values);
            var path = Path.Combine(context.OutputFolder(parse, output), spec.Id + (isBlank ? "" : "-remplie") + ".pdf");
            CommandContext.Write(path, built.Pdf);
            // The guide closes the file; every page before it is the letter that is posted.
            var letterPages = LetterKind.PostedPages(built.Layout);
            var guide = letterPages + 1 == built.Pages ? $"page {built.Pages}" : $"pages {letterPages + 1} à {built.Pages}";
            context.Output.WriteLine($"✓ {CommandContext.Show(path)} — {(letterPages == 1 ? "page 1" : $"pages 1 à {letterPages}")} : la lettre à {(isBlank ? "remplir, " : "")}signer et envoyer{(letter.Recommande ? " en recommandé avec avis de réception" : "")} ; {guide} : {(isBlank ? "le mode d'emploi" : "ce qu'il reste à faire")}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The sender file, then the command line, then the terminal for what is still missing.</summary>
    private static SenderValues Values(CommandContext context, ParseResult parse, KitPipeline pipeline, LetterModel letter,
        Option<FileInfo?> sender, Option<string[]> fields)
    {
        var knownKeys = pipeline.Letters().SelectMany(l => l.Champs).Select(f => f.Cle).Distinct().ToList();
        var senderFile = parse.GetValue(sender);
        var values = senderFile is null ? new SenderValues()
            : SenderValues.Load(CommandContext.Existing(senderFile, sender.Name, "du fichier expéditeur").FullName, senderFile.Name, knownKeys);
        foreach (var pair in parse.GetValue(fields) ?? [])
        {
            var eq = pair.IndexOf('=');
            var key = eq > 0 ? pair[..eq] : pair;
            if (eq <= 0)
                throw new UsageException($"--champ « {Redacted(key)} » : il manque « = » et la valeur", "écrivez --champ clé=valeur (ex. --champ ville=Lyon).");
            if (!knownKeys.Contains(key))
                throw new UsageException($"--champ : champ « {Redacted(key)} » inconnu", Suggest.Hint(key, knownKeys));
            var type = pipeline.Letters().SelectMany(l => l.Champs).First(f => f.Cle == key).Type;
            values.Set(key, SenderValues.SplitLines(type, pair[(eq + 1)..]), "--champ", 0);
        }

        var unanswered = letter.Champs.Where(f => !values.TryGet(f.Cle, out _)).ToList();
        if (context.Terminal is { } terminal && unanswered.Any(f => f.Obligatoire))
        {
            context.Output.WriteLine($"Quelques informations pour remplir la lettre « {letter.Titre} » (elles restent sur cet ordinateur) :");
            foreach (var field in unanswered)
                if (terminal.Ask(field) is { } answer)
                    values.Set(field.Cle, SenderValues.SplitLines(field.Type, answer), "réponse", 0);
        }

        var missing = letter.Champs.Where(f => f.Obligatoire && !values.TryGet(f.Cle, out _)).ToList();
        if (missing.Count > 0)
        {
            var plural = missing.Count > 1 ? "s" : "";
            throw new DiagnosticException(new Diagnostic(senderFile?.Name ?? "--champ", 0, 0,
                $"champ{plural} obligatoire{plural} manquant{plural} : {string.Join(", ", missing.Select(f => f.Cle))}",
                $"ajoutez-les au fichier expéditeur ou avec --champ clé=valeur (ex. {missing[0].Cle}: {missing[0].OneLineExample}) ; pour une lettre à remplir à la main, utilisez --vierge."));
        }
        return values;
    }

    /// <summary>A malformed <c>--champ</c> may hold a value rather than a key (« --champ Marie »):
    /// only a word that looks like a key is repeated in the message.</summary>
    private static string Redacted(string key) =>
        key.Length <= 40 && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') ? key : "…";
}
