namespace Objecteur.Print.Content;

/// <summary>
/// Who hands the kit out (kit.yaml, <c>organisation:</c>): the name every document prints, the
/// ways to reach it without internet first (postal address, phone, drop-in hours), then e-mail and
/// website, its logo, its colours and who prints the documents.
/// </summary>
/// <param name="Adresse">Postal address, one line per envelope line; may be empty.</param>
/// <param name="Permanence">Where and when people can come without an appointment.</param>
/// <param name="Logo">PNG or JPEG file, relative to <c>content/</c>.</param>
/// <param name="Tampon">Whether flyers' versos and the booklet's back cover keep a framed blank
/// area where a group that hands them out stamps or writes its own contact.</param>
/// <param name="NomCourt">A shorter name, for where the whole one does not fit (a small badge); may be null.</param>
public sealed record Organisation(
    string Nom,
    IReadOnlyList<string> Adresse,
    string? Telephone,
    string? Courriel,
    string? SiteWeb,
    string? Permanence,
    string? Logo,
    ThemeColours Couleurs,
    Printer Imprimeur,
    bool Tampon,
    string? NomCourt = null)
{
    /// <summary>A value a new kit still has to fill in (written by <c>nouveau-kit</c>).</summary>
    public const string PlaceholderPrefix = "À compléter";

    public static bool IsPlaceholder(string? value) =>
        value is not null && value.TrimStart().StartsWith(PlaceholderPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The keys (as kit.yaml writes them) whose value is still a placeholder.</summary>
    public IReadOnlyList<string> Placeholders()
    {
        var keys = new List<string>();
        void Check(string key, params string?[] values)
        {
            if (values.Any(IsPlaceholder)) keys.Add(key);
        }
        Check("organisation.nom", Nom);
        Check("organisation.adresse", [.. Adresse]);
        Check("organisation.telephone", Telephone);
        Check("organisation.courriel", Courriel);
        Check("organisation.site_web", SiteWeb);
        Check("organisation.permanence", Permanence);
        Check("organisation.imprimeur", [Imprimeur.Nom, .. Imprimeur.Adresse]);
        return keys;
    }

    /// <summary>What <c>objecteur check</c> reminds a kit of, in French: placeholders still in
    /// kit.yaml, and a printer's mention without an address.</summary>
    public IReadOnlyList<string> Reminders()
    {
        var reminders = Placeholders().Select(k => $"{k} : encore « {PlaceholderPrefix} »").ToList();
        if (Imprimeur.Adresse.Count == 0)
            reminders.Add("organisation.adresse : absente, la mention « Imprimé par nos soins » n'a pas d'adresse ; "
                + "la loi du 29 juillet 1881 (art. 3) demande le nom et l'adresse de l'imprimeur sur tout document distribué.");
        return reminders;
    }
}

/// <summary>The kit's colours, « #RRGGBB »: a main and a second colour, the text colour that reads
/// on each, and a light tint of the main colour for backgrounds under black text.</summary>
public sealed record ThemeColours(string Principale, string TexteSurPrincipale, string Secondaire, string TexteSurSecondaire, string Claire)
{
    /// <summary>The colours the kit has always had, so that a kit without <c>couleurs:</c> looks the same.</summary>
    public static readonly ThemeColours Default = new("#8B1E3F", "#FFFFFF", "#1D3557", "#FFFFFF", "#F3E6EA");

    /// <summary>The colour kit.yaml's <c>couleurs:</c> names <paramref name="key"/>, or null.</summary>
    public string? Named(string key) => key switch
    {
        "principale" => Principale,
        "texte_sur_principale" => TexteSurPrincipale,
        "secondaire" => Secondaire,
        "texte_sur_secondaire" => TexteSurSecondaire,
        "claire" => Claire,
        _ => null,
    };
}

/// <summary>Who prints the documents: the mention required on printed matter made public (loi du
/// 29 juillet 1881, art. 3). Without a name, the organisation prints them itself, at its address.</summary>
/// <param name="Nom">The printer's name (a copy shop), or null for « nos soins ».</param>
public sealed record Printer(string? Nom, IReadOnlyList<string> Adresse);
