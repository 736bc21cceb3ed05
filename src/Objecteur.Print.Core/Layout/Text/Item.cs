namespace Objecteur.Print.Layout.Text;

/// <summary>Kinds of <see cref="Item"/>, as in Knuth and Plass, "Breaking paragraphs into lines" (1981).</summary>
internal enum ItemKind : byte
{
    /// <summary>Something to draw that cannot be broken: a word or a piece of one.</summary>
    Box,
    /// <summary>An interword space: a possible break, discarded at line ends.</summary>
    Glue,
    /// <summary>Glue of infinite stretch (TeX's <c>\parfillskip</c>), put before forced breaks so
    /// that the last line of a paragraph or before a <c>'\n'</c> is not stretched.</summary>
    Fill,
    /// <summary>A possible break inside a word or a forced break, with a cost.</summary>
    Penalty,
}

/// <summary>
/// One element of the list a paragraph is turned into before breaking. Kept as a small struct in
/// one array, because the breaker walks it many times per paragraph.
/// </summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Width">Box and glue: natural width (pt). Penalty: width of the hyphen drawn if the
/// line breaks here (0 for an explicit hyphen or a forced break).</param>
/// <param name="Stretch">Glue: how much it may grow (pt).</param>
/// <param name="Shrink">Glue: how much it may shrink (pt).</param>
/// <param name="Cost">Penalty: cost of breaking here; <see cref="double.NegativeInfinity"/> forces
/// a break.</param>
/// <param name="Flagged">Penalty: a break after a hyphen, so that two in a row cost extra. Glue: a
/// tie (TeX's <c>~</c>), a space that stretches and shrinks like the others but is never a break.</param>
/// <param name="Run">Index of the run whose style the item has.</param>
/// <param name="Start">Box: first character in the run's text.</param>
/// <param name="Length">Box: number of characters (never includes a soft hyphen).</param>
internal readonly record struct Item(
    ItemKind Kind, double Width, double Stretch, double Shrink, double Cost, bool Flagged, int Run, int Start, int Length)
{
    public const double Forced = double.NegativeInfinity;

    public static Item Box(int run, int start, int length, double width) =>
        new(ItemKind.Box, width, 0, 0, 0, false, run, start, length);

    public static Item Glue(int run, double width, double stretch, double shrink) =>
        new(ItemKind.Glue, width, stretch, shrink, 0, false, run, 0, 0);

    public static Item Tie(int run, double width, double stretch, double shrink) =>
        new(ItemKind.Glue, width, stretch, shrink, 0, true, run, 0, 0);

    public static Item Fill(int run) => new(ItemKind.Fill, 0, 0, 0, 0, false, run, 0, 0);

    public static Item Penalty(int run, double width, double cost, bool flagged) =>
        new(ItemKind.Penalty, width, 0, 0, cost, flagged, run, 0, 0);

    public static Item ForcedBreak(int run) => new(ItemKind.Penalty, 0, 0, 0, Forced, false, run, 0, 0);

    public bool IsForcedBreak => Kind == ItemKind.Penalty && double.IsNegativeInfinity(Cost);

    /// <summary>A penalty with a width draws a hyphen when the line breaks there.</summary>
    public bool AddsHyphen => Kind == ItemKind.Penalty && Width > 0;
}
