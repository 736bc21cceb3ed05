using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Style of a run of text: what the line breaker needs to measure it and Render to draw it.
/// </summary>
/// <param name="Face">Font face; widths come from its metrics.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Hyphenate">Whether words in this style may be hyphenated by patterns (headings
/// usually say no); soft hyphens typed in the text are honoured either way.</param>
/// <param name="LineHeight">Line pitch as a multiple of <paramref name="Size"/>; 1.25 gives the
/// comfortable leading of body text.</param>
/// <param name="KeepWords">Whether a word stays whole even where it has its own hyphen
/// (« porte-/monnaie »): large print never leaves a line on a hyphen.</param>
public sealed record TextStyle(FontFace Face, double Size, Color Color, bool Hyphenate = true, double LineHeight = 1.25, bool KeepWords = false);
