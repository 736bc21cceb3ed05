using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;
using System.Text.Json.Serialization;

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
            var documents = pipeline.Kit.Documents.Select(d =>
                new ListedDocument(d.Id, d.Type, d.Titre, d.Files.ToArray())).ToList();
            var letters = pipeline.Letters().Select(l => new ListedLetter(l.Id, "modele-lettre", l.Titre, l.Description,
                [pipeline.LetterSpec(l).Id + ".pdf"],
                l.Champs.Select(f => new ListedField(f.Cle, f.Libelle, f.Obligatoire, f.Exemple, f.Personnel)).ToList())).ToList();
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(new KitListing(documents, letters), ListJson.Indented.KitListing));
                return ExitCodes.Success;
            }
            // One column for every identifier, as wide as the longest, so titles line up.
            var width = documents.Select(d => d.Id.Length).Concat(letters.Select(l => l.Id.Length)).DefaultIfEmpty(0).Max() + 1;
            context.Output.WriteLine("Documents du kit :");
            foreach (var d in documents) context.Output.WriteLine($"  {d.Id.PadRight(width)} {d.Titre}");
            context.Output.WriteLine();
            context.Output.WriteLine("Modèles de lettres (objecteur lettre <modèle> --expediteur moi.yaml) :");
            foreach (var l in pipeline.Letters())
            {
                context.Output.WriteLine($"  {l.Id.PadRight(width)} {l.Titre}");
                var keyWidth = l.Champs.Select(f => f.Cle.Length).DefaultIfEmpty(0).Max() + 1;
                foreach (var f in l.Champs)
                    context.Output.WriteLine($"      {f.Cle.PadRight(keyWidth)} {f.Libelle}{(f.Obligatoire ? " (obligatoire)" : "")} — ex. : {f.OneLineExample}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}

/// <summary>What <c>list --json</c> writes; its keys are French and part of the command's contract.</summary>
internal sealed record KitListing(
    [property: JsonPropertyName("documents")] IReadOnlyList<ListedDocument> Documents,
    [property: JsonPropertyName("lettres")] IReadOnlyList<ListedLetter> Lettres);

internal sealed record ListedDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("titre")] string Titre,
    [property: JsonPropertyName("fichiers")] string[] Fichiers);

internal sealed record ListedLetter(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("titre")] string Titre,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("fichiers")] string[] Fichiers,
    [property: JsonPropertyName("champs")] IReadOnlyList<ListedField> Champs);

internal sealed record ListedField(
    [property: JsonPropertyName("cle")] string Cle,
    [property: JsonPropertyName("libelle")] string Libelle,
    [property: JsonPropertyName("obligatoire")] bool Obligatoire,
    [property: JsonPropertyName("exemple")] string Exemple,
    [property: JsonPropertyName("personnel")] bool Personnel);

/// <summary>Source-generated serialisation: no reflection, so it survives trimming and Native AOT.</summary>
[JsonSerializable(typeof(KitListing))]
internal sealed partial class ListJson : JsonSerializerContext
{
    /// <summary>Indented, with accented letters and « » written as they are (not \u escapes).</summary>
    public static ListJson Indented { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
