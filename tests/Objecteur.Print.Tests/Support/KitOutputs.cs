using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;

namespace Objecteur.Print.Tests.Support;

/// <summary>The whole kit built once for the tests that check every file it writes: each document
/// (the catalogue from the others, as <c>build</c> does), and a letter filled in.</summary>
public static class KitOutputs
{
    private static readonly Lazy<IReadOnlyList<BuiltDocument>> Built = new(Build);

    /// <summary>The kit built anew, by a pipeline of its own.</summary>
    public static IReadOnlyList<BuiltDocument> Build()
    {
        var pipeline = LetterExamples.Pipeline();
        var documents = pipeline.BuildKit(pipeline.Kit.Documents).ToList();
        var model = pipeline.Letter("caf-papier");
        var filled = pipeline.Build(pipeline.LetterSpec(model), LetterExamples.Sender(model));
        return [.. documents, filled with { Spec = filled.Spec with { Id = filled.Spec.Id + "-remplie" } }];
    }

    public static IReadOnlyList<BuiltDocument> Documents => Built.Value;

    /// <summary>Every file, by name: each document's PDF and its print files.</summary>
    public static IReadOnlyList<PressFile> Files => [.. Built.Value.SelectMany(KitPipeline.OutputFiles)];

    public static PressFile File(string name) => Files.Single(f => f.Name == name);
}
