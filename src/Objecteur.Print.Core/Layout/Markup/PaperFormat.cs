using System.Globalization;
using System.Text.RegularExpressions;

namespace Objecteur.Print.Layout.Markup;

/// <summary>ISO 216 paper sizes by name, or a custom « 85.6x54mm » size, in points, portrait.</summary>
public static partial class PaperFormat
{
    private static readonly Dictionary<string, (double W, double H)> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A3"] = (297, 420),
        ["A4"] = (210, 297),
        ["A5"] = (148, 210),
        ["A6"] = (105, 148),
    };

    public static IReadOnlyCollection<string> Names => Named.Keys;

    public static Size? Parse(string text)
    {
        if (Named.TryGetValue(text, out var mm)) return new Size(Units.Mm(mm.W), Units.Mm(mm.H));
        var m = CustomRegex().Match(text);
        if (!m.Success) return null;
        var w = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var h = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return w > 0 && h > 0 ? new Size(Units.Mm(w), Units.Mm(h)) : null;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)mm$")]
    private static partial Regex CustomRegex();
}
