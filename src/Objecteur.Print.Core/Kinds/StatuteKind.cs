using Objecteur.Print.Content;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>The statute (content/statut.yaml), as a poster or a few A4 pages; the booklet and the
/// wallet card reuse it.</summary>
public sealed class StatuteKind() : DocumentKind(new KindRules(Name))
{
    public const string Name = "statut";

    /// <summary>The statute's file in content/, which the booklet and the card read too.</summary>
    public const string File = "statut.yaml";

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var (path, display) = ContentFile(context, request.Spec);
        var model = TemplateModel.Common(context.Kit, request.Spec);
        model["statut"] = Values(StatuteLoader.Load(path, display));
        return model;
    }

    /// <summary>The kit's statute, for the documents that quote it.</summary>
    public static Statute Load(IKindContext context) =>
        StatuteLoader.Load(Path.Combine(context.Kit.ContentDirectory, File), Path.Combine("content", File));

    /// <summary>The statute as its template (and the booklet's) reads it.</summary>
    public static Dictionary<string, object?> Values(Statute statute) => new()
    {
        ["titre"] = statute.Titre,
        ["sous_titre"] = statute.SousTitre,
        ["etat"] = statute.Etat,
        ["preambule"] = statute.Preambule,
        ["appel"] = statute.Appel,
        ["appel_court"] = statute.AppelCourt,
        ["articles"] = statute.Articles.Select(a => new Dictionary<string, object?>
        {
            ["numero"] = a.Numero,
            ["titre"] = a.Titre,
            ["court"] = a.Court,
            ["texte"] = a.Texte,
            ["ateliers"] = a.Ateliers.ToList(),
            ["sources"] = a.Sources.ToList(),
        }).ToList(),
        ["sources"] = statute.Sources.Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["titre"] = s.Titre }).ToList(),
    };
}
