using System.CommandLine;
using System.Globalization;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;

namespace Objecteur.Print.Cli;

/// <summary><c>objecteur build [documents…] [--sortie DIR]</c>: builds the kit's documents.</summary>
public static class BuildCommand
{
    public static Command Create(CommandContext context)
    {
        var documents = new Argument<string[]>("documents")
        {
            Description = "Identifiants des documents à fabriquer (tous si aucun ; voir « objecteur list »).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<DirectoryInfo?>("--sortie") { Description = "Dossier où écrire les PDF (par défaut output/ dans le kit)." };
        var profile = new Option<string?>("--profil") { Description = "Machine à badges : diamètre du badge (25, 32, 38, 56, 58 ou 75) ; remplace le profil du kit." };
        var command = new Command("build", "Fabrique les documents du kit en PDF.");
        command.Arguments.Add(documents);
        command.Options.Add(output);
        command.Options.Add(profile);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse));
            var wanted = parse.GetValue(documents) ?? [];
            var specs = wanted.Length == 0 ? pipeline.Kit.Documents : wanted.Select(id =>
                pipeline.Kit.Documents.FirstOrDefault(d => d.Id == id) ?? throw new DiagnosticException(new Diagnostic(
                    Path.Combine("content", "kit.yaml"), 0, 0, $"document « {id} » inconnu",
                    Suggest.Hint(id, pipeline.Kit.Documents.Select(d => d.Id).ToList())))).ToList();
            var folder = CommandContext.OutputFolder(parse, output, pipeline);
            var fr = French.Culture;
            var machine = parse.GetValue(profile);
            var chosen = machine is null ? specs : specs.Select(s => BadgesKind.ForPress(s, machine)).ToList();
            foreach (var document in pipeline.BuildKit(chosen))
                foreach (var file in KitPipeline.OutputFiles(document))
                {
                    var path = Path.Combine(folder, file.Name);
                    AtomicFile.WriteAllBytes(path, file.Pdf);
                    context.Output.WriteLine(string.Create(fr,
                        $"✓ {CommandContext.Show(path)} — {file.Pages} page{(file.Pages > 1 ? "s" : "")}, {file.Pdf.Length / 1024.0:0} Ko"));
                }
            context.Output.WriteLine($"{specs.Count} document{(specs.Count > 1 ? "s" : "")} fabriqué{(specs.Count > 1 ? "s" : "")}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
