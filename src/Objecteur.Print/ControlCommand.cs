using System.CommandLine;
using Objecteur.Print.Preflight;

namespace Objecteur.Print.Cli;

/// <summary><c>objecteur controle FICHIER.pdf…</c>: the preflight a copy shop runs, on any PDF,
/// with a French report; exit 1 when a shop would send a file back.</summary>
public static class ControlCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<FileInfo[]>("fichiers")
        {
            Description = "Les PDF à contrôler (les vôtres ou ceux du kit).",
            HelpName = "FICHIER.pdf",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("controle",
            "Contrôle des PDF comme le fait une imprimerie : formats, fond perdu, polices, couleurs, images, flux, transparence, profil de sortie ; dit ce qu'elle refuserait.");
        command.Arguments.Add(files);
        command.SetAction(parse => context.Guard(() =>
        {
            var paths = parse.GetValue(files)!.Select(f => CommandContext.Existing(f, "controle", "du PDF")).ToList();
            var refused = 0;
            foreach (var file in paths)
            {
                byte[] pdf;
                try
                {
                    pdf = File.ReadAllBytes(file.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new FileAccessFailure(file.FullName, writing: false, e);
                }
                if (!Report(context.Output, CommandContext.Show(file.FullName), PdfPreflight.Check(pdf))) refused++;
            }
            if (paths.Count > 1)
                context.Output.WriteLine(refused == 0
                    ? $"Les {paths.Count} fichiers sont bons pour l'imprimerie."
                    : $"{refused} fichier{(refused > 1 ? "s" : "")} sur {paths.Count} serai{(refused > 1 ? "ent" : "t")} refusé{(refused > 1 ? "s" : "")} par une imprimerie.");
            return refused == 0 ? ExitCodes.Success : ExitCodes.ContentError;
        }));
        return command;
    }

    /// <summary>Writes one file's report; true when a shop would take it.</summary>
    private static bool Report(TextWriter output, string name, PreflightReport report)
    {
        output.WriteLine(name);
        foreach (var line in report.Describe()) output.WriteLine($"  {line}");
        if (report.Notices.Count > 0)
        {
            output.WriteLine("  À savoir :");
            foreach (var notice in report.Notices) output.WriteLine($"    – {notice}");
        }
        if (report.Accepted)
        {
            output.WriteLine("✓ bon pour l'imprimerie");
            return true;
        }
        output.WriteLine("✗ une imprimerie le refuserait :");
        foreach (var refusal in report.Refusals) output.WriteLine($"    – {refusal}");
        return false;
    }
}
