using System.Globalization;

namespace Objecteur.Print;

/// <summary>
/// The French conventions the kit prints (decimal comma, narrow no-break space between thousands,
/// capitals), built from the invariant culture instead of the host's culture data: containers
/// often run with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, where « fr-FR » does not exist,
/// and two ICU versions need not agree on a separator, while the same content must give the same
/// bytes everywhere.
/// </summary>
public static class French
{
    public static CultureInfo Culture { get; } = Build();

    private static CultureInfo Build()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = culture.NumberFormat;
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = "\u202F";
        numbers.PercentDecimalSeparator = ",";
        numbers.PercentGroupSeparator = "\u202F";
        // « 12 % », with a narrow no-break space, as the kit's typography writes it.
        numbers.PercentPositivePattern = 0;
        numbers.PercentNegativePattern = 0;
        numbers.PercentSymbol = "%";
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>Capitals for the town line of an address; simple case mapping, the same in every
    /// globalization mode (« Saint-Étienne » → « SAINT-ÉTIENNE »).</summary>
    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary>Compares what a person typed with a label or an option, ignoring case.</summary>
    public static bool SameText(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
