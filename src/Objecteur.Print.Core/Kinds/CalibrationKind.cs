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
        // Ruler graduations every 10 mm, to measure how far the window is off.
        model["graduations_x"] = Graduations(20);
        model["graduations_y"] = Graduations(9);
        return model;
    }

    private static List<Dictionary<string, object?>> Graduations(int count) =>
        Enumerable.Range(1, count).Select(i => new Dictionary<string, object?> { ["mm"] = i * 10, ["pos"] = TemplateModel.Mm(i * 10) }).ToList();
}
