namespace Objecteur.Print.Content;

/// <summary>
/// A letter model joined with a sender's values, checked for print: the recipient block obeys
/// NF Z10-011 (at most 6 lines of at most 38 characters, postcode and town in capitals) so it
/// shows in the envelope window and the post can read it. A value left out prints as a line to
/// fill in by hand, which is also how the kit's blank letters are made.
/// </summary>
public sealed record ComposedLetter(
    LetterModel Model,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<string?> RecipientLines,
    DateOnly? Date)
{
    public const int MaxAddressLines = 6;
    public const int MaxAddressLineLength = 38;

    public bool IsBlank => Values.Count == 0;

    /// <summary>Joins model and values. <paramref name="date"/> is null for a letter to date by hand.</summary>
    public static ComposedLetter Compose(LetterModel model, SenderValues sender, DateOnly? date)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in model.Champs)
            if (sender.TryGet(field.Cle, out var v) && v.Lines.Count > 0)
                values[field.Cle] = field.Type switch
                {
                    FieldType.Adresse or FieldType.TexteLong => v.Lines,
                    FieldType.Choix => [Choice(field, v)],
                    _ => [v.Text],
                };

        foreach (var field in model.Champs.Where(f => f.Type == FieldType.Adresse && values.ContainsKey(f.Cle)))
            if (PostalAddress.Problem(values[field.Cle]) is var (message, hint))
            {
                var origin = sender.Values[field.Cle];
                throw new DiagnosticException(new Diagnostic(origin.Origin, origin.Line, origin.Column, $"« {field.Libelle} » : {message}", hint));
            }

        var recipient = new List<string?>();
        foreach (var line in model.Destinataire)
        {
            var keys = Placeholders.In(line).ToList();
            recipient.Add(keys.All(values.ContainsKey) ? Placeholders.Fill(line, k => values[k][0]) : null);
        }
        var addressField = model.RecipientAddress;
        if (addressField is not null)
        {
            if (values.TryGetValue(addressField.Cle, out var address))
                recipient.AddRange(PostalLines(address));
            else
                // By hand, the address gets every line the window allows (a CAF's takes up to four).
                recipient.AddRange(Enumerable.Repeat<string?>(null, Math.Max(2, MaxAddressLines - model.Destinataire.Count)));
        }
        Validate(model, recipient, addressField is null ? null : sender.Values.GetValueOrDefault(addressField.Cle));
        return new ComposedLetter(model, values, recipient, date);
    }

    /// <summary>A choice is given as one of the options or as its number (« 2 »).</summary>
    private static string Choice(LetterField field, FieldValue value)
    {
        var text = value.Text.Trim();
        if (int.TryParse(text, out var n) && n >= 1 && n <= field.Options.Count) return field.Options[n - 1];
        return field.Options.FirstOrDefault(o => French.SameText(o, text))
            ?? throw new DiagnosticException(new Diagnostic(value.Origin, value.Line, value.Column,
                $"valeur refusée pour le champ « {field.Cle} » (un choix parmi {field.Options.Count})",
                $"donnez le numéro de l'option (1 à {field.Options.Count}) ou son texte exact : {string.Join(" ; ", field.Options.Select((o, i) => $"{i + 1}. {o}"))}."));
    }

    /// <summary>The last line of a French address (postcode and town) goes in capitals.</summary>
    private static IEnumerable<string> PostalLines(IReadOnlyList<string> lines) =>
        lines.Select((l, i) => i == lines.Count - 1 ? French.Upper(l) : l);

    private static void Validate(LetterModel model, List<string?> recipient, FieldValue? origin)
    {
        var file = origin?.Origin ?? Path.Combine("content", "lettres", model.Id + ".yaml");
        if (recipient.Count > MaxAddressLines)
            throw new DiagnosticException(new Diagnostic(file, origin?.Line ?? 0, origin?.Column ?? 0,
                $"le bloc destinataire a {recipient.Count} lignes ({MaxAddressLines} au plus, norme NF Z10-011)",
                "raccourcissez l'adresse du destinataire : regroupez les compléments sur une même ligne."));
        for (var i = 0; i < recipient.Count; i++)
            if (recipient[i] is { Length: > MaxAddressLineLength } line)
                throw new DiagnosticException(new Diagnostic(file, origin?.Line ?? 0, origin?.Column ?? 0,
                    $"la ligne {i + 1} du bloc destinataire fait {line.Length} caractères ({MaxAddressLineLength} au plus, norme NF Z10-011)",
                    "abrégez-la (ex. « bd » pour boulevard, « av » pour avenue) pour qu'elle tienne dans la fenêtre de l'enveloppe."));
    }
}
