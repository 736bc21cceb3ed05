using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Tests.Layout;

internal static class LayoutHelper
{
    public static LayoutDocument Lay(string markup, string resourceDirectory = ".") =>
        Paginator.Layout(DocumentMarkup.Parse(new MarkupSource(markup, "test.xml") { ResourceDirectory = resourceDirectory }));

    public static Diagnostic Fails(string markup, string resourceDirectory = ".") =>
        Assert.Throws<DiagnosticException>(() => Lay(markup, resourceDirectory)).Diagnostic;

    public static IEnumerable<TextItem> Texts(this PageFrame page) => page.Items.OfType<TextItem>();

    public static string Words(int count, int seed = 1)
    {
        string[] vocabulary = ["guichet", "papier", "droit", "numérique", "administration", "accueil", "humain", "courrier",
            "objecteur", "démarche", "dématérialisation", "accompagnement", "service", "public", "usager", "choix"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    public static double Mm(double mm) => Units.Mm(mm);
}
