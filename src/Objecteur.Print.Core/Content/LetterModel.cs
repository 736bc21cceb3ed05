namespace Objecteur.Print.Content;

/// <summary>How a field is entered and printed.</summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Texte,
    /// <summary>Postal address lines.</summary>
    Adresse,
    /// <summary>A date, as the sender writes it (« 12 octobre 2026 »).</summary>
    Date,
    /// <summary>Several lines (steps already taken…): handwriting lines on a blank letter.</summary>
    TexteLong,
    /// <summary>One of a few options: tick boxes on a blank letter.</summary>
    Choix,
}

/// <summary>A value the sender provides. <see cref="Personnel"/> fields are personal data: their
/// values never appear in logs, messages or metadata.</summary>
/// <param name="Options">For <see cref="FieldType.Choix"/>: the options offered.</param>
/// <param name="Lignes">For <see cref="FieldType.TexteLong"/>: handwriting lines on a blank letter.</param>
public sealed record LetterField(
    string Cle, string Libelle, bool Obligatoire, string Exemple, bool Personnel, FieldType Type,
    IReadOnlyList<string> Options, int Lignes)
{
    /// <summary>Fields printed as a block of their own (a paragraph holding only the placeholder).</summary>
    public bool IsBlock => Type is FieldType.TexteLong or FieldType.Choix;

    /// <summary>The example on one line, lines parted by « / » as <c>--champ</c> takes them, for a
    /// hint, a prompt or a listing.</summary>
    public string OneLineExample => Exemple.ReplaceLineEndings(" / ");
}

/// <summary>How long the recipient has to answer, written on the follow-up note.</summary>
public sealed record AnswerDelay(int Count, DelayUnit Unit)
{
    public override string ToString() => $"{Count} {(Unit == DelayUnit.Mois ? "mois" : Count > 1 ? "jours" : "jour")}";

    public DateOnly After(DateOnly date) => Unit == DelayUnit.Mois ? date.AddMonths(Count) : date.AddDays(Count);
}

public enum DelayUnit { Jours, Mois }

/// <summary>What makes a letter a follow-up: the first letter's model, when to send it (words for
/// the first letter's follow-up note) and, only where a text sets one, the delay after the first
/// letter from which it may be sent.</summary>
/// <param name="UnknownFirst">The error to report, with a hint, if <see cref="SuiteDe"/> names no model of the kit.</param>
public sealed record FollowUp(string SuiteDe, string Quand, AnswerDelay? EnvoyerApres, Diagnostic UnknownFirst);

/// <summary>A reference line under « Objet » (e.g. the allocataire number).</summary>
public sealed record LetterReference(string Libelle, string Champ);

/// <summary>A legal text the letter prints, with its verification mark from legal.md (V or V2).</summary>
public sealed record CitedText(string Reference, string Verification);

/// <summary>A letter model (content/lettres/*.yaml). <see cref="Corps"/> is Markdown whose
/// <c>{cle}</c> placeholders print the sender's values, or spaces to fill in by hand.</summary>
/// <param name="SansReponse">What silence after the deadline means and what to do then.</param>
/// <param name="Copies">Who else receives a copy (« Copie : … » lines).</param>
/// <param name="Conseils">Model-specific advice for the mode d'emploi of the blank letter.</param>
/// <param name="DelaiReponse">The answer delay a text gives; null where none does (an employer).</param>
/// <param name="Suite">Set on a follow-up letter.</param>
public sealed record LetterModel(
    string Id, string Titre, string Description, DateOnly VerifieLe, string Organisme, bool Recommande,
    AnswerDelay? DelaiReponse, string SansReponse, IReadOnlyList<LetterField> Champs, IReadOnlyList<string> Destinataire,
    string Objet, IReadOnlyList<LetterReference> References, string Appel, string Corps, string Formule,
    IReadOnlyList<string> PiecesJointes, IReadOnlyList<string> Copies, IReadOnlyList<string> Conseils,
    IReadOnlyList<CitedText> TextesCites, IReadOnlyList<string> Sources, FollowUp? Suite)
{
    public LetterField? Field(string key) => Champs.FirstOrDefault(f => f.Cle == key);

    /// <summary>The recipient's postal address: the one address field that is not the sender's.</summary>
    public LetterField? RecipientAddress => Champs.FirstOrDefault(f => f.Type == FieldType.Adresse && f.Cle != SenderKeys.Address);
}

/// <summary>Fields every model has, which the letter layout prints in fixed places.</summary>
public static class SenderKeys
{
    public const string Name = "nom";
    public const string Address = "adresse";
    public const string Town = "ville";
}
