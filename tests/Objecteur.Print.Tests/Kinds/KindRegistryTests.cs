using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;
using Objecteur.Print.Templating;
using Objecteur.Print.Tests.Layout;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Kinds;

/// <summary>The document kind is the unit of extension: kit.yaml names the registered kinds, and a
/// new kind is one class, its template and its content.</summary>
public class KindRegistryTests
{
    /// <summary>A kind the kit does not have: a one-page poster with a title (content/affiche.yaml).</summary>
    private sealed class PosterKind() : DocumentKind(new KindRules("affiche"))
    {
        public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
        {
            var (path, display) = ContentFile(context, request.Spec);
            var model = TemplateModel.Common(context.Kit, request.Spec);
            model["affiche"] = new Dictionary<string, object?> { ["titre"] = YamlFile.Load(path, display, "titre").Text("titre") };
            return model;
        }
    }

    [Fact]
    public void A_new_kind_is_one_class_plus_its_template_and_content()
    {
        using var kit = new TempKit();
        kit.Write("templates/affiche.hbs", "<document format=\"A4\" title=\"{{document.titre}}\"><h1>{{affiche.titre}}</h1></document>\n");
        kit.Write("content/affiche.yaml", "titre: Des guichets, pas des algorithmes\n");
        File.AppendAllText(kit.PathOf("content/kit.yaml"), """

              - id: affiche-guichets
                titre: Affiche « Des guichets »
                type: affiche
                gabarit: affiche
                contenu: affiche.yaml

            """);
        var kinds = new KindRegistry([.. KindRegistry.Default.Kinds, new PosterKind()]);
        var pipeline = KitPipeline.Open(kit.Root, LetterExamples.BuildDate, kinds);
        var built = pipeline.Build(pipeline.Kit.Documents.Single(d => d.Id == "affiche-guichets"));
        Assert.Equal(1, built.Pages);
        Assert.Contains(built.Layout.Pages[0].Texts(), t => t.Text.Contains("guichets"));
        Assert.Equal(["affiche-guichets.pdf"], KitPipeline.OutputFiles(built).Select(f => f.Name));
    }

    [Fact]
    public void Kit_yaml_names_only_the_registered_kinds()
    {
        using var kit = new TempKit();
        kit.Edit("content/kit.yaml", "type: carte", "type: cartes");
        var e = Assert.Throws<DiagnosticException>(() => KitPipeline.Open(kit.Root));
        Assert.Contains("type de document inconnu « cartes »", e.Diagnostic.Message);
        Assert.Equal("vouliez-vous dire « carte » ?", e.Diagnostic.Hint);
    }

    [Fact]
    public void The_old_planche_key_says_the_office_sheet_is_made_without_it()
    {
        using var kit = new TempKit();
        kit.Edit("content/kit.yaml", "    contenu: tracts/guichets.yaml\n", "    contenu: tracts/guichets.yaml\n    planche:\n      fichier: tract-guichets-a5-planche-a4\n");
        var d = Assert.Throws<DiagnosticException>(() => KitPipeline.Open(kit.Root)).Diagnostic;
        Assert.Contains("« planche » n'existe plus", d.Message);
        Assert.Contains("tract-guichets-a5-planche-a4.pdf", d.Hint);
        Assert.Equal(Path.Combine("content", "kit.yaml"), d.File);
        Assert.True(d.Line > 1);
    }

    [Fact]
    public void Every_kind_is_registered_once_under_its_kit_yaml_name()
    {
        var names = KindRegistry.Default.Rules.Select(r => r.Name).ToList();
        Assert.Equal(["statut", "lettre", "calibrage", "livret", "badges", "tract", "carte", "catalogue"], names);
        Assert.All(KindRegistry.Default.Kinds, k => Assert.Same(k, KindRegistry.Default[k.Rules.Name]));
    }
}
