using System.CommandLine;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;

namespace Objecteur.Print.Cli;

/// <summary><c>objecteur calibrage</c>: a sheet showing where the letters put the address, to
/// check against one's own window envelopes before printing a hundred letters.</summary>
public static class CalibrationCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<DirectoryInfo?>("--sortie") { Description = "Dossier où écrire la feuille (par défaut output/ dans le kit).", HelpName = "DOSSIER" };
        var command = new Command("calibrage", "Fabrique la feuille qui montre la fenêtre d'enveloppe et les plis, pour vérifier vos enveloppes.");
        command.Options.Add(output);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse));
            var spec = pipeline.CalibrationSpec();
            var path = Path.Combine(context.OutputFolder(parse, output), spec.Id + ".pdf");
            CommandContext.Write(path, pipeline.Build(spec).Pdf);
            context.Output.WriteLine($"✓ {CommandContext.Show(path)} — imprimez-la en taille réelle (100 %), pliez-la et glissez-la dans votre enveloppe.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
