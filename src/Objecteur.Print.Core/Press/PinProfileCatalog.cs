namespace Objecteur.Print.Press;

/// <summary>
/// The badge profiles a kit may name: the built-in ones (from the press makers' templates, see DESIGN.md)
/// plus any a kit declares for its own machine, which win over a built-in of the same id.
/// </summary>
public sealed class PinProfileCatalog
{
    private readonly IReadOnlyList<PinProfile> _profiles;

    private PinProfileCatalog(IReadOnlyList<PinProfile> profiles) => _profiles = profiles;

    public static PinProfileCatalog BuiltIn { get; } = new(
    [
        new("25", "25 mm", 25, 35, 21),
        new("32", "32 mm", 32, 43, 28),
        new("38", "38 mm (1½″)", 38.1, 44.5, 33.3),
        new("56", "56 mm (2¼″)", 57.2, 66.7, 50.8),
        new("58", "58 mm", 58, 70, 54),
        new("75", "75 mm (3″)", 76.2, 85.7, 69.9),
    ]);

    public IReadOnlyList<PinProfile> Profiles => _profiles;

    /// <summary>This catalogue with a kit's own profiles added (replacing built-ins of the same id).</summary>
    public PinProfileCatalog With(IEnumerable<PinProfile> kitProfiles)
    {
        var added = kitProfiles.ToList();
        var ids = added.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new PinProfileCatalog(_profiles.Where(p => !ids.Contains(p.Id)).Concat(added).ToList());
    }

    /// <summary>The profile with this id, or a French diagnostic listing the known ids.</summary>
    /// <param name="file">The file, as the user knows it, where the id was written (for the message).</param>
    public PinProfile Get(string id, string file, int line = 0, int column = 0) =>
        _profiles.FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.Ordinal))
        ?? throw new DiagnosticException(new Diagnostic(file, line, column, $"profil de badge inconnu « {id} »",
            $"profils connus : {string.Join(", ", _profiles.Select(p => p.Id))} ; un kit peut déclarer le sien"));
}
