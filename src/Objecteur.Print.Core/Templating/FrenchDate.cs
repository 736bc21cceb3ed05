namespace Objecteur.Print.Templating;

/// <summary>Dates as French letters write them: « 1er décembre 2026 », « 22 novembre 2026 ».</summary>
public static class FrenchDate
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Long(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}";
}
