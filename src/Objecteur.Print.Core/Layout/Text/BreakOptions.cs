namespace Objecteur.Print.Layout.Text;

/// <summary>How <see cref="LineBreaker"/> breaks one paragraph.</summary>
/// <param name="Align">Alignment of the lines; also selects the spacing model (stretchable
/// interword spaces for <see cref="TextAlign.Justify"/>, fixed ones otherwise).</param>
/// <param name="Hyphenator">Patterns for automatic hyphenation, or <c>null</c> for none. Runs whose
/// style says <see cref="TextStyle.Hyphenate"/> = false are never hyphenated by patterns.</param>
public sealed record BreakOptions(TextAlign Align, Hyphenator? Hyphenator = null);
