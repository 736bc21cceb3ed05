namespace Objecteur.Print.Layout.Text;

/// <summary>
/// The caller's line-width function, asked at most once per line: the breaker looks widths up
/// for every candidate line, and the function may be costly (a circle's chord).
/// </summary>
internal sealed class LineWidths(Func<int, double> lineWidth)
{
    private readonly List<double> _widths = [];

    /// <summary>Width of line <paramref name="line"/> (0-based); a negative or NaN answer, as a chord
    /// function may give below its circle, counts as no room at all.</summary>
    public double this[int line]
    {
        get
        {
            while (_widths.Count <= line)
            {
                var width = lineWidth(_widths.Count);
                _widths.Add(width > 0 ? width : 0);
            }
            return _widths[line];
        }
    }
}
