namespace Objecteur.Print.Layout.Elements;

/// <summary>How an element answers « how much room do you need in this space? ».</summary>
public enum SpaceKind
{
    /// <summary>Nothing left to draw (already fully drawn on earlier pages).</summary>
    Empty,
    /// <summary>Everything that is left fits.</summary>
    Full,
    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Nothing fits here; try a fresh page.</summary>
    Wrap,
}

/// <summary>
/// The honest answer of a measure request (after QuestPDF's SpacePlan): pagination, keep-with-next,
/// widows and orphans and « does not fit » errors all follow from these four answers.
/// </summary>
public readonly record struct SpacePlan(SpaceKind Kind, double Width, double Height)
{
    public static SpacePlan Empty => new(SpaceKind.Empty, 0, 0);
    public static SpacePlan Wrap => new(SpaceKind.Wrap, 0, 0);
    public static SpacePlan Full(double width, double height) => new(SpaceKind.Full, width, height);
    public static SpacePlan Partial(double width, double height) => new(SpaceKind.Partial, width, height);

    public bool Fits => Kind is SpaceKind.Full or SpaceKind.Empty;
}
