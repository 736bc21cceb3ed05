using System.CommandLine;
using Objecteur.Print.Content;
using Objecteur.Print.Render;

namespace Objecteur.Print.Cli;

/// <summary>
/// <c>objecteur lettre &lt;modèle&gt; --expediteur moi.yaml [--champ clé=valeur…]</c>: one letter
/// filled with the sender's data. The data stays on this machine: it goes into the requested PDF
/// and nowhere else (no log, no metadata, never repeated in a message).
/// </summary>
public static class LetterCommand
{
    public static Command Create(CommandContext context)
    {
        var model = new Argument<string>("modèle") { Description = "Le modèle de lettre (voir « objecteur list »)." };
        var sender = new Option<FileInfo?>("--expediteur") { Description = "Fichier YAML avec vos coordonnées et les champs de la lettre." };
        var fields = new Option<string[]>("--champ") { Description = "Un champ « clé=valeur » (répétable) ; « / » sépare les lignes d'une adresse.", AllowMultipleArgumentsPerToken = false };
        var output = new Option<DirectoryInfo?>("--sortie") { Description = "Dossier où écrire la lettre (par défaut output/ dans le kit)." };
        var command = new Command("lettre", "Fabrique une lettre pré-remplie avec vos coordonnées (ou vierge, à remplir à la main, sans --expediteur ni --champ).");
        command.Arguments.Add(model);
        command.Options.Add(sender);
        command.Options.Add(fields);
        command.Options.Add(output);
        command.SetAction(parse => context.Guard(() =>
        {
            var pipeline = KitPipeline.Open(context.KitRoot(parse));
            var letter = pipeline.Letter(parse.GetValue(model)!);
            var knownKeys = pipeline.Letters().SelectMany(l => l.Champs).Select(f => f.Cle).Distinct().ToList();
            var senderFile = parse.GetValue(sender);
            var values = senderFile is null ? SenderValues.Empty
                : SenderValues.Load(senderFile.FullName, senderFile.Name, knownKeys);
            foreach (var pair in parse.GetValue(fields) ?? [])
            {
                var eq = pair.IndexOf('=');
                var key = eq > 0 ? pair[..eq] : pair;
                if (eq <= 0 || !knownKeys.Contains(key))
                    throw new DiagnosticException(new Diagnostic("--champ", 0, 0, $"champ « {key} » inconnu ou sans valeur",
                        eq <= 0 ? "écrivez --champ clé=valeur." : Suggest.Hint(key, knownKeys)));
                values.Set(key, pair[(eq + 1)..], "--champ");
            }
            var filled = values.Values.Count > 0;
            if (filled)
            {
                var missing = letter.Champs.Where(f => f.Obligatoire && !values.TryGet(f.Cle, out _)).ToList();
                if (missing.Count > 0)
                    throw new DiagnosticException(new Diagnostic(senderFile?.Name ?? "--champ", 0, 0,
                        $"champ{(missing.Count > 1 ? "s" : "")} obligatoire{(missing.Count > 1 ? "s" : "")} manquant{(missing.Count > 1 ? "s" : "")} : {string.Join(", ", missing.Select(f => f.Cle))}",
                        $"ajoutez-les au fichier expéditeur ou avec --champ clé=valeur (ex. {missing[0].Cle}: {missing[0].Exemple})."));
            }
            var spec = pipeline.LetterSpec(letter);
            var built = pipeline.Build(spec, filled ? values : null);
            var folder = parse.GetValue(output)?.FullName ?? Path.Combine(pipeline.Kit.Root, "output");
            var path = Path.Combine(folder, spec.Id + (filled ? "-remplie" : "") + ".pdf");
            AtomicFile.WriteAllBytes(path, built.Pdf);
            context.Output.WriteLine($"✓ {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)} — à imprimer, signer et envoyer{(letter.Recommande ? " en recommandé avec accusé de réception" : "")}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
