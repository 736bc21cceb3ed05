using System.Globalization;
using PdfSharp.Pdf;

namespace Objecteur.Print.Preflight;

/// <summary>An image as it lands on a page: its pixels, and how many of them per inch of paper
/// (the lower of its two directions).</summary>
public sealed record ImageFact(int Page, int Object, int PixelWidth, int PixelHeight, double Ppi, ColourSpace Space, bool Mask);

/// <summary>A font of the file: its name (with any subset tag), its type, embedded or not.</summary>
public sealed record FontFact(string Name, string Subtype, bool Embedded);

/// <summary>The colour text is shown in: its space and its components as the file writes them.</summary>
public sealed record TextColour(ColourSpace Space, string Components)
{
    /// <summary>Black as a reader sees it: grey 0, RGB 0 0 0, or any CMYK with full black.</summary>
    public bool IsBlack => Space.Family switch
    {
        "DeviceGray" => Components == "0",
        "DeviceRGB" => Components == "0 0 0",
        "DeviceCMYK" => Components.EndsWith(" 1", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Printed by the black ink alone: CMYK 0 0 0 1, or grey 0 (which a press prints in black only).</summary>
    public bool IsPureK => Space.Family is "DeviceGray" && Components == "0" || Space.Family is "DeviceCMYK" && Components == "0 0 0 1";

    internal static TextColour Of(ColourSpace space, double[] components) =>
        new(space, string.Join(" ", components.Select(c => c.ToString("0.###", CultureInfo.InvariantCulture))));
}

/// <summary>What the scan of a file's pages finds, page by page, before it is judged.</summary>
internal sealed class PreflightFindings
{
    public const string PageGroup = "groupe de transparence de page";
    public const string FormGroup = "groupe de transparence dans un dessin importé";
    public const string SoftMask = "masque de transparence (SMask)";
    public const string Alpha = "opacité inférieure à 100 %";
    public const string Blend = "mode de fusion autre que Normal";

    public Dictionary<ColourSpace, SortedSet<int>> Colours { get; } = [];
    public Dictionary<TextColour, SortedSet<int>> TextColours { get; } = [];
    public List<ImageFact> Images { get; } = [];
    public Dictionary<string, SortedSet<int>> Transparencies { get; } = [];
    public SortedSet<int> UnreadablePages { get; } = [];
    private readonly Dictionary<string, FontFact> _fonts = [];

    /// <summary>Each font once, however many copies of it the file holds (a sheet that imposes
    /// pages keeps one per page it draws).</summary>
    public IReadOnlyList<FontFact> Fonts => _fonts.Values.Distinct().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

    public void Colour(ColourSpace space, int page) => Add(Colours, space, page);

    public void Text(ColourSpace space, double[] components, int page)
    {
        Colour(space, page);
        Add(TextColours, TextColour.Of(space, components), page);
    }

    public void Image(ImageFact image) => Images.Add(image);

    public void Transparency(int page, string what) => Add(Transparencies, what, page);

    public void Unreadable(int page) => UnreadablePages.Add(page);

    public void Font(PdfDictionary font)
    {
        var name = font.Elements.GetName("/BaseFont").TrimStart('/');
        var subtype = font.Elements.GetName("/Subtype").TrimStart('/');
        var key = $"{Pdf.Number(font)} {name}";
        if (_fonts.ContainsKey(key)) return;
        var described = subtype == "Type0" ? font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0) : font;
        var descriptor = described?.Elements.GetDictionary("/FontDescriptor");
        // A Type 3 font's glyphs are drawn by the file itself: it is always embedded.
        var embedded = subtype == "Type3" || descriptor is not null
            && (descriptor.Elements.ContainsKey("/FontFile") || descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3"));
        _fonts[key] = new FontFact(string.IsNullOrEmpty(name) ? "(sans nom)" : name, subtype, embedded);
    }

    private static void Add<T>(Dictionary<T, SortedSet<int>> map, T key, int page) where T : notnull
    {
        if (!map.TryGetValue(key, out var pages)) map[key] = pages = [];
        pages.Add(page);
    }
}
