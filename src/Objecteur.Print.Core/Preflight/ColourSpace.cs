using PdfSharp.Pdf;

namespace Objecteur.Print.Preflight;

/// <summary>A colour space as a page uses it: its family (<c>DeviceRGB</c>, <c>ICCBased</c>,
/// <c>Separation</c>…), how many components a colour in it has, and for a spot colour its name.</summary>
public sealed record ColourSpace(string Family, int Components, string Detail = "")
{
    public static readonly ColourSpace Gray = new("DeviceGray", 1);
    public static readonly ColourSpace Rgb = new("DeviceRGB", 3);
    public static readonly ColourSpace Cmyk = new("DeviceCMYK", 4);
    public static readonly ColourSpace Pattern = new("Pattern", 0);

    /// <summary>True for what a print shop converts from screen colours (RGB in any form): the
    /// colours it prints are then its conversion's, not the file's.</summary>
    public bool IsRgb => Family is "DeviceRGB" or "CalRGB" or "Lab" || Family is "ICCBased" && Components == 3
        || Family == "Indexed" && Detail is "DeviceRGB" or "CalRGB" or "Lab" or "ICCBased RVB";

    /// <summary>How the report names it.</summary>
    public string French => Family switch
    {
        "DeviceGray" => "niveaux de gris (DeviceGray)",
        "DeviceRGB" => "RVB (DeviceRGB)",
        "DeviceCMYK" => "CMJN (DeviceCMYK)",
        "ICCBased" => $"profil ICC à {Components} composante{(Components > 1 ? "s" : "")} (ICCBased)",
        "Separation" => $"ton direct « {Detail} » (Separation)",
        "DeviceN" => $"tons directs {Detail} (DeviceN)",
        "Indexed" => $"palette sur {Detail} (Indexed)",
        "Pattern" => "motif (Pattern)",
        _ => Family,
    };

    /// <summary>The colour space an operand, an image's <c>/ColorSpace</c> or an inline image's
    /// <c>/CS</c> names, looked up in the resources when it is not a device space.</summary>
    internal static ColourSpace Resolve(PdfItem? item, PdfDictionary? resources)
    {
        item = Pdf.Resolve(item);
        if (item is PdfName name)
        {
            switch (name.Value)
            {
                case "/DeviceGray" or "/G" or "/CalGray": return Gray;
                case "/DeviceRGB" or "/RGB": return Rgb;
                case "/DeviceCMYK" or "/CMYK": return Cmyk;
                case "/Pattern": return Pattern;
            }
            var named = resources?.Elements.GetDictionary("/ColorSpace")?.Elements[name.Value];
            return named is null ? new ColourSpace(name.Value.TrimStart('/'), 0) : Resolve(named, null);
        }
        if (item is not PdfArray { Elements.Count: > 0 } array) return new ColourSpace("?", 0);
        var family = Pdf.Resolve(array.Elements[0]) is PdfName f ? f.Value.TrimStart('/') : "?";
        switch (family)
        {
            case "ICCBased":
                var n = (Pdf.Resolve(array.Elements.Count > 1 ? array.Elements[1] : null) as PdfDictionary)?.Elements.GetInteger("/N") ?? 0;
                return new ColourSpace("ICCBased", n);
            case "Separation":
                var spot = array.Elements.Count > 1 && Pdf.Resolve(array.Elements[1]) is PdfName s ? s.Value.TrimStart('/') : "?";
                return new ColourSpace("Separation", 1, spot);
            case "DeviceN":
                var names = array.Elements.Count > 1 && Pdf.Resolve(array.Elements[1]) is PdfArray inks
                    ? inks.Elements.Select(i => Pdf.Resolve(i) is PdfName ink ? ink.Value.TrimStart('/') : "?").ToList() : [];
                return new ColourSpace("DeviceN", names.Count, string.Join(", ", names));
            case "Indexed" or "I":
                var @base = Resolve(array.Elements.Count > 1 ? array.Elements[1] : null, resources);
                return new ColourSpace("Indexed", 1, @base is { Family: "ICCBased", Components: 3 } ? "ICCBased RVB" : @base.Family);
            case "CalRGB" or "Lab":
                return new ColourSpace(family, 3);
            case "CalGray":
                return Gray;
            case "Pattern":
                return Pattern;
            default:
                return new ColourSpace(family, 0);
        }
    }
}
