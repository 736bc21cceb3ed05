using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Pipeline;

/// <summary>Building a kit's documents side by side changes no byte: the files, their order and
/// their contents are those of the documents built one after the other.</summary>
public class KitBuildBytesTests
{
    [Fact]
    public void A_kit_built_in_parallel_writes_the_files_of_one_built_in_sequence_in_the_same_order()
    {
        var sequential = LetterExamples.Pipeline();
        sequential.Parallelism = 1;
        var expected = sequential.BuildKit(sequential.Kit.Documents).SelectMany(KitPipeline.OutputFiles).ToList();
        var parallel = LetterExamples.Pipeline();
        parallel.Parallelism = 4;
        var actual = parallel.BuildKit(parallel.Kit.Documents).SelectMany(KitPipeline.OutputFiles).ToList();
        Assert.Equal(expected.Select(f => f.Name), actual.Select(f => f.Name));
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Pdf.AsSpan().SequenceEqual(actual[i].Pdf), $"{expected[i].Name} differs");
    }
}
