using Objecteur.Print.Kinds;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Render;

/// <summary>The catalogue shows every file the kit writes, each with how to print it.</summary>
public class CatalogueTests
{
    [Fact]
    public void Every_file_of_the_kit_appears_as_a_thumbnail_with_print_advice()
    {
        var pipeline = LetterExamples.Pipeline();
        var catalogue = pipeline.Kit.Documents.Single(d => d.Type == CatalogueKind.Name);
        var built = pipeline.Build(catalogue);
        var thumbnails = built.Layout.Pages.SelectMany(p => p.Items.OfType<PdfPageItem>()).Select(t => t.Name).ToList();
        var files = pipeline.Kit.Documents.Where(d => d.Type != CatalogueKind.Name).SelectMany(d => d.Files).ToList();
        Assert.Equal(files, thumbnails);
        var facts = PdfFacts.Read(built.Pdf);
        Assert.Equal(built.Layout.Pages.Count, facts.PageCount);
    }

    [Fact]
    public void A_thumbnail_of_a_file_that_is_not_a_pdf_is_an_error()
    {
        var e = Assert.Throws<DiagnosticException>(() => Objecteur.Print.Tests.Layout.LayoutHelper.Lay(
            "<document><thumbnail src=\"statut.yaml\" width=\"40mm\" height=\"40mm\"/></document>", Path.Combine(Repo.Root, "content")));
        Assert.Contains("n'est pas un PDF", e.Diagnostic.Message);
    }
}
