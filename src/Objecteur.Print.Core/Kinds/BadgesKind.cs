using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Press;
using Objecteur.Print.Render;
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
        return Model(context.Kit, request.Spec, BadgeLoader.Load(path, display, context.Kit.Organisation.Couleurs), Profile(context.Kit, request.Spec));
    }

    public override Printed Press(IKindContext context, DocumentSpec spec, LayoutDocument layout, RenderedPdf rendered)
    {
        var profile = Profile(context.Kit, spec);
        var (sheets, pages) = PinSheetImposer.Impose(rendered.Pdf, FaceTexts(layout), profile, Sheet(profile), layout.Title, context.BuildInstant);
        return new Printed(sheets, pages, []);
    }

    /// <summary>Each face's words, as a screen reader reads the badge.</summary>
    private static List<string> FaceTexts(LayoutDocument layout) =>
        layout.Pages.Select(p => string.Join(" ", p.Items.OfType<TextItem>().Where(t => t.Node is not null).Select(t => t.Text.Trim()))).ToList();

    /// <summary>The A4 sheets of badges, not the faces the layout made.</summary>
    public override int PrintedPages(IKindContext context, DocumentSpec spec, LayoutDocument layout) =>
        PinSheetImposer.SheetCount(layout.Pages.Count, Sheet(Profile(context.Kit, spec)));

    private static PinSheet Sheet(PinProfile profile) => PinSheetPacker.Pack(profile.CutDiameter, PinSheetOptions.A4);

    /// <summary>The press, and the circles on its sheets: the catalogue says what to cut.</summary>
    public override IReadOnlyDictionary<string, string> Facts(IKindContext context, DocumentSpec spec)
    {
        var profile = Profile(context.Kit, spec);
        return new Dictionary<string, string>
        {
            ["profil"] = profile.Id,
            ["machine"] = profile.Name,
            ["coupe"] = profile.CutDiameter.ToString("0.#", French.Culture),
        };
    }

    /// <summary>The button press a badge document is for: its <c>profil</c> option, among the
    /// built-in presses and the kit's own.</summary>
    public static PinProfile Profile(Kit kit, DocumentSpec spec) =>
        PinProfileCatalog.BuiltIn.With(kit.BadgeMachines.Select(m => new PinProfile(m.Id, m.Nom, m.Face, m.Coupe, m.Securite)))
            .Get(ProfileId(spec), Path.Combine("content", KitLoader.FileName), spec.Line, spec.Column);

    /// <summary>A badge document for another press (<c>objecteur build --profil 32</c>); any other
    /// document unchanged. Its file and title name the press they were written for
    /// (« badges-58 », « machine 58 mm »): the new press takes its place there, or is added.</summary>
    public static DocumentSpec ForPress(Kit kit, DocumentSpec spec, string profile)
    {
        if (spec.Type != Name) return spec;
        var from = Profile(kit, spec);
        var moved = spec with { Options = new Dictionary<string, string>(spec.Options) { ["profil"] = profile.Trim() } };
        var to = Profile(kit, moved);
        if (to == from) return moved;
        var id = spec.Id.EndsWith("-" + from.Id, StringComparison.Ordinal) ? spec.Id[..^(from.Id.Length + 1)] : spec.Id;
        var title = spec.Titre.Contains(from.Name, StringComparison.Ordinal)
            ? spec.Titre.Replace(from.Name, to.Name, StringComparison.Ordinal)
            : $"{spec.Titre} – machine {to.Name}";
        return moved with { Id = $"{id}-{to.Id}", Titre = title };
    }

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
            ["id"] = b.Id, ["texte"] = b.Texte, ["court"] = b.Court, ["fond"] = b.Fond, ["couleur"] = b.Couleur,
        }).ToList();
        return model;
    }
}
