namespace Objecteur.Print.Content;

/// <summary>A Markdown text and the seed report (or legal.md) it comes from.</summary>
public sealed record SourcedText(string Texte, string Source);

/// <summary>One domain chapter: what is happening, the rights claimed, what to do now.</summary>
/// <param name="Id">The chapter file's name without extension, used as its anchor.</param>
/// <param name="TitreCourt">The running header of its pages.</param>
public sealed record BookletChapter(
    string Id, string Titre, string TitreCourt, string Chapeau, IReadOnlyList<SourcedText> Constats,
    IReadOnlyList<SourcedText> Droits, IReadOnlyList<SourcedText> Actions, SourcedText? Citation,
    IReadOnlyList<SourcedText> PourAllerPlusLoin);

/// <summary>A section of the practical pages, with the sources of its facts.</summary>
public sealed record PracticalSection(string Titre, string Texte, IReadOnlyList<string> Sources);

/// <summary>A page to fill in by hand: a table of <paramref name="Lignes"/> empty rows under its
/// column headings, to keep track of one's dealings with an administration.</summary>
public sealed record BookletJournal(string Titre, string Texte, IReadOnlyList<string> Colonnes, int Lignes, IReadOnlyList<string> Sources);

/// <summary>One workshop's row in the recap table of actions.</summary>
public sealed record RecapRow(string Atelier, IReadOnlyList<string> Actions, string Source);

/// <summary>A contact on the back cover.</summary>
public sealed record Contact(string Nom, string Detail, string Source);

/// <summary>An acronym of the booklet and what it stands for, with where that meaning comes from.</summary>
public sealed record GlossaryEntry(string Sigle, string Sens, string Source);

/// <summary>The acronyms page, in the order the content gives.</summary>
public sealed record Glossary(string Titre, IReadOnlyList<GlossaryEntry> Entrees);

/// <summary>A seed report as the « Sources » page lists it.</summary>
public sealed record BookletSource(string Fichier, string Titre);

/// <summary>
/// The <i>livret de résistance</i> (content/livret/livret.yaml and the chapter files it names).
/// The statute is not part of it: the booklet reuses content/statut.yaml as it is, facing the
/// page that says why the collectives propose it (<paramref name="Pourquoi"/>).
/// </summary>
public sealed record Booklet(
    string Titre, string SousTitre, string Edition, string Presentation,
    string PourquoiTitre, IReadOnlyList<SourcedText> Pourquoi, IReadOnlyList<BookletChapter> Chapitres,
    string PratiqueTitre, IReadOnlyList<PracticalSection> Pratique, BookletJournal Journal,
    string RecapitulatifTitre, string RecapitulatifIntroduction, IReadOnlyList<RecapRow> Recapitulatif,
    string QuatriemeTexte, IReadOnlyList<Contact> Contacts, IReadOnlyList<SourcedText> Aide, IReadOnlyList<BookletSource> Sources,
    Glossary? Lexique, string? Licence);
