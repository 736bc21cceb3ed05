namespace Objecteur.Print.Layout.Text;

/// <summary>How the lines of a paragraph sit within their width.</summary>
public enum TextAlign
{
    Left,
    Center,
    Right,
    /// <summary>Flush on both sides by stretching interword spaces; the last line and lines ended
    /// by a forced break stay flush left, as in all book typography.</summary>
    Justify,
    /// <summary>Flush with the page's outer edge: right on a recto (odd page), left on a verso,
    /// as running heads sit in a bound book. Only a paragraph, which knows its page, resolves it;
    /// the line breaker sets it flush left.</summary>
    Outside,
}
