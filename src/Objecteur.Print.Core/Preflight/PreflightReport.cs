using Objecteur.Print.Render;

namespace Objecteur.Print.Preflight;

/// <summary>A page's boxes (PDF 32000-1 §14.11.2), each null when the page does not set it.</summary>
public sealed record PageFacts(int Number, PdfBox Media, PdfBox? Crop, PdfBox? Trim, PdfBox? Bleed, PdfBox? Art)
{
    /// <summary>The bleed box as a reader takes it: missing, it is the crop box, itself the media box.</summary>
    public PdfBox EffectiveBleed => Bleed ?? Crop ?? Media;

    /// <summary>How far the artwork may run past the cut, in points (null without a trim box).</summary>
    public double? BleedMargin => Trim is { } trim ? EffectiveBleed.MarginAround(trim) : null;
}

/// <summary>A stream a reader that checks zlib data would complain about.</summary>
public sealed record StreamFault(int Object, PdfStreams.ZlibState State);

/// <summary>One entry of the catalogue's <c>/OutputIntents</c>.</summary>
public sealed record OutputIntentFact(string Subtype, string Condition, string Registry, bool EmbeddedProfile);

/// <summary>
/// What the preflight found in a PDF, and its verdict: <see cref="Refusals"/> lists what a copy
/// shop would send back (the file cannot be printed as it is meant), <see cref="Notices"/> what it
/// would print anyway but one should know. A file that claims PDF/X-1a (<c>/GTS_PDFXVersion</c>)
/// is held to what that standard forbids: RGB, transparency, no output intent.
/// </summary>
public sealed record PreflightReport(
    string Version,
    IReadOnlyList<PageFacts> Pages,
    IReadOnlyList<FontFact> Fonts,
    IReadOnlyDictionary<ColourSpace, IReadOnlySet<int>> Colours,
    IReadOnlyDictionary<TextColour, IReadOnlySet<int>> TextColours,
    IReadOnlyList<ImageFact> Images,
    int StreamCount,
    IReadOnlyList<StreamFault> StreamFaults,
    IReadOnlyDictionary<string, IReadOnlySet<int>> Transparencies,
    IReadOnlySet<int> UnreadablePages,
    IReadOnlyList<OutputIntentFact> OutputIntents,
    string? PdfX,
    string? Trapped)
{
    /// <summary>What print shops ask for around the cut (their usual « fond perdu »).</summary>
    public const double RequiredBleedMm = 3;

    /// <summary>Below this on paper, an image prints visibly blurred: shops refuse it.</summary>
    public const double RefusedPpi = 150;

    /// <summary>What shops ask for: between the two they print and warn.</summary>
    public const double WantedPpi = 300;

    /// <summary>Half a tenth of a millimetre: a box written rounded to hundredths of a point is still right.</summary>
    private const double ToleranceMm = 0.05;

    /// <summary>The report of a file PDFsharp cannot open.</summary>
    public static PreflightReport Unreadable { get; } = new("", [], [], new Dictionary<ColourSpace, IReadOnlySet<int>>(),
        new Dictionary<TextColour, IReadOnlySet<int>>(), [], 0, [], new Dictionary<string, IReadOnlySet<int>>(), new HashSet<int>(), [], null, null);

    public bool IsReadable => Pages.Count > 0;

    public bool ClaimsPdfX1a => PdfX?.StartsWith("PDF/X-1", StringComparison.Ordinal) == true;

    public bool Accepted => Refusals.Count == 0;

    public IReadOnlyList<string> Refusals => _refusals ??= Judge().Where(j => j.Refused).Select(j => j.Text).ToList();
    private IReadOnlyList<string>? _refusals;

    public IReadOnlyList<string> Notices => _notices ??= Judge().Where(j => !j.Refused).Select(j => j.Text).ToList();
    private IReadOnlyList<string>? _notices;

    /// <summary>What was measured, one French line per subject, for the report.</summary>
    public IEnumerable<string> Describe()
    {
        if (!IsReadable) yield break;
        yield return $"{Pages.Count} page{(Pages.Count > 1 ? "s" : "")}, PDF {Version}{(PdfX is null ? "" : $", se dit conforme à {PdfX}")}";
        foreach (var (pages, text) in Grouped(Pages, DescribePage)) yield return $"{Range(pages)} : {text}";

        var missing = Fonts.Where(f => !f.Embedded).ToList();
        yield return Fonts.Count == 0 ? "polices : aucune"
            : missing.Count == 0 ? $"polices : {Fonts.Count}, toutes incluses ({string.Join(", ", Fonts.Select(f => f.Name))})"
            : $"polices : {Fonts.Count}, dont {missing.Count} non incluse{(missing.Count > 1 ? "s" : "")} ({string.Join(", ", missing.Select(f => f.Name))})";

        yield return Colours.Count == 0 ? "couleurs : aucune"
            : "couleurs : " + string.Join(" ; ", Colours.OrderBy(c => c.Key.French, StringComparer.Ordinal).Select(c => $"{c.Key.French} ({Range(c.Value)})"));
        var blacks = TextColours.Keys.Where(t => t.IsBlack).ToList();
        yield return blacks.Count == 0 ? "texte noir : aucun"
            : blacks.All(b => b.IsPureK) ? "texte noir : en noir seul (100 % K)"
            : "texte noir : " + string.Join(" ; ", blacks.Where(b => !b.IsPureK).Select(b => $"{BlackName(b)} ({Range(TextColours[b])})"));

        if (Images.Count == 0) yield return "images : aucune";
        else
        {
            var lowest = Images.MinBy(i => i.Ppi)!;
            yield return $"images : {Images.Count}, la moins définie à {Ppi(lowest.Ppi)} ppp sur le papier (page {lowest.Page}, {lowest.PixelWidth} × {lowest.PixelHeight} pixels)";
        }

        yield return StreamFaults.Count == 0
            ? $"flux : {StreamCount}, tous lisibles"
            : $"flux : {StreamCount}, dont {StreamFaults.Count} endommagé{(StreamFaults.Count > 1 ? "s" : "")}";
        yield return Transparencies.Count == 0 ? "transparence : aucune"
            : "transparence : " + string.Join(" ; ", Transparencies.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} ({Range(t.Value)})"));
        yield return OutputIntents.Count == 0 ? "profil de sortie (OutputIntent) : aucun"
            : "profil de sortie (OutputIntent) : " + string.Join(" ; ", OutputIntents.Select(DescribeIntent));
    }

    private readonly record struct Judgement(bool Refused, string Text);

    private List<Judgement> Judge()
    {
        var list = new List<Judgement>();
        if (!IsReadable)
        {
            list.Add(new(true, "le fichier n'est pas un PDF lisible (abîmé, incomplet ou protégé par un mot de passe)"));
            return list;
        }
        void Refuse(string text) => list.Add(new(true, text));
        void Notice(string text) => list.Add(new(false, text));

        foreach (var (pages, text) in Grouped(Pages.Where(p => p.Trim is null).ToList(), _ => ""))
            Refuse($"{Range(pages)} : pas de format fini (TrimBox) : l'imprimerie ne sait pas où couper");
        foreach (var (pages, text) in Grouped(Pages.Where(p => p.Trim is { } t && p.Media.MarginAround(t) < -Units(ToleranceMm)).ToList(), _ => ""))
            Refuse($"{Range(pages)} : le format fini (TrimBox) dépasse de la page (MediaBox)");
        foreach (var (pages, text) in Grouped(Pages.Where(p => p.BleedMargin is { } m && m < Units(RequiredBleedMm - ToleranceMm)).ToList(),
                     p => Mm(p.BleedMargin!.Value)))
            Refuse($"{Range(pages)} : fond perdu de {text} mm autour du format fini ; il en faut {Mm(Units(RequiredBleedMm))} mm (BleedBox)");
        foreach (var (pages, _) in Grouped(Pages.Where(p => p.Trim is not null && p.Bleed is null && p.BleedMargin >= Units(RequiredBleedMm - ToleranceMm)).ToList(), _ => ""))
            Notice($"{Range(pages)} : pas de BleedBox ; le fond perdu est pris jusqu'au bord de la page");
        var trims = Pages.Where(p => p.Trim is not null).Select(p => (Mm(p.Trim!.Value.Width), Mm(p.Trim!.Value.Height))).Distinct().ToList();
        if (trims.Count > 1)
            Notice($"formats finis différents dans un même fichier : {string.Join(", ", trims.Select(t => $"{t.Item1} × {t.Item2} mm"))}");

        foreach (var font in Fonts.Where(f => !f.Embedded))
            Refuse($"police « {font.Name} » non incluse : l'imprimerie la remplacera par une autre");
        foreach (var fault in StreamFaults)
            Refuse($"objet {fault.Object} : flux compressé {StreamFault(fault.State)}");
        foreach (var page in UnreadablePages)
            Refuse($"page {page} : contenu illisible (un de ses flux ne se décompresse pas)");

        foreach (var image in Images.Where(i => i.Ppi < RefusedPpi))
            Refuse($"page {image.Page} : image de {image.PixelWidth} × {image.PixelHeight} pixels imprimée à {Ppi(image.Ppi)} ppp ; il en faut au moins {Ppi(RefusedPpi)} (idéalement {Ppi(WantedPpi)})");
        foreach (var image in Images.Where(i => i.Ppi >= RefusedPpi && i.Ppi < WantedPpi - 0.5))
            Notice($"page {image.Page} : image imprimée à {Ppi(image.Ppi)} ppp, un peu floue de près (l'idéal : {Ppi(WantedPpi)})");

        var rgb = Colours.Where(c => c.Key.IsRgb).ToList();
        foreach (var (space, pages) in rgb)
        {
            if (ClaimsPdfX1a) Refuse($"{Range(pages)} : couleurs en {space.French}, interdites en PDF/X-1a");
            else Notice($"{Range(pages)} : couleurs en {space.French} : l'imprimerie les convertira en CMJN à sa façon");
        }
        foreach (var black in TextColours.Keys.Where(t => t.IsBlack && !t.IsPureK))
            Notice($"{Range(TextColours[black])} : texte en {BlackName(black)} : les petits caractères bavent (il faut du noir seul, 0 0 0 1 k)");
        foreach (var (what, pages) in Transparencies.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (ClaimsPdfX1a) Refuse($"{Range(pages)} : {what}, interdit en PDF/X-1a");
            else if (what != PreflightFindings.PageGroup) Notice($"{Range(pages)} : {what} : l'imprimerie aplatira la transparence");
        }

        if (ClaimsPdfX1a)
        {
            if (!OutputIntents.Any(i => i.Subtype == "GTS_PDFX" && (i.EmbeddedProfile || i.Condition.Length > 0)))
                Refuse("se dit PDF/X-1a sans profil de sortie GTS_PDFX (OutputIntent) qui nomme une condition d'impression");
            if (string.CompareOrdinal(Version, "1.4") > 0)
                Refuse($"se dit PDF/X-1a:2003, qui est du PDF 1.4 au plus, mais est en PDF {Version}");
            if (Trapped is not ("True" or "False"))
                Refuse("se dit PDF/X-1a sans dire s'il est grossi-maigri (/Trapped /True ou /False dans Info)");
            foreach (var page in Pages.Where(p => p.Trim is null && p.Art is null))
                Refuse($"page {page.Number} : ni TrimBox ni ArtBox, obligatoires en PDF/X-1a");
        }
        else if (OutputIntents.Count == 0)
            Notice("pas de profil de sortie (OutputIntent) : l'imprimerie choisira ses conditions d'impression");
        return list;
    }

    private static string DescribePage(PageFacts page)
    {
        var text = $"page {Size(page.Media)} mm";
        if (page.Trim is not { } trim) return text + " ; pas de format fini (TrimBox)";
        text += $" ; format fini (TrimBox) {Size(trim)} mm";
        return page.Bleed is { } bleed
            ? text + $" ; BleedBox à {Mm(bleed.MarginAround(trim))} mm du format fini"
            : text + $" ; pas de BleedBox (page à {Mm(page.EffectiveBleed.MarginAround(trim))} mm du format fini)";
    }

    private static string DescribeIntent(OutputIntentFact intent)
    {
        var text = $"{intent.Subtype} « {intent.Condition} »";
        if (intent.Registry.Length > 0) text += $" (registre {intent.Registry})";
        return text + (intent.EmbeddedProfile ? ", profil ICC inclus" : ", sans profil inclus");
    }

    private static string BlackName(TextColour black) => black.Space.Family switch
    {
        "DeviceRGB" => "noir RVB (0 0 0 rg), converti en noir des quatre encres",
        _ => $"noir enrichi ({black.Components} k)",
    };

    private static string StreamFault(PdfStreams.ZlibState state) => state switch
    {
        PdfStreams.ZlibState.NotZlib => "qui ne commence pas par un en-tête zlib",
        PdfStreams.ZlibState.Damaged => "endommagé : il ne se décompresse pas",
        _ => "incomplet ou endommagé : sa somme de contrôle (Adler-32) manque ou est fausse",
    };

    /// <summary>Consecutive pages that read the same, as one line.</summary>
    private static List<(List<int> Pages, string Text)> Grouped(IReadOnlyList<PageFacts> pages, Func<PageFacts, string> describe)
    {
        var groups = new List<(List<int>, string)>();
        foreach (var page in pages)
        {
            var text = describe(page);
            if (groups.Count > 0 && groups[^1].Item2 == text && groups[^1].Item1[^1] == page.Number - 1) groups[^1].Item1.Add(page.Number);
            else groups.Add(([page.Number], text));
        }
        return groups;
    }

    /// <summary>« page 3 », « pages 1–4 », « pages 1, 3–5 ».</summary>
    private static string Range(IEnumerable<int> pages)
    {
        var sorted = pages.Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j == i ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }
        return (sorted.Count == 1 ? "page " : "pages ") + string.Join(", ", parts);
    }

    private static double Units(double mm) => mm * 72 / 25.4;

    private static string Mm(double points) => Math.Round(points * 25.4 / 72, 1).ToString("0.#", French.Culture);

    private static string Size(PdfBox box) => $"{Mm(box.Width)} × {Mm(box.Height)}";

    private static string Ppi(double ppi) => Math.Floor(ppi).ToString("0", French.Culture);
}
