using System.CommandLine;
using System.Globalization;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Content;
using Objecteur.Print.Kinds;

namespace Objecteur.Print.Cli;

/// <summary>
/// <c>objecteur publipostage &lt;modèle&gt; --donnees personnes.csv</c>: one letter per row of a
/// table, for an association preparing letters with the people it accompanies. Rows with a
/// problem are named by their line and skipped; the others are still written.
/// <c>--gros-caracteres</c>, the letters and their follow-up sheets in large print.
/// </summary>
public static class MergeCommand
{
    public static Command Create(CommandContext context)
    {
        var model = new Argument<string>("modèle") { Description = "Le modèle de lettre (voir « objecteur list »)." };
        var table = new Option<FileInfo>("--donnees") { Description = "Tableau CSV (UTF-8, séparé par « ; » ou « , ») : une colonne par champ, une ligne par personne.", Required = true, HelpName = "FICHIER" };
        var perFile = new Option<int>("--par-fichier") { Description = "Nombre de lettres par fichier à imprimer (500 par défaut).", DefaultValueFactory = _ => 500, HelpName = "NOMBRE" };
        var largePrint = new Option<bool>("--gros-caracteres") { Description = "Les lettres et leurs fiches de suivi en gros caractères (16 points au moins, sans césure ni italique)." };
        var output = new Option<DirectoryInfo?>("--sortie") { Description = "Dossier où écrire les lettres (par défaut output/publipostage-<modèle>/ dans le kit).", HelpName = "DOSSIER" };
        var command = new Command("publipostage", "Fabrique une lettre par ligne d'un tableau CSV, et des fichiers qui les rassemblent pour les imprimer d'un coup.");
        command.Arguments.Add(model);
        command.Options.Add(table);
        command.Options.Add(perFile);
        command.Options.Add(largePrint);
        command.Options.Add(output);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse), prepare: LetterKind.Template);
            var letter = CommandContext.Letter(pipeline, parse.GetValue(model)!);
            var file = CommandContext.Existing(parse.GetValue(table)!, "--donnees", "du tableau CSV");
            if (parse.GetValue(perFile) < 1)
            {
                context.Error.WriteLine("erreur : --par-fichier attend un nombre de lettres supérieur à 0.");
                return ExitCodes.UsageError;
            }
            var folder = parse.GetValue(output)?.FullName ?? Path.Combine(context.Kit(parse).OutputRoot, "output", "publipostage-" + letter.Id);
            Directory.CreateDirectory(folder);
            var merge = new MailMerge(pipeline, letter, folder)
            {
                LettersPerPrintFile = parse.GetValue(perFile),
                Edition = parse.GetValue(largePrint) ? Edition.LargePrint : null,
            };

            var report = context.Terminal is { } terminal
                ? terminal.WithProgress($"Lettres « {letter.Titre} »", MailMerge.CountRows(file.FullName, file.Name, letter),
                    progress => merge.Run(file.FullName, file.Name, progress))
                : merge.Run(file.FullName, file.Name);

            if (SenderTable.EncodingNotice(file.FullName) is { } notice) context.Error.WriteLine($"attention : {file.Name} : {notice}");
            foreach (var row in report.Skipped) context.Error.WriteLine($"ignorée : {file.Name}, {row}");
            var fr = French.Culture;
            if (report.Written == 0)
                context.Error.WriteLine($"aucune lettre fabriquée : chaque ligne de {file.Name} a été ignorée.");
            else
                context.Output.WriteLine(string.Create(fr, $"✓ {report.Written} lettre{(report.Written > 1 ? "s" : "")} dans {CommandContext.Show(folder)} (une par personne, avec sa fiche de suivi)."));
            foreach (var print in report.PrintFiles)
                context.Output.WriteLine($"✓ {CommandContext.Show(print)} — les lettres seules, à imprimer d'un coup.");
            if (report.Skipped.Count == 0) return ExitCodes.Success;
            var several = report.Skipped.Count > 1;
            context.Error.WriteLine($"{report.Skipped.Count} ligne{(several ? "s" : "")} ignorée{(several ? "s" : "")} : corrigez-{(several ? "les" : "la")} dans le tableau et relancez la commande.");
            return ExitCodes.ContentError;
        }));
        return command;
    }
}
