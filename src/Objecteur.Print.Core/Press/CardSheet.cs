namespace Objecteur.Print.Press;

/// <summary>Pieces placed N-up on one sheet, with the crop marks to cut them out.</summary>
/// <param name="Sheet">The sheet in the orientation chosen.</param>
/// <param name="SharedColumnCuts">Neighbouring columns are butted: one cut between them, no bleed there.</param>
/// <param name="SharedRowCuts">Neighbouring rows are butted.</param>
/// <param name="Marks">Crop marks on the recto (cuts are made looking at the recto). Each cut line is marked
/// once, at the edges of the grid and in gutters wide enough to hold a mark without touching any bleed.</param>
/// <param name="VersoMarks">The same marks where they land on the verso, in its own coordinates (turned over
/// with the sheet, as the cells are): for a page that must show its cuts on both sides.</param>
/// <param name="Flip">How the sheet must turn in the duplex printer for the versos to land as placed.</param>
/// <param name="Frame">The white frame inside each trim (<see cref="CardGridOptions.Frame"/>), 0 for none.</param>
public sealed record CardSheet(SheetSize Sheet, int Columns, int Rows, bool SharedColumnCuts, bool SharedRowCuts,
    IReadOnlyList<CardCell> Cells, IReadOnlyList<CropMark> Marks, IReadOnlyList<CropMark> VersoMarks, DuplexFlip Flip, double Frame);
