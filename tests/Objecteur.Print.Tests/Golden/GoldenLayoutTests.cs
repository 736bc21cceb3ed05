using Objecteur.Print.Kinds;
using Objecteur.Print.Layout;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Golden;

/// <summary>Layout dumps of the kit's real documents: what was looked at on paper and approved.
/// Letters have their own, blank and filled, in <see cref="Letters.LetterLayoutTests"/>.</summary>
public class GoldenLayoutTests
{
    public static TheoryData<string> Documents() =>
        new(KitPipeline.Open(Repo.Root).Kit.Documents.Where(d => d.Type != LetterKind.Name).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Kit_document_layout_is_unchanged(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var spec = pipeline.Kit.Documents.Single(d => d.Id == id);
        Support.Golden.Verify(id, LayoutDump.Write(pipeline.Layout(spec, pipeline.Markup(spec))));
    }
}
