using Objecteur.Print.Content;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>A flyer (content/tracts/*.yaml), A5 or A6, recto-verso with bleed.</summary>
public sealed class TractKind() : CutPieceKind(Name, photocopyMaster: true)
{
    public const string Name = "tract";

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var (path, display) = ContentFile(context, request.Spec);
        return Model(context.Kit, request.Spec, TractLoader.Load(path, display, context.Kit.ContentDirectory));
    }

    /// <summary>A flyer, with its page size for the template.</summary>
    private static Dictionary<string, object?> Model(Kit kit, DocumentSpec spec, Tract tract)
    {
        var model = TemplateModel.Common(kit, spec);
        model["tract"] = new Dictionary<string, object?>
        {
            ["titre"] = tract.Titre,
            ["format"] = tract.Format,
            ["a6"] = tract.Format == "A6",
            ["couleurs"] = tract.Couleurs is { } c ? new Dictionary<string, object?> { ["fond"] = c.Fond, ["texte"] = c.Texte, ["accent"] = c.Accent } : null,
            ["recto"] = new Dictionary<string, object?>
            {
                ["surtitre"] = tract.Recto.Surtitre, ["accroche"] = tract.Recto.Accroche, ["texte"] = tract.Recto.Texte, ["signature"] = tract.Recto.Signature,
                ["lignes"] = Lines(tract.Recto.Lignes),
                ["visuel"] = tract.Recto.Visuel is { } v ? $"{TractLoader.PictoFolder}/{v}.svg" : null,
                ["coupon"] = tract.Recto.Coupon is { } slip ? new Dictionary<string, object?> { ["titre"] = slip.Titre, ["texte"] = slip.Texte } : null,
            },
            ["verso"] = new Dictionary<string, object?>
            {
                ["titre"] = tract.Verso.Titre, ["texte"] = tract.Verso.Texte, ["appel"] = tract.Verso.Appel, ["remise"] = tract.Verso.Remise, ["contact"] = tract.Verso.Contact,
                ["lignes"] = Lines(tract.Verso.Lignes),
            },
        };
        return model;
    }

    private static List<Dictionary<string, object?>> Lines(IReadOnlyList<PictoLine> lines) =>
        lines.Select(l => new Dictionary<string, object?>
        {
            ["picto"] = l.Picto is { } p ? $"{TractLoader.PictoFolder}/{p}.svg" : null,
            ["morceaux"] = l.Lignes.Cast<object?>().ToList(),
        }).ToList();
}
