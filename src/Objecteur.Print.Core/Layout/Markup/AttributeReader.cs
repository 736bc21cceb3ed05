using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// Typed access to one markup element's attributes. Every attribute must be known to the element
/// (or be an inherited text attribute), so a misspelt attribute is an error with a suggestion
/// rather than a silently ignored setting.
/// </summary>
public sealed class AttributeReader
{
    /// <summary>Accepted on every block; <c>width</c> sizes a child of a <c>row</c>.</summary>
    private static readonly string[] Common = ["space-before", "space-after", "keep-with-next", "width"];
    private readonly XElement _node;
    private readonly MarkupSource _source;

    public AttributeReader(XElement node, MarkupSource source, IReadOnlyCollection<string> allowed)
    {
        _node = node;
        _source = source;
        foreach (var attribute in node.Attributes())
        {
            var name = attribute.Name.LocalName;
            if (!allowed.Contains(name) && !Common.Contains(name) && !TextProps.AttributeNames.Contains(name))
                throw Error(attribute, $"attribut inconnu « {name} » sur <{node.Name.LocalName}>",
                    Suggest.Hint(name, allowed.Concat(Common).Concat(TextProps.AttributeNames).ToList()));
        }
    }

    public string ElementName => _node.Name.LocalName;

    public string? Text(string name) => _node.Attribute(name)?.Value;

    public string RequiredText(string name) =>
        Text(name) ?? throw Error(null, $"attribut obligatoire « {name} » manquant sur <{ElementName}>", $"ajoutez {name}=\"…\".");

    /// <summary>A length with its unit: <c>mm</c>, <c>cm</c> or <c>pt</c>.</summary>
    public double? Length(string name)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        return ParseLength(attribute.Value) ?? throw Error(attribute,
            $"longueur « {attribute.Value} » invalide pour « {name} »", "écrivez un nombre suivi de mm, cm ou pt (ex. 12mm, 10.5pt).");
    }

    /// <summary>Up to four lengths, CSS-like: all sides, vertical+horizontal, or top right bottom left.</summary>
    public (double Top, double Right, double Bottom, double Left)? Sides(string name)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        var parts = attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseLength).ToList();
        if (parts.Count is < 1 or > 4 || parts.Any(p => p is null))
            throw Error(attribute, $"valeur « {attribute.Value} » invalide pour « {name} »",
                "écrivez 1, 2 ou 4 longueurs en mm, cm ou pt séparées par des espaces (ex. 10mm ou 20mm 15mm).");
        var v = parts.Select(p => p!.Value).ToList();
        // A negative margin or padding would put text outside the page or its box, cut off.
        if (v.Any(p => p < 0))
            throw Error(attribute, $"valeur « {attribute.Value} » négative pour « {name} »",
                "une marge ou un retrait se compte vers l'intérieur : écrivez des longueurs positives ou nulles (ex. 12mm).");
        return v.Count switch
        {
            1 => (v[0], v[0], v[0], v[0]),
            2 => (v[0], v[1], v[0], v[1]),
            3 => (v[0], v[1], v[2], v[1]),
            _ => (v[0], v[1], v[2], v[3]),
        };
    }

    /// <summary>A font size: a bare number is in points; units are accepted too.</summary>
    public double? Points(string name)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        if (double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var pt) && pt > 0) return pt;
        return ParseLength(attribute.Value) is > 0 and var value ? value
            : throw Error(attribute, $"taille « {attribute.Value} » invalide", "écrivez une taille en points (ex. 11 ou 11pt).");
    }

    public double? Number(string name)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        return double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
            : throw Error(attribute, $"nombre « {attribute.Value} » invalide pour « {name} »", "écrivez un nombre positif avec un point décimal (ex. 1.4).");
    }

    public bool? Bool(string name)
    {
        var attribute = _node.Attribute(name);
        return attribute?.Value switch
        {
            null => null,
            "true" or "oui" => true,
            "false" or "non" => false,
            _ => throw Error(attribute, $"« {name} » doit valoir true ou false", "écrivez true ou false."),
        };
    }

    public string? Choice(string name, IReadOnlyList<string> choices)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        return choices.Contains(attribute.Value) ? attribute.Value
            : throw Error(attribute, $"valeur « {attribute.Value} » invalide pour « {name} »", Suggest.Hint(attribute.Value, choices));
    }

    public Color? Color(string name)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        return Frames.Color.TryParse(attribute.Value, out var color) ? color
            : throw Error(attribute, $"couleur « {attribute.Value} » invalide", "écrivez une couleur #RRVVBB (ex. #1D3557).");
    }

    public FontFamily? Font(string name)
    {
        var attribute = _node.Attribute(name);
        if (attribute is null) return null;
        return FontLibrary.Embedded.TryGetFamily(attribute.Value, out var family) ? family
            : throw Error(attribute, $"police « {attribute.Value} » inconnue", Suggest.Hint(attribute.Value, FontLibrary.Embedded.FamilyNames.ToList()));
    }

    /// <summary>An error at an attribute (its value is the culprit: it may come from the content or
    /// kit.yaml through the template), or at the element.</summary>
    public DiagnosticException Error(XObject? at, string message, string hint)
    {
        var info = (IXmlLineInfo?)at ?? _node;
        return _source.Error(info.LineNumber, info.LinePosition, message, hint, (at as XAttribute)?.Value);
    }

    internal static double? ParseLength(string text)
    {
        text = text.Trim();
        var (unit, factor) = text.EndsWith("mm", StringComparison.Ordinal) ? ("mm", Units.PointsPerMm)
            : text.EndsWith("cm", StringComparison.Ordinal) ? ("cm", 10 * Units.PointsPerMm)
            : text.EndsWith("pt", StringComparison.Ordinal) ? ("pt", 1.0)
            : ("", double.NaN);
        if (unit.Length == 0) return null;
        return double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) ? value * factor : null;
    }
}
