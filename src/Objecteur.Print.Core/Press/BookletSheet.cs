namespace Objecteur.Print.Press;

/// <summary>
/// One A4 landscape sheet of a saddle-stitched booklet: two A5 pages on each side, printed duplex with a
/// flip on the short edge (the back is turned like a book page, so the back-left half lies behind the
/// front-right half).
/// </summary>
/// <param name="Index">0 for the outermost sheet (it carries the covers), growing inwards.</param>
/// <param name="Creep">How far (mm) every page of this sheet moves <em>toward the spine</em> to make up
/// for creep; 0 for the outermost sheet. See <see cref="SaddleStitch.Creep"/>.</param>
public sealed record BookletSheet(int Index, BookletSlot FrontLeft, BookletSlot FrontRight, BookletSlot BackLeft, BookletSlot BackRight, double Creep)
{
    /// <summary>Horizontal shift (mm, + = rightwards) of a left-hand page's content: toward the fold in the middle.</summary>
    public double LeftPageShift => Creep;

    /// <summary>Horizontal shift (mm, + = rightwards) of a right-hand page's content: toward the fold, so leftwards.</summary>
    public double RightPageShift => -Creep;
}
