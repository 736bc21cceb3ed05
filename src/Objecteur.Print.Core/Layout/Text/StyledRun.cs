namespace Objecteur.Print.Layout.Text;

/// <summary>
/// A run of paragraph text in one style, already passed through <see cref="FrenchTypography"/>.
/// A paragraph is a list of runs; a word may continue from one run into the next (a style change
/// inside a word), and is then never broken at the style change.
/// </summary>
/// <param name="Text">The text; <c>'\n'</c> inside it is a forced line break, U+00AD a soft
/// hyphen (a possible break, drawn only when used), U+00A0 and U+202F spaces that never break.</param>
/// <param name="Style">The style of every character of <paramref name="Text"/>.</param>
public sealed record StyledRun(string Text, TextStyle Style);
