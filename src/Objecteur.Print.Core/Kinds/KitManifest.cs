namespace Objecteur.Print.Kinds;

/// <summary>
/// One file the first pass wrote, as the catalogue needs it: plain facts, which
/// <c>templates/catalogue.hbs</c> turns into a title and printing advice.
/// </summary>
/// <param name="Title">The title of the document the file comes from.</param>
/// <param name="Kind">The document's kind (<c>carte</c>, <c>livret</c>…).</param>
/// <param name="TrimWidth">The document's finished width in mm (its first page).</param>
/// <param name="TrimHeight">The document's finished height in mm.</param>
/// <param name="Sheet">For a file printed duplex: the sheet's geometry (<see cref="PressFile.Sheet"/>).</param>
/// <param name="Facts">What the kind adds for its advice (<see cref="DocumentKind.Facts"/>).</param>
public sealed record ManifestFile(
    string Name, byte[] Pdf, int Pages, FileRole Role, string Title, string Kind,
    double TrimWidth, double TrimHeight, SheetFacts? Sheet, IReadOnlyDictionary<string, string> Facts);

/// <summary>What the first pass of a kit build wrote, in order: the catalogue's input.</summary>
public sealed record KitManifest(IReadOnlyList<ManifestFile> Files);
