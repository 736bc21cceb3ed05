namespace Objecteur.Print.Content;

/// <summary>How a field is entered and printed.</summary>
public enum FieldType { Texte, Adresse, Date }

/// <summary>A value the sender provides. <see cref="Personnel"/> fields are personal data: their
/// values never appear in logs, messages or metadata.</summary>
public sealed record LetterField(string Cle, string Libelle, bool Obligatoire, string Exemple, bool Personnel, FieldType Type);

/// <summary>A reference line under « Objet » (e.g. the allocataire number).</summary>
public sealed record LetterReference(string Libelle, string Champ);

/// <summary>A legal text the letter prints, with its verification mark from legal.md (V or V2).</summary>
public sealed record CitedText(string Reference, string Verification);

/// <summary>A letter model (content/lettres/*.yaml). <see cref="Corps"/> is Markdown and holds no
/// personal data: fields are printed only in the sender, recipient and reference blocks.</summary>
public sealed record LetterModel(
    string Id, string Titre, string Description, DateOnly VerifieLe, string Organisme, bool Recommande,
    string DelaiReponse, IReadOnlyList<LetterField> Champs, IReadOnlyList<string> Destinataire,
    string Objet, IReadOnlyList<LetterReference> References, string Appel, string Corps, string Formule,
    IReadOnlyList<string> PiecesJointes, IReadOnlyList<CitedText> TextesCites, IReadOnlyList<string> Sources)
{
    public LetterField? Field(string key) => Champs.FirstOrDefault(f => f.Cle == key);
}
