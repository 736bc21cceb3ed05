namespace Objecteur.Print.Press;

/// <summary>
/// Booklet imposition for saddle stitching: A5 reading pages placed on A4 landscape sheets so that the
/// printed stack, folded in the middle and stapled, reads 1, 2, 3… Pure arithmetic: Render places the pages.
/// </summary>
public static class SaddleStitch
{
    /// <summary>Pages in the booklet once padded: each sheet carries four pages, so P = 4⌈N/4⌉.</summary>
    public static int PaddedPageCount(int pageCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 1);
        return (pageCount + 3) / 4 * 4;
    }

    /// <summary>
    /// The reading page at a padded position, or <c>null</c> for a blank. Blanks go just before the back
    /// cover, never after it: the last page of the document is the back of the booklet. A one-page
    /// document is its own front cover, not a back cover behind three blanks.
    /// </summary>
    public static int? PageAt(int position, int pageCount)
    {
        var padded = PaddedPageCount(pageCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, padded);
        if (position < pageCount) return position;
        if (position == padded) return pageCount == 1 ? null : pageCount;
        return pageCount == 1 && position == 1 ? 1 : null;
    }

    /// <summary>
    /// The sheets, outermost first. Sheet k carries (P−2k | 2k+1) on its front and (2k+2 | P−2k−1) on its
    /// back, left | right.
    /// </summary>
    /// <param name="pageCount">Reading pages N (≥ 1).</param>
    /// <param name="paperThickness">Thickness of one sheet in mm (≈ 0.1 for 80 g/m² office paper); 0 turns
    /// creep compensation off.</param>
    public static IReadOnlyList<BookletSheet> Impose(int pageCount, double paperThickness = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(paperThickness);
        var padded = PaddedPageCount(pageCount);
        var sheetCount = padded / 4;
        BookletSlot Slot(int position) => new(position, PageAt(position, pageCount));
        return Enumerable.Range(0, sheetCount).Select(k => new BookletSheet(k,
            Slot(padded - 2 * k), Slot(2 * k + 1),
            Slot(2 * k + 2), Slot(padded - 2 * k - 1),
            Creep(k, sheetCount, paperThickness))).ToList();
    }

    /// <summary>
    /// Creep compensation of sheet k, in mm toward the spine. Folded sheets nest: each one wraps around all
    /// the sheets inside it, so the inner sheets stick out at the fore-edge and the trim eats their outer
    /// margin. Their pages are therefore moved toward the spine. The total creep is H = t × (sheets − 1)
    /// (one paper thickness per sheet wrapped around the innermost one); it is spread linearly so that the
    /// outermost sheet moves 0 and the innermost moves the whole H: shift(k) = k·H/(sheets − 1) = k·t.
    /// (DESIGN.md's k·H/sheets would leave the innermost sheet short of H by H/sheets.)
    /// </summary>
    public static double Creep(int sheetIndex, int sheetCount, double paperThickness)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sheetCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(sheetIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sheetIndex, sheetCount);
        if (sheetCount == 1) return 0;
        var total = paperThickness * (sheetCount - 1);
        return sheetIndex * total / (sheetCount - 1);
    }
}
