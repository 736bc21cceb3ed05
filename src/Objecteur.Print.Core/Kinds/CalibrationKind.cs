using Objecteur.Print.Content;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>The envelope calibration sheet: no content file, only the kit's letter settings.</summary>
public sealed class CalibrationKind() : DocumentKind(new KindRules(Name, NeedsContent: false))
{
    public const string Name = "calibrage";

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var letters = context.Kit.Letters;
        var model = TemplateModel.Common(context.Kit, request.Spec);
        model["fenetre"] = TemplateModel.Rect(letters.Window);
        model["zone_adresse"] = TemplateModel.Rect(letters.AddressZone);
        // Ruler graduations every 10 mm, to measure how far the window is off. They start 5 mm in from
        // the paper's edges, where office printers still print, and stop as far from the far edges.
        model["graduations_x"] = Graduations(10, 200);
        model["graduations_y"] = Graduations(20, 95);
        model["pli"] = TemplateModel.Mm(LetterSettings.Fold);
        model["second_pli"] = TemplateModel.Mm(2 * LetterSettings.Fold);
        model["jeu_largeur"] = TemplateModel.Number(LetterSettings.PlayAcross);
        model["jeu_hauteur"] = TemplateModel.Number(LetterSettings.PlayDown);
        return model;
    }

    private static List<Dictionary<string, object?>> Graduations(int first, int last) =>
        Enumerable.Range(first / 10, last / 10 - first / 10 + 1).Select(i => new Dictionary<string, object?>
        {
            ["mm"] = i * 10, ["pos"] = TemplateModel.Mm(i * 10), ["libelle_pos"] = TemplateModel.Mm(i * 10 - 4), ["libelle_y"] = TemplateModel.Mm(i * 10 - 1.5),
        }).ToList();
}
