namespace Objecteur.Print.Content;

/// <summary>The organisation that signs the kit's documents (kit.yaml, <c>organisation:</c>).</summary>
public sealed record Organisation(string Nom, string? SiteWeb, IReadOnlyList<string> Contact);

/// <summary>The kinds of document a kit builds.</summary>
public enum DocumentKind
{
    Statut,
    Lettre,
    /// <summary>The envelope calibration sheet: no content file, only the kit's letter settings.</summary>
    Calibrage,
    /// <summary>The resistance booklet (content/livret/livret.yaml), with the statute inside.</summary>
    Livret,
    /// <summary>Badge faces (content/pins/*.yaml), packed on A4 for a button press.</summary>
    Badges,
    /// <summary>A flyer (content/tracts/*.yaml), recto-verso with bleed.</summary>
    Tract,
}

/// <summary>A booklet's print files for an office printer (kit.yaml, <c>imposition:</c>): the pages
/// imposed for saddle stitching, and the one-page guide that says how to print, fold and staple.</summary>
/// <param name="PaperThickness">Sheet thickness in mm for creep compensation; 0 for none.</param>
public sealed record ImpositionSpec(string Fichier, string Guide, double PaperThickness);

/// <summary>One document the kit builds: which content, through which template, with which options.</summary>
/// <param name="Id">File name of the output without extension (<c>output/{Id}.pdf</c>).</param>
/// <param name="Gabarit">Template name: <c>templates/{Gabarit}.hbs</c>.</param>
/// <param name="Contenu">Content file relative to <c>content/</c>.</param>
/// <param name="Options">Free options handed to the template (<c>format: A3</c>…).</param>
/// <param name="Imposition">For a booklet: the imposed version and its print guide to write too.</param>
public sealed record DocumentSpec(
    string Id, string Titre, DocumentKind Type, string Gabarit, string Contenu,
    IReadOnlyDictionary<string, string> Options, int Line, int Column, ImpositionSpec? Imposition = null)
{
    /// <summary>Every file this document writes in output/.</summary>
    public IEnumerable<string> Files => Imposition is { } i ? [Id + ".pdf", i.Fichier + ".pdf", i.Guide + ".pdf"] : [Id + ".pdf"];
}

/// <summary>
/// Where the window of the kit's envelopes lies on the A4 sheet folded in three (kit.yaml,
/// <c>lettres: fenetre:</c>). Windows differ between makers: the calibration sheet shows this
/// rectangle so that a user can check it against their envelopes and shift it.
/// </summary>
public sealed record LetterSettings(MmRect Window)
{
    /// <summary>KOMA-Script's NF.lco: a 100 × 45 mm window, 35 mm from the top, 10 mm from the right edge.</summary>
    public static readonly LetterSettings Default = new(new MmRect(100, 35, 100, 45));

    /// <summary>The address text inside the window: indented 10 mm as in NF.lco, with a margin
    /// on the other sides so that a slipping sheet does not hide a line.</summary>
    public MmRect AddressZone => new(Window.X + 10, Window.Y + 5, Window.Width - 15, Window.Height - 7);
}

/// <summary>A whole kit: the root folder, its organisation and the documents to build.</summary>
public sealed record Kit(string Root, Organisation Organisation, IReadOnlyList<DocumentSpec> Documents, LetterSettings Letters)
{
    public string ContentDirectory => Path.Combine(Root, "content");
    public string TemplateDirectory => Path.Combine(Root, "templates");
}
