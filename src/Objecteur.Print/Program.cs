using System.Globalization;
using Objecteur.Print.Cli;

// Every message the user reads is French, System.CommandLine's own texts included.
// In invariant globalization mode (common in containers) no culture data exists: the program's
// own French formatting does not depend on it.
try { CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR"); }
catch (CultureNotFoundException) { }
return Cli.Run(args, Console.Out, Console.Error, SpectreTerminal.IfInteractive());
