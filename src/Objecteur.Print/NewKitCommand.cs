using System.CommandLine;

namespace Objecteur.Print.Cli;

/// <summary>
/// <c>objecteur nouveau-kit DOSSIER</c>: writes the kit embedded in the program (content/ and
/// templates/) to a new folder, to adapt its texts and templates; never over existing files.
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
        var command = new Command("nouveau-kit", "Écrit le kit intégré au programme (textes et gabarits) dans un nouveau dossier, pour l'adapter.");
        command.Arguments.Add(folder);
        command.SetAction(parse => context.Guard(() =>
        {
            var target = parse.GetValue(folder)!;
            Write(context, target.FullName);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes the kit to <paramref name="folder"/>, which must be new or empty.</summary>
    public static void Write(CommandContext context, string folder)
    {
        if (File.Exists(folder))
            throw new UsageException($"« {CommandContext.Show(folder)} » est un fichier, pas un dossier",
                "choisissez le nom d'un nouveau dossier.");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UsageException($"le dossier « {CommandContext.Show(folder)} » n'est pas vide",
                "choisissez un nouveau dossier : nouveau-kit écrit un kit complet et n'écrase aucun fichier.");
        int count;
        try
        {
            count = EmbeddedKit.WriteTo(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileAccessFailure(folder, writing: true, e);
        }
        var shown = CommandContext.Show(folder);
        context.Output.WriteLine($"✓ kit écrit dans {shown} : {count} fichiers (content/ : les textes ; templates/ : les gabarits).");
        context.Output.WriteLine($"  Adaptez content/kit.yaml (votre organisation), puis fabriquez les PDF : « {Cli.Name} build --kit {shown} » (ou « {Cli.Name} build » depuis ce dossier).");
    }
}
