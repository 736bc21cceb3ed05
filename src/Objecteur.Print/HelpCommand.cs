using System.CommandLine;

namespace Objecteur.Print.Cli;

/// <summary><c>objecteur aide [commande]</c>: the help, as <c>--help</c> gives it.</summary>
public static class HelpCommand
{
    public static Command Create(CommandContext context, RootCommand root)
    {
        var names = new Argument<string[]>("commande")
        {
            Description = "La commande dont afficher l'aide (toutes si aucune).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("aide", "Affiche l'aide : les commandes, ou les options d'une commande.");
        command.Arguments.Add(names);
        command.SetAction(parse => context.Guard(() =>
        {
            Command target = root;
            foreach (var name in parse.GetValue(names) ?? [])
            {
                target = target.Subcommands.FirstOrDefault(c => c.Name == name || c.Aliases.Contains(name))
                    ?? throw new UsageException($"commande inconnue « {name} »",
                        Suggest.Hint(name, target.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList()));
            }
            FrenchHelp.Write(target, context.Output, FrenchHelp.TerminalWidth(context.Output));
            return ExitCodes.Success;
        }));
        return command;
    }
}
