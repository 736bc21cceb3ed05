using System.CommandLine;
using Objecteur.Print.Content;

namespace Objecteur.Print.Cli;

/// <summary>
/// <c>objecteur nouveau-kit DOSSIER [--nom "…"]</c>: writes the kit embedded in the program
/// (content/ and templates/) to a new folder, to adapt its texts and templates; never over existing
/// files. With a collective's name, kit.yaml's <c>organisation:</c> is the collective's own, with
/// placeholders for what it has to fill in.
/// </summary>
public static class NewKitCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<DirectoryInfo>("dossier")
        {
            Description = "Le dossier à créer (ou un dossier vide) où écrire le kit.",
            HelpName = "DOSSIER",
        };
        var name = new Option<string?>("--nom")
        {
            Description = "Le nom de votre collectif : il remplace celui de l'organisation dans content/kit.yaml, qui reste à compléter (adresse, téléphone, permanence…).",
            HelpName = "NOM",
        };
        var command = new Command("nouveau-kit", "Écrit le kit intégré au programme (textes et gabarits) dans un nouveau dossier, pour l'adapter.");
        command.Arguments.Add(folder);
        command.Options.Add(name);
        command.SetAction(parse => context.Guard(() =>
        {
            var target = parse.GetValue(folder)!;
            Write(context, target.FullName, parse.GetValue(name));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes the kit to <paramref name="folder"/>, which must be new or empty; with
    /// <paramref name="collective"/>, its organisation is that collective's.</summary>
    public static void Write(CommandContext context, string folder, string? collective = null)
    {
        if (collective is not null && collective.Trim().Length == 0)
            throw new UsageException("le nom donné avec --nom est vide", "écrivez-le entre guillemets : --nom \"Collectif Guichets Lyon\".");
        if (File.Exists(folder))
            throw new UsageException($"« {CommandContext.Show(folder)} » est un fichier, pas un dossier",
                "choisissez le nom d'un nouveau dossier.");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UsageException($"le dossier « {CommandContext.Show(folder)} » n'est pas vide",
                "choisissez un nouveau dossier : nouveau-kit écrit un kit complet et n'écrase aucun fichier.");
        int count;
        try
        {
            if (collective is null) count = EmbeddedKit.WriteTo(folder);
            else
            {
                var root = Path.GetFullPath(folder);
                // Every path goes through the kit's own check before the scaffold writes it.
                var files = EmbeddedKit.Files.Select(f => (Path: Path.GetRelativePath(root, EmbeddedKit.Target(root, f)), Data: EmbeddedKit.Read(f))).ToList();
                KitScaffold.Write(folder, collective, files);
                count = files.Count;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileAccessFailure(folder, writing: true, e);
        }
        var shown = CommandContext.Show(folder);
        context.Output.WriteLine($"✓ kit écrit dans {shown} : {count} fichiers (content/ : les textes ; templates/ : les gabarits).");
        context.Output.WriteLine(collective is null
            ? $"  Adaptez content/kit.yaml (votre organisation), puis fabriquez les PDF : « {Cli.Name} build --kit {shown} » (ou « {Cli.Name} build » depuis ce dossier)."
            : $"  Complétez le bloc organisation: de content/kit.yaml (« {Cli.Name} check --kit {shown} » dit ce qui reste à compléter), puis fabriquez les PDF : « {Cli.Name} build --kit {shown} ».");
    }
}
