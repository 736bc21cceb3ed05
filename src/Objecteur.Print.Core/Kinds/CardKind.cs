using Objecteur.Print.Content;
using Objecteur.Print.Templating;

namespace Objecteur.Print.Kinds;

/// <summary>The wallet card (content/carte.yaml), recto-verso with bleed: a few lines to show at a
/// counter, and the statute's key article on its back.</summary>
public sealed class CardKind() : CutPieceKind(Name)
{
    public const string Name = "carte";

    public override Dictionary<string, object?> Model(IKindContext context, DocumentRequest request)
    {
        var (path, display) = ContentFile(context, request.Spec);
        var statute = StatuteKind.Load(context);
        return Model(context.Kit, request.Spec, WalletCardLoader.Load(path, display, statute), statute);
    }

    /// <summary>The wallet card, with the statute article printed on its back.</summary>
    private static Dictionary<string, object?> Model(Kit kit, DocumentSpec spec, WalletCard card, Statute statute)
    {
        var article = statute.Articles[card.Article - 1];
        var model = TemplateModel.Common(kit, spec);
        model["carte"] = new Dictionary<string, object?>
        {
            ["titre"] = card.Titre,
            ["demandes"] = card.Demandes.ToList(),
            ["article"] = new Dictionary<string, object?> { ["numero"] = article.Numero, ["titre"] = article.Titre, ["texte"] = article.Texte },
            ["statut"] = statute.Titre,
            ["mention"] = card.Mention,
        };
        return model;
    }
}
