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
    /// <summary>A booklet's pages in reading order, padded to a multiple of four, with bleed: for a print shop.</summary>
    ShopCopy,
}

/// <summary>A file written for a document: its own PDF, or a print file made from it by the Press
/// stage (an imposed booklet, its guide, a sheet of copies).</summary>
public sealed record PressFile(string Name, byte[] Pdf, int Pages, FileRole Role);
