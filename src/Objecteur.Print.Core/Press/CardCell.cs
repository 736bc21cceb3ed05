namespace Objecteur.Print.Press;

/// <summary>One piece of an N-up sheet, recto and verso.</summary>
/// <param name="Index">Reading order on the sheet (row by row, left to right on the recto).</param>
/// <param name="Trim">The finished piece on the recto.</param>
/// <param name="Artwork">The area the recto artwork fills: the trim plus the bleed, except on a side butted
/// against a neighbour (one shared cut there, so the artwork stops at the trim); or the trim less its
/// white frame (<see cref="CardGridOptions.Frame"/>).</param>
/// <param name="VersoTrim">Where the back of the same piece is, in the verso page's own coordinates:
/// the recto trim turned over with the sheet (see <see cref="SheetSize.Verso"/>).</param>
/// <param name="VersoArtwork">The verso counterpart of <paramref name="Artwork"/>.</param>
public sealed record CardCell(int Index, int Row, int Column, MmRect Trim, MmRect Artwork, MmRect VersoTrim, MmRect VersoArtwork);
