using Microsoft.AspNetCore.Http;
using Objecteur.Print.Content;

namespace Objecteur.Print.Web;

/// <summary>The model of a letter's form page, generated from the model's fields: kind of
/// input, label, required, example, choices, and the errors next to their field.</summary>
public static class LetterPage
{
    /// <summary>What the browser may fill in for a sender's own fields (WCAG 1.3.5).</summary>
    private static readonly Dictionary<string, string> Autocomplete = new(StringComparer.Ordinal)
    {
        [SenderKeys.Name] = "name",
        [SenderKeys.Address] = "street-address",
        [SenderKeys.Town] = "address-level2",
    };

    /// <summary>The form's large-print box: a hyphen, so that no letter field (keys of
    /// letters, digits and « _ ») can have its name.</summary>
    public const string LargePrintField = "gros-caracteres";

    /// <summary>Whether a form (a letter's, a merge's) has its large-print box ticked.</summary>
    public static bool WantsLargePrint(IFormCollection? form) => form?[LargePrintField].ToString() == "oui";

    public static Dictionary<string, object?> Model(LetterModel letter, IReadOnlyList<LetterModel> letters, IFormCollection? form, IReadOnlyList<FieldError> errors)
    {
        var recipient = letter.RecipientAddress?.Cle;
        var fields = letter.Champs.Select(f =>
        {
            var value = form?[f.Cle].ToString() ?? "";
            var fieldErrors = errors.Where(e => e.Key == f.Cle).Select(ErrorModel).ToList();
            return new Dictionary<string, object?>
            {
                ["cle"] = f.Cle,
                ["libelle"] = f.Libelle,
                ["obligatoire"] = f.Obligatoire,
                ["exemple"] = f.OneLineExample,
                ["personnel"] = f.Personnel,
                ["valeur"] = value,
                ["texte"] = f.Type is FieldType.Texte or FieldType.Date,
                ["date"] = f.Type == FieldType.Date,
                ["lignes"] = f.Type is FieldType.Adresse or FieldType.TexteLong,
                ["adresse"] = f.Type == FieldType.Adresse,
                ["hauteur"] = f.Type == FieldType.Adresse ? 4 : Math.Max(3, f.Lignes),
                ["destinataire"] = f.Cle == recipient,
                ["max_lignes"] = f.Cle == recipient ? WorkshopKit.AddressLinesLeft(letter) : 0,
                ["max_caracteres"] = WorkshopKit.MaxAddressLineLength,
                ["choix"] = f.Type == FieldType.Choix,
                ["options"] = f.Options.Select((o, i) => new Dictionary<string, object?>
                {
                    ["valeur"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["texte"] = o,
                    ["coche"] = value == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["id"] = $"champ-{f.Cle}-{i + 1}",
                }).ToList(),
                ["autocomplete"] = f.Personnel && Autocomplete.TryGetValue(f.Cle, out var a) ? a : "off",
                ["erreurs"] = fieldErrors,
                ["en_erreur"] = fieldErrors.Count > 0,
            };
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["id"] = letter.Id,
            ["titre_lettre"] = letter.Titre,
            ["description"] = letter.Description,
            ["recommande"] = letter.Recommande,
            ["organisme"] = letter.Organisme,
            ["champs"] = fields,
            ["gros_caracteres"] = WantsLargePrint(form),
            // Follow-up letters of this one, and the first letter of a follow-up.
            ["suites"] = letters.Where(l => l.Suite?.SuiteDe == letter.Id)
                .Select(l => new Dictionary<string, object?> { ["id"] = l.Id, ["titre"] = l.Titre, ["quand"] = l.Suite!.Quand }).ToList(),
            ["premiere"] = letters.FirstOrDefault(l => l.Id == letter.Suite?.SuiteDe) is { } first
                ? new Dictionary<string, object?> { ["id"] = first.Id, ["titre"] = first.Titre } : null,
            ["erreurs"] = errors.Select(e =>
            {
                var model = ErrorModel(e);
                model["cible"] = e.Key is null ? null : letter.Field(e.Key) is { Type: FieldType.Choix } ? $"champ-{e.Key}-1" : $"champ-{e.Key}";
                model["libelle"] = e.Key is null ? null : letter.Field(e.Key)?.Libelle;
                return model;
            }).ToList(),
            ["script"] = true,
        };
    }

    private static Dictionary<string, object?> ErrorModel(FieldError e) => new() { ["message"] = e.Message, ["conseil"] = e.Hint };
}
