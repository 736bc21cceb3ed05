using Objecteur.Print.Content;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Markup;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>
/// The catalogue: every file the first pass wrote as a thumbnail, two to a row, with its size and
/// how to print it. Built in a second pass from the <see cref="KitManifest"/>; the titles and the
/// advice are prose in <c>templates/catalogue.hbs</c>, chosen from each file's facts.
/// </summary>
public sealed class CatalogueKind() : DocumentKind(new KindRules(Name, NeedsContent: false))
{
    public const string Name = "catalogue";

    public override bool ShowsKit => true;

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var entries = Manifest(request).Files.Select(Entry).ToList();
        var model = TemplateModel.Common(context.Kit, request.Spec);
        model["lignes"] = entries.Chunk(2).Select(pair => new Dictionary<string, object?> { ["entrees"] = pair.ToList() }).ToList();
        model["nombre"] = entries.Count;
        return model;
    }

    /// <summary>What the templates know of one file: the catalogue's entry, and what the printing
    /// advice (<c>templates/_conseil_impression.hbs</c>) is chosen from.</summary>
    public static Dictionary<string, object?> Entry(ManifestFile file) => new()
    {
        ["titre"] = file.Title,
        ["fichier"] = file.Name,
        ["pages"] = file.Pages,
        ["pluriel"] = file.Pages > 1,
        // An imposed booklet has two sides per sheet.
        ["feuilles"] = file.Pages / 2,
        ["format"] = Format(file.TrimWidth, file.TrimHeight),
        ["genre"] = new Dictionary<string, object?> { [file.Kind] = true },
        ["role"] = new Dictionary<string, object?> { [RoleKey(file.Role)] = true },
        ["feuille"] = file.Sheet is { } sheet ? Sheet(sheet) : null,
        ["faits"] = file.Facts.ToDictionary(kv => kv.Key, kv => (object?)kv.Value),
    };

    /// <summary>How a file goes through a duplex printer, as the templates test it:
    /// <c>{{#if feuille.bord.court}}</c>, <c>feuille.paysage</c>, <c>feuille.cadre</c>, <c>feuille.exemplaires</c>.</summary>
    public static Dictionary<string, object?> Sheet(SheetFacts sheet) => new()
    {
        ["bord"] = new Dictionary<string, object?> { [sheet.Flip == Print.Press.DuplexFlip.ShortEdge ? "court" : "long"] = true },
        ["paysage"] = sheet.Landscape,
        ["cadre"] = sheet.Framed,
        ["exemplaires"] = sheet.Copies,
    };

    /// <summary>The thumbnails draw the files themselves.</summary>
    public override IReadOnlyDictionary<string, byte[]> Resources(DocumentRequest request) =>
        Manifest(request).Files.ToDictionary(f => f.Name, f => f.Pdf);

    private static KitManifest Manifest(DocumentRequest request) =>
        request.Manifest ?? throw new InvalidOperationException("the catalogue is built from the manifest of the kit's other documents");

    /// <summary>The role as the template tests it: <c>{{#if role.planche}}</c>.</summary>
    private static string RoleKey(FileRole role) => role switch
    {
        FileRole.Document => "document",
        FileRole.Imposed => "impose",
        FileRole.Guide => "guide",
        FileRole.CropMarked => "imprimeur",
        FileRole.Sheet => "planche",
        FileRole.Photocopy => "photocopie",
        FileRole.ShopCopy => "imprimerie",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>A finished size, by its usual name when it has one: « A5 (148 × 210 mm) ».</summary>
    private static string Format(double width, double height)
    {
        var (w, h) = (Math.Round(width, 1), Math.Round(height, 1));
        var name = PaperFormat.Names.FirstOrDefault(n => PaperFormat.Parse(n) is { } size
            && Math.Abs(Math.Min(size.Width, size.Height) / Units.Mm(1) - Math.Min(w, h)) < 1
            && Math.Abs(Math.Max(size.Width, size.Height) / Units.Mm(1) - Math.Max(w, h)) < 1);
        var mm = string.Create(French.Culture, $"{w:0.#} × {h:0.#} mm");
        return name is null ? mm : $"{name} ({mm})";
    }
}
