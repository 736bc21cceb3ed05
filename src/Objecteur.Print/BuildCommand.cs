using System.CommandLine;
using System.Globalization;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Render;
using Objecteur.Print.Content;
using Objecteur.Print.Press;

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
        var output = new Option<DirectoryInfo?>("--sortie") { Description = "Dossier où écrire les PDF (par défaut output/ dans le kit).", HelpName = "DOSSIER" };
        var profile = ProfileOption();
        var command = new Command("build", "Fabrique les documents du kit en PDF.");
        command.Arguments.Add(documents);
        command.Options.Add(output);
        command.Options.Add(profile);
        command.SetAction(parse => context.Guard(() =>
        {
            var wanted = parse.GetValue(documents) ?? [];
            if (wanted.FirstOrDefault(w => w.StartsWith('-')) is { } unknownOption)
                throw new UsageException($"option inconnue « {unknownOption} »",
                    Suggest.Hint(unknownOption, parse.CommandResult.Command.Options.Select(o => o.Name).Append("--kit").ToList()));
            var pipeline = KitPipeline.Open(context.KitRoot(parse));
            var specs = wanted.Length == 0 ? pipeline.Kit.Documents : wanted.Select(id =>
                pipeline.Kit.Documents.FirstOrDefault(d => d.Id == id) ?? throw new UsageException($"document « {id} » inconnu",
                    Suggest.Hint(id, pipeline.Kit.Documents.Select(d => d.Id).ToList()) + $" (la liste : « {Cli.Name} list »)")).ToList();
            var folder = context.OutputFolder(parse, output);
            var fr = French.Culture;
            var chosen = ForPress(pipeline, specs, parse.GetValue(profile));
            // Every file or none: a document that fails leaves the folder as the last build left it,
            // and a second build into the same folder waits its turn instead of mixing files.
            using var batch = OutputBatch.Open(folder, CommandContext.Show(folder));
            var written = new List<(string Path, int Pages, int Bytes)>();
            try
            {
                foreach (var document in pipeline.BuildKit(chosen))
                    foreach (var file in KitPipeline.OutputFiles(document))
                    {
                        batch.Add(file.Name, file.Pdf);
                        written.Add((Path.Combine(folder, file.Name), file.Pages, file.Pdf.Length));
                    }
                batch.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new FileAccessFailure(folder, writing: true, e);
            }
            foreach (var (path, pages, bytes) in written)
                context.Output.WriteLine(string.Create(fr,
                    $"✓ {CommandContext.Show(path)} — {pages} page{(pages > 1 ? "s" : "")}, {bytes / 1024.0:0} Ko"));
            context.Output.WriteLine($"{specs.Count} document{(specs.Count > 1 ? "s" : "")} fabriqué{(specs.Count > 1 ? "s" : "")}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary><c>--profil DIAMÈTRE</c>, which <c>build</c> and <c>check</c> take.</summary>
    internal static Option<string?> ProfileOption() => new("--profil")
    {
        Description = "Machine à badges : diamètre du badge (25, 32, 38, 56, 58 ou 75) ; remplace le profil du kit (et le fichier devient badges-DIAMÈTRE.pdf).",
        HelpName = "DIAMÈTRE",
    };

    /// <summary>The documents for the press named with <c>--profil</c>, if any (see <see cref="BadgesKind.ForPress"/>).</summary>
    internal static IReadOnlyList<DocumentSpec> ForPress(KitPipeline pipeline, IReadOnlyList<DocumentSpec> specs, string? machine)
    {
        if (machine is null) return specs;
        CheckProfile(pipeline, machine);
        return specs.Select(s => pipeline.ForPress(s, machine)).ToList();
    }

    /// <summary>A press named with <c>--profil</c> must be a built-in one or the kit's own (exit 2 otherwise).</summary>
    private static void CheckProfile(KitPipeline pipeline, string id)
    {
        var known = PinProfileCatalog.BuiltIn.With(pipeline.Kit.BadgeMachines.Select(m => new PinProfile(m.Id, m.Nom, m.Face, m.Coupe, m.Securite))).Profiles;
        if (!known.Any(p => p.Id == id.Trim()))
            throw new UsageException($"--profil : profil de badge inconnu « {id} »",
                $"profils connus : {string.Join(", ", known.Select(p => p.Id))} ; un kit peut déclarer le sien dans content/kit.yaml (badges: profils:).");
    }
}
