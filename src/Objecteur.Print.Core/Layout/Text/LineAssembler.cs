using System.Text;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Turns the chosen breaks into lines of positioned fragments: applies the alignment, sets the
/// interword spaces of justified lines, adds the hyphen of hyphenated lines, and groups words
/// into as few fragments as the alignment allows.
/// </summary>
/// <remarks>
/// A justified line has one fragment per word (or per style inside a word), because its spaces no
/// longer have the font's width. Other lines merge neighbouring words of one style, spaces
/// included, into one fragment: the drawn space then has exactly the measured width, and the PDF
/// gets one text operation per style change instead of one per word.
/// A fragment that a space separates from the next one ends with that space, drawn but not
/// counted in its width: copy-paste and screen readers then find the words apart even on a
/// tightly justified line, where the gap alone is too narrow for them to guess a space.
/// </remarks>
internal sealed class LineAssembler
{
    private readonly IReadOnlyList<StyledRun> _runs;
    private readonly ItemList _items;
    private readonly LineWidths _widths;
    private readonly TextAlign _align;
    private readonly StringBuilder _text = new();

    private LineAssembler(IReadOnlyList<StyledRun> runs, ItemList items, LineWidths widths, TextAlign align)
    {
        _runs = runs;
        _items = items;
        _widths = widths;
        _align = align;
    }

    public static LineBox[] Assemble(IReadOnlyList<StyledRun> runs, ItemList items, int[] breaks, LineWidths widths, TextAlign align)
    {
        var assembler = new LineAssembler(runs, items, widths, align);
        var lines = new LineBox[breaks.Length];
        for (var i = 0; i < breaks.Length; i++)
            lines[i] = assembler.Line(i, i == 0 ? ItemList.ParagraphStart : breaks[i - 1], breaks[i], i == breaks.Length - 1);
        return lines;
    }

    private LineBox Line(int index, int breakBefore, int breakAt, bool isLast)
    {
        var available = _widths[index];
        var measure = _items.Measure(breakBefore, breakAt);
        var end = _items[breakAt];
        var justify = _align == TextAlign.Justify;

        // Justified lines spread the difference over their glue; a line that cannot stretch
        // (one word) stays flush left, and one that cannot shrink enough (only in the last-resort
        // pass) shrinks as far as it can.
        var ratio = justify ? measure.Ratio(available, 0) : 0;
        var fillsWidth = justify && !measure.HasFill && double.IsFinite(ratio) && ratio >= -1 - LineMeasure.Epsilon;
        if (!double.IsFinite(ratio)) ratio = 0;
        ratio = Math.Max(ratio, -1);

        var slack = Math.Max(0, available - measure.Natural);
        var x = _align switch
        {
            TextAlign.Center => slack / 2,
            TextAlign.Right => slack,
            _ => 0,
        };

        var fragments = new List<PositionedFragment>();
        TextStyle? style = null, glueStyle = null;
        double fragmentX = 0, fragmentEnd = 0;
        var afterGlue = false;
        for (var k = _items.LineStart(breakBefore); k < breakAt; k++)
        {
            var item = _items[k];
            if (item.Kind == ItemKind.Glue)
            {
                x += item.Width + (ratio > 0 ? ratio * item.Stretch : ratio * item.Shrink);
                afterGlue = true;
                glueStyle = _runs[item.Run].Style;
                continue;
            }
            if (item.Kind != ItemKind.Box) continue; // fills and penalties not taken draw nothing

            var run = _runs[item.Run];
            var continues = style is not null && run.Style.Equals(style)
                && (!afterGlue || (!justify && run.Style.Equals(glueStyle)));
            if (!continues)
            {
                if (afterGlue && style is not null) _text.Append(' ');
                Flush(fragments, style, fragmentX, fragmentEnd);
                style = run.Style;
                fragmentX = x;
            }
            else if (afterGlue)
                _text.Append(' ');
            _text.Append(run.Text, item.Start, item.Length);
            x += item.Width;
            fragmentEnd = x;
            afterGlue = false;
        }
        if (end.AddsHyphen && style is not null)
        {
            _text.Append(TextChars.Hyphen);
            fragmentEnd += end.Width;
        }
        Flush(fragments, style, fragmentX, fragmentEnd);

        if (fragments.Count == 0)
            fragments.Add(new PositionedFragment(0, 0, "", _runs[end.Run].Style)); // an empty line keeps its height
        else if (fillsWidth || (_align == TextAlign.Right && measure.Natural <= available))
            AlignEnd(fragments, available); // exact right edge, free of rounding

        return new LineBox(fragments, available, measure.Natural, end.AddsHyphen, isLast,
            end.Kind == ItemKind.Penalty && !end.IsForcedBreak);
    }

    private void Flush(List<PositionedFragment> fragments, TextStyle? style, double x, double end)
    {
        if (style is null) return;
        fragments.Add(new PositionedFragment(x, end - x, _text.ToString(), style));
        _text.Clear();
    }

    private static void AlignEnd(List<PositionedFragment> fragments, double available)
    {
        var last = fragments[^1];
        fragments[^1] = last with { X = available - last.Width };
    }
}
