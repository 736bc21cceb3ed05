namespace Objecteur.Print.Layout.Text;

/// <summary>
/// A piece of a line in one style, ready to draw.
/// </summary>
/// <param name="X">Offset in points from the line's left edge, after alignment and justification.</param>
/// <param name="Width">Advance width in points of <paramref name="Text"/> as drawn, not counting
/// a trailing word space.</param>
/// <param name="Text">What to draw: soft hyphens removed, a hyphen appended when the line was
/// hyphenated after it, a space appended when a word space separates it from the next
/// fragment (it keeps the words apart for copy-paste); may be empty (only on an empty line, to carry its style's height).</param>
/// <param name="Style">Style to draw with.</param>
public sealed record PositionedFragment(double X, double Width, string Text, TextStyle Style);
