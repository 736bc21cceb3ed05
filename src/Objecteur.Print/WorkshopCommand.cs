using System.CommandLine;
using System.Diagnostics;
using Objecteur.Print.Web;

namespace Objecteur.Print.Cli;

/// <summary>
/// <c>objecteur atelier [--port N] [--sans-navigateur]</c>: the local web workshop (127.0.0.1
/// only). Its address is the first line of standard output; Ctrl-C stops it.
/// </summary>
public static class WorkshopCommand
{
    public static Command Create(CommandContext context)
    {
        var port = new Option<int>("--port") { Description = "Port sur 127.0.0.1 (0, par défaut : un port libre).", DefaultValueFactory = _ => 0, HelpName = "NOMBRE" };
        var noBrowser = new Option<bool>("--sans-navigateur") { Description = "Ne pas ouvrir le navigateur : afficher seulement l'adresse." };
        var command = new Command("atelier", "Ouvre l'atelier dans le navigateur : les documents du kit, les lettres à remplir, le publipostage. Il reste sur cet ordinateur ; Ctrl-C l'arrête.");
        command.Options.Add(port);
        command.Options.Add(noBrowser);
        command.SetAction(parse => context.Guard(() =>
        {
            if (parse.GetValue(port) is < 0 or > 65535)
            {
                context.Error.WriteLine("erreur : --port attend un numéro entre 0 et 65535 (0 : un port libre).");
                return ExitCodes.UsageError;
            }
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            var workshop = Workshop.Create(new WorkshopOptions(context.KitRoot(parse, written: true), parse.GetValue(port)) { WarmUp = true });
            Uri address;
            try
            {
                address = workshop.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException)
            {
                context.Error.WriteLine($"erreur : le port {parse.GetValue(port)} est déjà pris sur cet ordinateur.");
                context.Error.WriteLine("  → choisissez-en un autre avec --port, ou --port 0 pour un port libre.");
                return ExitCodes.UsageError;
            }
            context.Output.WriteLine(address);
            context.Output.WriteLine("L'atelier est ouvert sur cet ordinateur seulement. Ctrl-C pour l'arrêter.");
            context.Output.Flush();
            if (!parse.GetValue(noBrowser)) OpenBrowser(address, context.Error);
            try
            {
                workshop.WaitForShutdownAsync(stop.Token).GetAwaiter().GetResult();
            }
            finally
            {
                workshop.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            context.Output.WriteLine("Atelier arrêté.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void OpenBrowser(Uri address, TextWriter error)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(address.ToString()) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", address.ToString()) { UseShellExecute = false };
            using var _ = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"Le navigateur ne s'est pas ouvert : ouvrez vous-même l'adresse {address}");
        }
    }
}
