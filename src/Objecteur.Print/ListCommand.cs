using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;

namespace Objecteur.Print.Cli;

/// <summary><c>objecteur list [--json]</c>: the kit's documents and letter models with their fields.</summary>
public static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Liste lisible par un programme (JSON)." };
        var command = new Command("list", "Liste les documents du kit et les modèles de lettres avec leurs champs.");
        command.Options.Add(json);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse));
            var documents = pipeline.Kit.Documents.Select(d => new
            {
                id = d.Id,
                type = d.Type,
                titre = d.Titre,
                fichiers = d.Files.ToArray(),
            }).ToList();
            var letters = pipeline.Letters().Select(l => new
            {
                id = l.Id,
                type = "modele-lettre",
                titre = l.Titre,
                description = l.Description,
                fichiers = new[] { pipeline.LetterSpec(l).Id + ".pdf" },
                champs = l.Champs.Select(f => new { cle = f.Cle, libelle = f.Libelle, obligatoire = f.Obligatoire, exemple = f.Exemple, personnel = f.Personnel }),
            }).ToList();
            if (parse.GetValue(json))
            {
                var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                context.Output.WriteLine(JsonSerializer.Serialize(new { documents, lettres = letters }, options));
                return ExitCodes.Success;
            }
            context.Output.WriteLine("Documents du kit :");
            foreach (var d in documents) context.Output.WriteLine($"  {d.id,-28} {d.titre}");
            context.Output.WriteLine();
            context.Output.WriteLine("Modèles de lettres (objecteur lettre <modèle> --expediteur moi.yaml) :");
            foreach (var l in pipeline.Letters())
            {
                context.Output.WriteLine($"  {l.Id,-28} {l.Titre}");
                foreach (var f in l.Champs)
                    context.Output.WriteLine($"      {f.Cle,-22} {f.Libelle}{(f.Obligatoire ? " (obligatoire)" : "")} — ex. : {f.Exemple}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
