using System.CommandLine;
using Objecteur.Print.Pipeline;

namespace Objecteur.Print.Cli;

/// <summary><c>objecteur check</c>: runs content, templates and layout without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var profile = BuildCommand.ProfileOption();
        var command = new Command("check", "Vérifie le contenu, les gabarits et la mise en page du kit sans rien écrire ; dit combien de pages build écrira.");
        command.Options.Add(profile);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse));
            foreach (var letter in pipeline.Letters()) _ = letter;
            foreach (var spec in BuildCommand.ForPress(pipeline, pipeline.Kit.Documents, parse.GetValue(profile)))
            {
                var layout = pipeline.Layout(spec, pipeline.Markup(spec));
                context.Output.WriteLine($"✓ {spec.Id} ({pipeline.PrintedPages(spec, layout)} p.)");
            }
            context.Output.WriteLine("Le kit est correct.");
            var reminders = pipeline.Kit.Organisation.Reminders();
            if (reminders.Count > 0)
            {
                context.Output.WriteLine($"À compléter dans {Path.Combine("content", Content.KitLoader.FileName)} :");
                foreach (var reminder in reminders) context.Output.WriteLine($"  – {reminder}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
