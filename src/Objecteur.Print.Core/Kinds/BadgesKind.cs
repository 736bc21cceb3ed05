using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Press;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>Badge faces (content/pins/*.yaml) for one button press, packed on A4 sheets: what a
/// kit prints is the sheet for the press; the faces are its pages.</summary>
public sealed class BadgesKind() : DocumentKind(new KindRules(Name))
{
    public const string Name = "badges";

    /// <summary>The press a badge document is for when its <c>profil</c> option does not say.</summary>
    private const string DefaultProfile = "58";

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var (path, display) = ContentFile(context, request.Spec);
        return Model(context.Kit, request.Spec, BadgeLoader.Load(path, display), Profile(context.Kit, request.Spec));
    }

    public override Printed Press(IKindContext context, DocumentSpec spec, LayoutDocument layout, byte[] pdf)
    {
        var profile = Profile(context.Kit, spec);
        var sheet = PinSheetPacker.Pack(profile.CutDiameter, PinSheetOptions.A4);
        var (sheets, pages) = PinSheetImposer.Impose(pdf, profile, sheet, spec.Options.GetValueOrDefault("guide_face") == "oui", layout.Title, context.BuildInstant);
        return new Printed(sheets, pages, []);
    }

    public override IReadOnlyDictionary<string, string> Facts(DocumentSpec spec) =>
        new Dictionary<string, string> { ["profil"] = ProfileId(spec) };

    /// <summary>The button press a badge document is for: its <c>profil</c> option, among the
    /// built-in presses and the kit's own.</summary>
    public static PinProfile Profile(Kit kit, DocumentSpec spec) =>
        PinProfileCatalog.BuiltIn.With(kit.BadgeMachines.Select(m => new PinProfile(m.Id, m.Nom, m.Face, m.Coupe, m.Securite)))
            .Get(ProfileId(spec), Path.Combine("content", KitLoader.FileName), spec.Line, spec.Column);

    /// <summary>A badge document for another press (<c>objecteur build --profil 32</c>); any other document unchanged.</summary>
    public static DocumentSpec ForPress(DocumentSpec spec, string profile) =>
        spec.Type == Name ? spec with { Options = new Dictionary<string, string>(spec.Options) { ["profil"] = profile } } : spec;

    private static string ProfileId(DocumentSpec spec) => spec.Options.GetValueOrDefault("profil") ?? DefaultProfile;

    /// <summary>Badge faces for one machine profile: sizes in mm for the template.</summary>
    private static Dictionary<string, object?> Model(Kit kit, DocumentSpec spec, IReadOnlyList<Badge> badges, PinProfile profile)
    {
        var model = TemplateModel.Common(kit, spec);
        model["profil"] = new Dictionary<string, object?>
        {
            ["nom"] = profile.Name,
            ["coupe"] = TemplateModel.Mm(profile.CutDiameter),
            ["face"] = TemplateModel.Mm(profile.FaceDiameter),
            ["securite"] = TemplateModel.Mm(profile.SafeDiameter),
            // The safe circle's square, centred on the face.
            ["marge"] = TemplateModel.Mm((profile.CutDiameter - profile.SafeDiameter) / 2),
            ["format"] = $"{TemplateModel.Number(profile.CutDiameter)}x{TemplateModel.Number(profile.CutDiameter)}mm",
        };
        model["badges"] = badges.Select(b => new Dictionary<string, object?>
        {
            ["id"] = b.Id, ["texte"] = b.Texte, ["fond"] = b.Fond, ["couleur"] = b.Couleur,
        }).ToList();
        return model;
    }
}
