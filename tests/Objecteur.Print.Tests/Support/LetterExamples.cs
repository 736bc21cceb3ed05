using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;

namespace Objecteur.Print.Tests.Support;

/// <summary>The kit's letter models, and senders made of each field's own example.</summary>
public static class LetterExamples
{
    public static readonly DateTimeOffset BuildDate = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public static KitPipeline Pipeline() => KitPipeline.Open(Repo.Root, BuildDate);

    public static IEnumerable<string> ModelIds() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "content", "lettres"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Models() => new(ModelIds());

    /// <summary>A model laid out blank (no sender) or filled.</summary>
    public static Objecteur.Print.Layout.Frames.LayoutDocument Lay(string id, SenderValues? sender)
    {
        var pipeline = Pipeline();
        var spec = pipeline.LetterSpec(pipeline.Letter(id));
        return pipeline.Layout(spec, pipeline.Markup(spec, sender));
    }

    /// <summary>Every field filled with its example (a choice with its first option).</summary>
    public static SenderValues Sender(LetterModel model, Func<LetterField, string>? value = null)
    {
        var sender = new SenderValues();
        foreach (var field in model.Champs)
        {
            var text = value?.Invoke(field) ?? (field.Type == FieldType.Choix ? field.Options[0] : field.Exemple);
            sender.Set(field.Cle, SenderValues.SplitLines(field.Type, text), "exemple", 0);
        }
        return sender;
    }
}
