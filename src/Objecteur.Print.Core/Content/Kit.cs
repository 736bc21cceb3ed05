namespace Objecteur.Print.Content;

/// <summary>The organisation that signs the kit's documents (kit.yaml, <c>organisation:</c>).</summary>
public sealed record Organisation(string Nom, string? SiteWeb, IReadOnlyList<string> Contact);

/// <summary>The two kinds of content this stage knows how to load.</summary>
public enum DocumentKind { Statut, Lettre }

/// <summary>One document the kit builds: which content, through which template, with which options.</summary>
/// <param name="Id">File name of the output without extension (<c>output/{Id}.pdf</c>).</param>
/// <param name="Gabarit">Template name: <c>templates/{Gabarit}.hbs</c>.</param>
/// <param name="Contenu">Content file relative to <c>content/</c>.</param>
/// <param name="Options">Free options handed to the template (<c>format: A3</c>…).</param>
public sealed record DocumentSpec(
    string Id, string Titre, DocumentKind Type, string Gabarit, string Contenu,
    IReadOnlyDictionary<string, string> Options, int Line, int Column);

/// <summary>A whole kit: the root folder, its organisation and the documents to build.</summary>
public sealed record Kit(string Root, Organisation Organisation, IReadOnlyList<DocumentSpec> Documents)
{
    public string ContentDirectory => Path.Combine(Root, "content");
    public string TemplateDirectory => Path.Combine(Root, "templates");
}
