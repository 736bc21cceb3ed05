using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Kinds;

/// <summary>The finished size of a laid-out document, which its print files are cut to.</summary>
public static class TrimSize
{
    /// <summary>Width and height in mm of the first page's trim box (the page itself without bleed).</summary>
    public static (double Width, double Height) Mm(LayoutDocument layout)
    {
        var first = layout.Pages[0];
        var trim = first.TrimBox ?? new Rect(0, 0, first.Width, first.Height);
        return (trim.Width / Units.Mm(1), trim.Height / Units.Mm(1));
    }
}
