namespace Objecteur.Print.Content;

/// <summary>
/// What the Content stage knows of a kind of document (kit.yaml, <c>type:</c>): its name and which
/// keys a document of that kind accepts. The kinds themselves — their template model, print files
/// and advice — belong to the layer above the stages (<c>Objecteur.Print.Kinds</c>), which hands
/// these rules to <see cref="KitLoader"/>.
/// </summary>
/// <param name="Name">The <c>type:</c> value in kit.yaml (<c>lettre</c>, <c>livret</c>…).</param>
/// <param name="NeedsContent">Whether <c>contenu:</c> is required (not for a sheet made from settings alone).</param>
/// <param name="Imposable">Whether <c>imposition:</c> is accepted (a booklet).</param>
/// <param name="CutPiece">A piece cut from a larger sheet (flyer, card): the document also comes as one
/// copy with crop marks outside the bleed, the file a print shop asks for, and as copies on an A4 sheet
/// for an office printer.</param>
/// <param name="PhotocopyMaster">A cut piece that also comes as a black-and-white original to photocopy (a flyer).</param>
public sealed record KindRules(string Name, bool NeedsContent = true, bool Imposable = false, bool CutPiece = false, bool PhotocopyMaster = false);

/// <summary>A booklet's print files (kit.yaml, <c>imposition:</c>): for an office printer, the pages
/// imposed for saddle stitching and the one-page guide that says how to print, fold and staple; for a
/// print shop, the pages in reading order padded to a multiple of four, with bleed.</summary>
/// <param name="PaperThickness">Sheet thickness in mm for creep compensation; 0 for none.</param>
/// <param name="Imprimerie">Name of the print-shop copy, or <c>null</c> for none.</param>
/// <param name="ShopBleed">Bleed of the print-shop copy, in mm.</param>
public sealed record ImpositionSpec(string Fichier, string Guide, double PaperThickness, string? Imprimerie = null, double ShopBleed = 3);

/// <summary>One document the kit builds: which content, through which template, with which options.</summary>
/// <param name="Id">File name of the output without extension (<c>output/{Id}.pdf</c>).</param>
/// <param name="Kind">What kind of document it is (kit.yaml, <c>type:</c>).</param>
/// <param name="Gabarit">Template name: <c>templates/{Gabarit}.hbs</c>.</param>
/// <param name="Contenu">Content file relative to <c>content/</c>.</param>
/// <param name="Options">Free options handed to the template (<c>format: A3</c>…).</param>
/// <param name="Imposition">For a booklet: the imposed version and its print guide to write too.</param>
public sealed record DocumentSpec(
    string Id, string Titre, KindRules Kind, string Gabarit, string Contenu,
    IReadOnlyDictionary<string, string> Options, int Line, int Column, ImpositionSpec? Imposition = null)
{
    /// <summary>The kind's name, as written in kit.yaml (<c>type: carte</c>).</summary>
    public string Type => Kind.Name;

    /// <summary>Every file this document writes in output/.</summary>
    public IEnumerable<string> Files =>
        new[] { Id }.Concat(Imposition is { } i ? new[] { i.Fichier, i.Guide, i.Imprimerie }.OfType<string>() : [])
            .Concat(HasCropMarkedCopy ? [CropMarkedCopy, OfficeSheet] : []).Concat(Kind.PhotocopyMaster ? [BlackAndWhite] : []).Select(f => f + ".pdf");

    /// <summary>See <see cref="KindRules.CutPiece"/>.</summary>
    public bool HasCropMarkedCopy => Kind.CutPiece;

    public string CropMarkedCopy => Id + "-traits-de-coupe";

    /// <summary>Copies on an A4 sheet for an office printer (see <see cref="KindRules.CutPiece"/>).</summary>
    public string OfficeSheet => Id + "-planche-a4";

    /// <summary>The black-and-white original to photocopy (see <see cref="KindRules.PhotocopyMaster"/>).</summary>
    public string BlackAndWhite => Id + "-noir-et-blanc";
}

/// <summary>
/// Where the window of the kit's envelopes lies on the A4 sheet folded in three (kit.yaml,
/// <c>lettres: fenetre:</c>), measured with the folded sheet resting at the bottom of the envelope,
/// as it stands in a sorting machine. Windows differ between makers: the calibration sheet shows this
/// rectangle so that a user can check it against their envelopes and shift it.
/// templates/README.md gives the sources and the computation.
/// </summary>
public sealed record LetterSettings(MmRect Window)
{
    /// <summary>KOMA-Script's NF.lco: a 100 × 45 mm window, 35 mm from the top, 10 mm from the right edge
    /// (one layout among the makers' ones, not a standard).</summary>
    public static readonly LetterSettings Default = new(new MmRect(100, 35, 100, 45));

    /// <summary>The first fold of the sheet, 99 mm from the top; the second one lies at twice that.</summary>
    public const double Fold = 99;

    /// <summary>How far the folded sheet (210 × 99 mm) moves inside a DL envelope (220 × 110 mm).</summary>
    public const double PlayAcross = 220 - 210, PlayDown = 110 - Fold;

    /// <summary>Room kept between the top of the window and the first line when the sheet rises.</summary>
    private const double Margin = 4;

    /// <summary>The smallest address zone a window must leave: 6 lines of 38 characters.</summary>
    public const double MinZoneWidth = 70, MinZoneHeight = 25;

    /// <summary>The address text inside the window, where it shows wherever the sheet sits: indented
    /// 10 mm as in NF.lco and as far from the right edge (the sheet slides 10 mm across); its top
    /// lies the sheet's rise (11 mm) plus a margin below the window's top, its bottom 1 mm above the
    /// window's bottom.</summary>
    public MmRect AddressZone => new(Window.X + PlayAcross, Window.Y + PlayDown + Margin,
        Window.Width - 2 * PlayAcross, Window.Height - PlayDown - Margin - 1);
}

/// <summary>A button press the kit declares (kit.yaml, <c>badges: profils:</c>), in mm: the visible
/// face, the circle to cut (the paper wraps round the badge's edge) and the safe circle for text.</summary>
public sealed record BadgeMachine(string Id, string Nom, double Face, double Coupe, double Securite);

/// <summary>A whole kit: the root folder, its organisation and the documents to build.</summary>
public sealed record Kit(string Root, Organisation Organisation, IReadOnlyList<DocumentSpec> Documents, LetterSettings Letters,
    IReadOnlyList<BadgeMachine> BadgeMachines)
{
    public string ContentDirectory => Path.Combine(Root, "content");
    public string TemplateDirectory => TemplateDirectoryOf(Root);

    /// <summary>The templates' folder of the kit at <paramref name="root"/> (a full path).</summary>
    public static string TemplateDirectoryOf(string root) => Path.Combine(root, "templates");
}
