using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;
using Spectre.Console;

namespace Objecteur.Print.Cli;

/// <summary>What the command line asks of a person at a terminal. Absent when input or output is
/// redirected (a script, CI): the commands then never wait for an answer.</summary>
public interface ITerminal
{
    /// <summary>Asks for a field's value; lines of an address are separated by « / ».
    /// Returns null when the person leaves an optional field empty.</summary>
    string? Ask(LetterField field);

    /// <summary>Runs <paramref name="work"/> with a progress bar over <paramref name="total"/> rows.</summary>
    T WithProgress<T>(string description, int total, Func<IProgress<MergeProgress>, T> work);
}

/// <summary>The real terminal, through Spectre.Console.</summary>
public sealed class SpectreTerminal : ITerminal
{
    public static ITerminal? IfInteractive() =>
        Console.IsInputRedirected || Console.IsOutputRedirected ? null : new SpectreTerminal();

    public string? Ask(LetterField field)
    {
        if (field.Type == FieldType.Choix)
        {
            var choice = new SelectionPrompt<string>().Title(Markup.Escape(field.Libelle)).AddChoices(field.Options.Select(Markup.Escape));
            return AnsiConsole.Prompt(choice);
        }
        var hint = field.Type switch
        {
            FieldType.Adresse or FieldType.TexteLong => " [grey](séparez les lignes par « / »)[/]",
            _ => "",
        };
        var example = field.Personnel ? "" : $" [grey](ex. {Markup.Escape(field.OneLineExample)})[/]";
        var prompt = new TextPrompt<string>($"{Markup.Escape(field.Libelle)}{hint}{example} :");
        if (!field.Obligatoire) prompt.AllowEmpty();
        var answer = AnsiConsole.Prompt(prompt).Trim();
        return answer.Length == 0 ? null : answer;
    }

    public T WithProgress<T>(string description, int total, Func<IProgress<MergeProgress>, T> work) =>
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
            return work(new Progress(task));
        });

    /// <summary>Reports synchronously: <see cref="Progress{T}"/> would post to a thread pool.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<MergeProgress>
    {
        public void Report(MergeProgress value) => task.Value = value.Rows;
    }
}
