namespace Objecteur.Print.Layout.Text;

/// <summary>
/// One line of a broken paragraph.
/// </summary>
/// <param name="Fragments">The pieces of the line, left to right. An empty line (two forced
/// breaks in a row) holds one empty fragment so that it still has a style and a height.</param>
/// <param name="AvailableWidth">The width the line was broken for, in points.</param>
/// <param name="NaturalWidth">Width of the content at natural interword spacing, including an
/// added hyphen; a justified line is stretched or shrunk from this to the available width.</param>
/// <param name="EndsWithHyphen">True when the breaker added a hyphen at the end (hyphenation
/// point or soft hyphen); false after an explicit hyphen, which belongs to the text.</param>
/// <param name="IsLast">True for the paragraph's last line.</param>
/// <param name="EndsInsideWord">True when the line ends inside a word: at a hyphenation point, after
/// an explicit hyphen, or (last resort) between two characters of a word wider than the line.
/// The word goes on at the start of the next line, with no space in between.</param>
public sealed record LineBox(
    IReadOnlyList<PositionedFragment> Fragments, double AvailableWidth, double NaturalWidth, bool EndsWithHyphen, bool IsLast,
    bool EndsInsideWord)
{
    private readonly (double Ascent, double Descent, double Height) _metrics = Measure(Fragments);

    /// <summary>The fragments; the vertical metrics follow them, also through <c>with</c>.</summary>
    public IReadOnlyList<PositionedFragment> Fragments
    {
        get;
        init
        {
            field = value;
            _metrics = Measure(value);
        }
    } = Fragments;

    /// <summary>Highest ascender on the line, in points above the baseline.</summary>
    public double Ascent => _metrics.Ascent;

    /// <summary>Deepest descender on the line, in points below the baseline (positive).</summary>
    public double Descent => _metrics.Descent;

    /// <summary>Line pitch in points: the largest <c>Size × LineHeight</c> on the line, so that a
    /// larger word pushes its line down instead of colliding with the line above.</summary>
    public double Height => _metrics.Height;

    private static (double Ascent, double Descent, double Height) Measure(IReadOnlyList<PositionedFragment> fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        double ascent = 0, descent = 0, height = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            var style = fragments[i].Style;
            ascent = Math.Max(ascent, style.Face.Ascender * style.Size);
            descent = Math.Max(descent, -style.Face.Descender * style.Size);
            height = Math.Max(height, style.Size * style.LineHeight);
        }
        return (ascent, descent, height);
    }
}
