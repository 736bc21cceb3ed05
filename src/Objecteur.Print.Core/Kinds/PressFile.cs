namespace Objecteur.Print.Kinds;

/// <summary>What a written file is for, which its printing advice follows.</summary>
public enum FileRole
{
    /// <summary>The document itself, <c>{id}.pdf</c>.</summary>
    Document,
    /// <summary>A booklet's pages imposed for saddle stitching on an office printer.</summary>
    Imposed,
    /// <summary>The page that says how to print, fold and staple the imposed booklet.</summary>
    Guide,
    /// <summary>One copy with bleed and crop marks, for a print shop.</summary>
    CropMarked,
    /// <summary>Copies on an A4 sheet, to print duplex and cut.</summary>
    Sheet,
    /// <summary>The same sheet in black and white, without solid areas: the original for a photocopier.</summary>
    Photocopy,
    /// <summary>A booklet's pages in reading order, padded to a multiple of four, with bleed: for a print shop.</summary>
    ShopCopy,
}

/// <summary>A file written for a document: its own PDF, or a print file made from it by the Press
/// stage (an imposed booklet, its guide, a sheet of copies).</summary>
/// <param name="Sheet">For a file printed duplex on sheets the Press laid out: how (its advice says so).</param>
public sealed record PressFile(string Name, byte[] Pdf, int Pages, FileRole Role, SheetFacts? Sheet = null);

/// <summary>How a two-sided file goes through a duplex printer, from the geometry of its sheet.</summary>
/// <param name="Flip">The edge the sheet turns on (<see cref="Press.CardSheet.Flip"/>).</param>
/// <param name="Landscape">Whether the sheet is laid out landscape.</param>
/// <param name="Framed">Copies with a white frame inside their trims (<see cref="Press.OfficeSheet"/>).</param>
/// <param name="Copies">How many copies the sheet holds.</param>
public sealed record SheetFacts(Press.DuplexFlip Flip, bool Landscape, bool Framed, int Copies);
