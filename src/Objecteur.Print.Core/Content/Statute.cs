namespace Objecteur.Print.Content;

/// <summary>A bibliographic source (one of the seed reports) that articles cite by id.</summary>
public sealed record Source(string Id, string Titre);

/// <summary>One article of the statute; <see cref="Texte"/> is Markdown. <see cref="Court"/> is
/// its right in one line, for the poster read from a distance (the title when absent).</summary>
public sealed record Article(int Numero, string Titre, string Court, string Texte, IReadOnlyList<string> Ateliers, IReadOnlyList<string> Sources);

/// <summary>The <i>statut d'objecteur·trice du numérique</i> (content/statut.yaml).
/// <see cref="AppelCourt"/> is the poster's one call to action.</summary>
public sealed record Statute(
    string Titre, string SousTitre, string Etat, string Preambule,
    IReadOnlyList<Article> Articles, string? Appel, string? AppelCourt, IReadOnlyList<Source> Sources);
