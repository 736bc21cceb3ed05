using System.Text.RegularExpressions;

namespace Objecteur.Print.Content;

/// <summary>
/// What La Poste's sorting machines need of an address (NF Z10-011): the last line gives the
/// 5-digit postcode then the town (« CEDEX » and its number may follow), or, abroad, the country
/// after the foreign postcode and town; and from the street line on, no punctuation. An address
/// that fails these is likely to come back, so it is refused before a letter is printed. Messages
/// name the line, never its text: these are personal data.
/// </summary>
public static partial class PostalAddress
{
    /// <summary>Why the address will not be sorted, and what to do; null when it is fine.</summary>
    public static (string Message, string Hint)? Problem(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return null;
        var last = lines[^1].Trim();
        var foreign = lines.Count >= 3 && Country().IsMatch(last) && lines.Take(lines.Count - 1).Any(l => l.Any(char.IsAsciiDigit));
        if (!foreign && !FrenchTownLine().IsMatch(last))
            return lines.Count == 1
                ? ("l'adresse tient sur une seule ligne",
                    "mettez la rue sur une ligne, puis le code postal et la ville sur la ligne suivante (séparez les lignes par « / » ou un retour à la ligne).")
                : ("la dernière ligne de l'adresse doit commencer par le code postal à 5 chiffres, suivi de la ville",
                    "écrivez par exemple « 42000 Saint-Étienne » (ou « 75015 Paris CEDEX 15 ») ; pour une adresse à l'étranger, ajoutez le pays sur une dernière ligne.");
        var street = FirstStreetLine(lines);
        for (var i = street; i < lines.Count; i++)
            if (Punctuation().Match(lines[i]) is { Success: true } mark)
                return ($"la ligne {i + 1} de l'adresse contient « {mark.Value} »",
                    "à partir de la ligne de la rue, La Poste demande une adresse sans ponctuation : retirez virgules et points (« 12 rue des Lilas », « bd » plutôt que « bd. »).");
        return null;
    }

    /// <summary>The line that starts with the street number (NF Z10-011's line 4), else the last one.</summary>
    private static int FirstStreetLine(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count - 1; i++)
            if (lines[i].TrimStart() is { Length: > 0 } l && char.IsAsciiDigit(l[0])) return i;
        return lines.Count - 1;
    }

    [GeneratedRegex(@"^\d{5} +\p{L}[\p{L}\p{M}' \-]*( CEDEX( \d{1,3})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchTownLine();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}' \-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Country();

    [GeneratedRegex(@"[,.;:!?_«»""()]")]
    private static partial Regex Punctuation();
}
