namespace Objecteur.Print.Layout.Text;

/// <summary>How <see cref="LineBreaker"/> breaks one paragraph.</summary>
/// <param name="Align">Alignment of the lines; also selects the spacing model (stretchable
/// interword spaces for <see cref="TextAlign.Justify"/>, fixed ones otherwise).</param>
/// <param name="Hyphenator">Patterns for automatic hyphenation, or <c>null</c> for none. Runs whose
/// style says <see cref="TextStyle.Hyphenate"/> = false are never hyphenated by patterns.</param>
/// <param name="SpacesOnly">Break at spaces and forced breaks only: not after a typed hyphen
/// (« face-à-/face ») nor at a soft hyphen, as a heading must.</param>
/// <param name="Balanced">Make the lines of a ragged paragraph about as long as each other, with
/// as many lines as filling them would give (a heading over two lines is halved, not one line
/// and a stub); ignored for justified text, whose lines are full anyway.</param>
public sealed record BreakOptions(TextAlign Align, Hyphenator? Hyphenator = null, bool SpacesOnly = false, bool Balanced = false);
