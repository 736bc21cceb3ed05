using Objecteur.Print.Content;

namespace Objecteur.Print.Kinds;

/// <summary>
/// Every kind of document the kit can build, in one place (as <c>ElementRegistry</c> gathers the
/// markup elements): adding a kind is adding one class, one line here, its template and its content.
/// </summary>
public sealed class KindRegistry
{
    public static readonly KindRegistry Default = new(
    [
        new StatuteKind(), new LetterKind(), new CalibrationKind(), new BookletKind(),
        new BadgesKind(), new TractKind(), new CardKind(), new CatalogueKind(),
    ]);

    private readonly Dictionary<string, DocumentKind> _kinds;

    public KindRegistry(IReadOnlyList<DocumentKind> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Rules.Name, StringComparer.Ordinal);
        Kinds = kinds;
        Rules = kinds.Select(k => k.Rules).ToList();
    }

    /// <summary>The kinds in order, to make a registry with one more (a kit's own kind).</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; }

    /// <summary>What the Content stage needs to read kit.yaml: each kind's name and keys, in order.</summary>
    public IReadOnlyList<KindRules> Rules { get; }

    /// <summary>The kind of a document read from kit.yaml (which only names kinds listed here).</summary>
    public DocumentKind Of(DocumentSpec spec) => this[spec.Type];

    public DocumentKind this[string name] => _kinds[name];
}
