namespace Objecteur.Print.Layout.Text;

/// <summary>
/// The caller's line-width function, asked at most once per line: the breaker looks widths up
/// for every candidate line, and the function may be costly (a circle's chord).
/// </summary>
internal sealed class LineWidths
{
    private readonly Func<int, double> _lineWidth;
    private readonly List<double> _widths = [];

    public LineWidths(Func<int, double> lineWidth) => _lineWidth = lineWidth;

    /// <summary>Every line has the same width.</summary>
    public static LineWidths Uniform(double width) => new(_ => width) { IsUniform = true };

    /// <summary>True when all lines have one width: a break then leads to the same choices
    /// whatever line it ends, which lets the breaker forget line numbers (as TeX does past its
    /// last distinct line length).</summary>
    public bool IsUniform { get; private init; }

    /// <summary>Width of line <paramref name="line"/> (0-based); a negative or NaN answer, as a chord
    /// function may give below its circle, counts as no room at all.</summary>
    public double this[int line]
    {
        get
        {
            while (_widths.Count <= line)
            {
                var width = _lineWidth(_widths.Count);
                _widths.Add(width > 0 ? width : 0);
            }
            return _widths[line];
        }
    }
}
