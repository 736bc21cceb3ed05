using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Layout;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Tests.Support;
using UglyToad.PdfPig;

namespace Objecteur.Print.Tests.Render;

/// <summary>
/// The journey of issue 12: a collective (« Collectif Guichets Lyon », a postal address, a phone, a
/// drop-in, no website, teal colours, a 16-bit PNG logo) edits kit.yaml's organisation block alone
/// and builds. Every document then carries its name and address; every public document its
/// colour and the printer's mention; nothing points to the default organisation's website but
/// the statute's attribution.
/// </summary>
public sealed class OrganisationKitTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(Repo.TestDirectory, "Fixtures", "lyon");
    private const string Name = "Collectif Guichets Lyon";
    private const string Street = "12 rue de la Bourse du travail";
    private const string Teal = "#006D77";
    private const string Mention = "Imprimé par nos soins, 12 rue de la Bourse du travail, 69003 Lyon";

    private readonly TempKit _kit = new();

    public OrganisationKitTests()
    {
        var kitYaml = _kit.PathOf("content/kit.yaml");
        File.WriteAllText(kitYaml, KitScaffold.WithOrganisation(File.ReadAllText(kitYaml), File.ReadAllText(Path.Combine(Fixture, "organisation.yaml"))));
        File.Copy(Path.Combine(Fixture, "logo.png"), _kit.PathOf("content/logo.png"));
    }

    public void Dispose() => _kit.Dispose();

    /// <summary>Text read back from a PDF, without spaces and line-break hyphens, so that a name
    /// broken over two lines still reads as one.</summary>
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    private static string Squeeze(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u00AD' or '\u2010')).ToArray());

    [Fact]
    public void Every_document_of_the_kit_shows_the_collective_its_address_and_public_ones_its_colour_and_printer()
    {
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        Assert.Equal(Name, pipeline.Kit.Organisation.Nom);
        var built = pipeline.BuildKit(pipeline.Kit.Documents).ToList();
        var failures = new List<string>();
        foreach (var document in built)
        {
            var id = document.Spec.Id;
            var text = Text(document.Pdf);
            var dump = LayoutDump.Write(document.Layout);
            var isPublic = document.Spec.Type is StatuteKind.Name or BookletKind.Name or TractKind.Name or CardKind.Name or CatalogueKind.Name;
            void Expect(bool condition, string what)
            {
                if (!condition) failures.Add($"{id}: {what}");
            }
            if (document.Spec.Type is CalibrationKind.Name)
            {
                // The envelope test sheet is a tool, never handed out: only its metadata names the kit's owner.
                continue;
            }
            Expect(text.Contains(Squeeze(Name), StringComparison.Ordinal) || document.Spec.Type == BadgesKind.Name && dump.Contains("Guichets", StringComparison.Ordinal), "no name");
            Expect(!text.Contains("halteaucontrolenumerique", StringComparison.OrdinalIgnoreCase), "the default organisation's website");
            if (document.Spec.Type is BadgesKind.Name)
            {
                Expect(dump.Contains(Teal, StringComparison.Ordinal), "no badge in the collective's colour");
                continue;
            }
            Expect(text.Contains(Squeeze(Street), StringComparison.Ordinal), "no postal address");
            if (!isPublic) continue;
            Expect(dump.Contains(Teal, StringComparison.Ordinal), "not in the collective's colour");
            Expect(text.Contains(Squeeze(Mention), StringComparison.Ordinal), "no printer's mention");
            Expect(!dump.Contains("#8B1E3F", StringComparison.Ordinal), "still in the default colour");
            // The collective's longer contacts still leave a flyer or a card on its two sides.
            if (document.Spec.Kind.CutPiece) Expect(document.Layout.Pages.Count == 2, $"{document.Layout.Pages.Count} pages");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_logo_is_drawn_on_the_booklet_s_cover_and_the_flyers()
    {
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        foreach (var id in new[] { "livret-a5", "tract-guichets-a5", "catalogue" })
        {
            var spec = pipeline.Kit.Documents.Single(d => d.Id == id);
            var layout = pipeline.Layout(spec, pipeline.Markup(spec));
            Assert.Contains(layout.Pages[0].Items, i => i is Objecteur.Print.Layout.Frames.ImageItem { Path: "logo.png" });
        }
    }

    [Fact]
    public void The_flyers_call_names_the_drop_in_where_the_letter_is_handed_over_never_the_kit()
    {
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var text = Text(pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "tract-guichets-a5")).Pdf);
        Assert.Contains(Squeeze("Passez à notre permanence, mardi 14 h–17 h, Bourse du travail : nous vous remettrons la lettre"), text);
        Assert.DoesNotContain(Squeeze("le kit"), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_copy_shop_named_as_printer_is_the_one_the_mention_gives()
    {
        _kit.Edit("content/kit.yaml", "  tampon: oui", "  tampon: non\n  imprimeur:\n    nom: Copie Express\n    adresse: [3 place des Terreaux, 69001 Lyon]");
        var pipeline = KitPipeline.Open(_kit.Root, LetterExamples.BuildDate);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "tract-statut-a5"));
        var text = Text(built.Pdf);
        Assert.Contains(Squeeze("Imprimé par Copie Express, 3 place des Terreaux, 69001 Lyon"), text);
        Assert.DoesNotContain(Squeeze("Tampon ou adresse"), text);
    }
}
