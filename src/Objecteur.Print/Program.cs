using System.Globalization;
using Objecteur.Print.Cli;

// Every message the user reads is French, System.CommandLine's own texts included.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
return Cli.Run(args, Console.Out, Console.Error, SpectreTerminal.IfInteractive());
