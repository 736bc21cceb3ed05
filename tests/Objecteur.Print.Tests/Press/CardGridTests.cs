using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Press;

namespace Objecteur.Print.Tests.Press;

/// <summary>N-up sheets: the usual cards and flyers on A4, and rules that hold for every size and setting.</summary>
public class CardGridTests
{
    [Fact]
    public void Ten_credit_cards_fit_on_A4_in_two_columns_of_five_butted_rows()
    {
        var sheet = CardGrid.Layout(new CardGridOptions(85.6, 54));
        Assert.Equal((10, 2, 5), (sheet.Cells.Count, sheet.Columns, sheet.Rows));
        Assert.False(sheet.Sheet.IsLandscape);
        // Columns keep their bleed (two cuts between them); rows share one cut and lose the bleed between them.
        Assert.False(sheet.SharedColumnCuts);
        Assert.True(sheet.SharedRowCuts);
        var first = sheet.Cells[0];
        Assert.Equal(first.Trim.X - 3, first.Artwork.X, 9);
        Assert.Equal(first.Trim.Bottom, first.Artwork.Bottom, 9);
        Assert.Equal(sheet.Cells[2].Trim.Y, first.Trim.Bottom, 9);
    }

    [Fact]
    public void Butted_rows_are_marked_once_at_the_outer_margins()
    {
        var sheet = CardGrid.Layout(new CardGridOptions(85.6, 54));
        // 6 horizontal cuts (5 rows butted), each marked left and right of the grid; 4 vertical cuts, each
        // marked above and below; nothing between the cards.
        Assert.Equal(12, sheet.Marks.Count(m => m.IsHorizontal));
        Assert.Equal(8, sheet.Marks.Count(m => !m.IsHorizontal));
        var grid = (Left: sheet.Cells.Min(c => c.Trim.X), Right: sheet.Cells.Max(c => c.Trim.Right));
        Assert.All(sheet.Marks.Where(m => m.IsHorizontal), m => Assert.True(m.End.X <= grid.Left - 3 || m.Start.X >= grid.Right + 3));
    }

    [Fact]
    public void One_piece_gets_a_pair_of_marks_at_each_corner()
    {
        var sheet = CardGrid.Layout(new CardGridOptions(100, 150) { MaxCells = 1 });
        Assert.Equal(8, sheet.Marks.Count);
        var trim = sheet.Cells[0].Trim;
        Assert.Contains(new CropMark(new MmPoint(trim.X - 8, trim.Y), new MmPoint(trim.X - 3, trim.Y)), sheet.Marks);
        Assert.Contains(new CropMark(new MmPoint(trim.X, trim.Y - 8), new MmPoint(trim.X, trim.Y - 3)), sheet.Marks);
    }

    [Fact]
    public void Marks_go_in_a_gutter_wide_enough_to_hold_them_clear_of_the_bleeds()
    {
        var wide = CardGrid.Layout(new CardGridOptions(60, 40) { Gutter = 20, AllowButting = false });
        var narrow = CardGrid.Layout(new CardGridOptions(60, 40) { AllowButting = false });
        var gridLeft = wide.Cells.Min(c => c.Trim.X);
        var gridRight = wide.Cells.Max(c => c.Trim.Right);
        Assert.Contains(wide.Marks, m => m.IsHorizontal && m.Start.X > gridLeft && m.End.X < gridRight);
        Assert.DoesNotContain(narrow.Marks, m => m.IsHorizontal && m.Start.X > narrow.Cells.Min(c => c.Trim.X) && m.End.X < narrow.Cells.Max(c => c.Trim.Right));
    }

    [Fact]
    public void Two_A5_with_bleed_do_not_fit_on_A4_but_two_A5_cut_from_A4_do()
    {
        // Two A5 trims fill an A4 sheet exactly: there is no room left for a bleed, let alone marks.
        Assert.Single(CardGrid.Layout(new CardGridOptions(148, 210)).Cells);
        var halves = CardGrid.Layout(new CardGridOptions(148, 210, Bleed: 0) { Marks = null, Margin = 0 });
        Assert.Equal((2, true), (halves.Cells.Count, halves.Sheet.IsLandscape));
        Assert.Equal(halves.Cells[0].Trim.Right, halves.Cells[1].Trim.X, 9);
    }

    [Fact]
    public void Four_A6_tile_an_A4_portrait_sheet_without_bleed_and_two_fit_with_it()
    {
        var quarters = CardGrid.Layout(new CardGridOptions(105, 148, Bleed: 0) { Marks = null, Margin = 0 });
        Assert.Equal((4, 2, 2, false), (quarters.Cells.Count, quarters.Columns, quarters.Rows, quarters.Sheet.IsLandscape));
        var withBleed = CardGrid.Layout(new CardGridOptions(105, 148));
        Assert.Equal((2, true), (withBleed.Cells.Count, withBleed.Sheet.IsLandscape));
    }

    [Fact]
    public void A_long_edge_verso_mirrors_a_portrait_sheet_left_to_right()
    {
        var sheet = CardGrid.Layout(new CardGridOptions(85.6, 54));
        var first = sheet.Cells[0];
        Assert.Equal(210 - first.Trim.Right, first.VersoTrim.X, 9);
        Assert.Equal(first.Trim.Y, first.VersoTrim.Y, 9);
        // The back of the top-left card is printed top-right on the verso: behind it once turned over.
        Assert.Equal(sheet.Cells[1].Trim, first.VersoTrim);
    }

    [Fact]
    public void A_short_edge_verso_mirrors_a_portrait_sheet_top_to_bottom()
    {
        var first = CardGrid.Layout(new CardGridOptions(85.6, 54) { Flip = DuplexFlip.ShortEdge }).Cells[0];
        Assert.Equal(297 - first.Trim.Bottom, first.VersoTrim.Y, 9);
        Assert.Equal(first.Trim.X, first.VersoTrim.X, 9);
    }

    [Fact]
    public void A_landscape_sheet_turns_the_other_way()
    {
        var landscape = new SheetSize(297, 210);
        var front = new MmRect(10, 20, 30, 40);
        Assert.Equal(new MmRect(10, 150, 30, 40), landscape.Verso(front, DuplexFlip.LongEdge));
        Assert.Equal(new MmRect(257, 20, 30, 40), landscape.Verso(front, DuplexFlip.ShortEdge));
    }

    /// <param name="Frame">A white frame inside each trim, for pieces without bleed (0 for none).</param>
    public sealed record Case(double Width, double Height, double Bleed, double Margin, double ExtraGutter, double MarkLength, double MarkOffset, bool Marks, DuplexFlip Flip,
        double Frame = 0)
    {
        public CardGridOptions Options => new(Width, Height, Frame > 0 ? 0 : Bleed)
        {
            Margin = Margin,
            Gutter = 2 * (Frame > 0 ? 0 : Bleed) + ExtraGutter,
            Marks = Marks ? new CropMarkSettings(MarkLength, MarkOffset) : null,
            Flip = Flip,
            Frame = Frame,
        };

        public CardSheet Sheet => CardGrid.Layout(Options);
    }

    public static Arbitrary<Case> Cases()
    {
        static Gen<double> Mm(int from, int to) => Gen.Choose(from * 10, to * 10).Select(x => x / 10.0);
        var sizes = Gen.OneOf(
            Gen.Elements((85.6, 54.0), (148.0, 210.0), (105.0, 148.0), (54.0, 85.6), (100.0, 100.0)),
            Mm(10, 200).SelectMany(w => Mm(10, 290).Select(h => (w, h))));
        return sizes.SelectMany(size => Gen.OneOf(Gen.Constant(0.0), Mm(0, 5)).SelectMany(bleed => Mm(0, 15).SelectMany(margin =>
            Gen.OneOf(Gen.Constant(0.0), Mm(0, 20)).SelectMany(gutter => Mm(1, 10).SelectMany(length =>
                Gen.OneOf(Gen.Constant(0.0), Mm(0, 6)).SelectMany(offset => Gen.Elements(true, false).SelectMany(marks =>
                    Gen.Elements(DuplexFlip.LongEdge, DuplexFlip.ShortEdge).SelectMany(flip =>
                        Gen.OneOf(Gen.Constant(0.0), Gen.Choose(10, 49).Select(f => f / 10.0)).Select(frame =>
                            new Case(size.Item1, size.Item2, bleed, margin, gutter, length, offset, marks, flip, frame)))))))))).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(CardGridTests)], MaxTest = 200)]
    public bool No_two_bleeds_overlap(Case c)
    {
        var cells = c.Sheet.Cells;
        return cells.All(a => cells.All(b => a.Index == b.Index || !a.Artwork.Overlaps(b.Artwork)));
    }

    [Property(Arbitrary = [typeof(CardGridTests)], MaxTest = 200)]
    public bool Bleeds_and_marks_stay_in_the_printable_area(Case c)
    {
        var sheet = c.Sheet;
        var printable = new MmRect(c.Margin, c.Margin, sheet.Sheet.Width - 2 * c.Margin, sheet.Sheet.Height - 2 * c.Margin);
        return sheet.Cells.All(cell => printable.Contains(cell.Artwork) && (c.Frame > 0 ? cell.Trim.Contains(cell.Artwork) : cell.Artwork.Contains(cell.Trim)))
            && sheet.Marks.All(m => printable.Contains(new MmRect(m.Start.X, m.Start.Y, m.End.X - m.Start.X, m.End.Y - m.Start.Y)));
    }

    [Property(Arbitrary = [typeof(CardGridTests)], MaxTest = 200)]
    public bool No_mark_enters_a_bleed(Case c)
    {
        var sheet = c.Sheet;
        return sheet.Marks.All(m => sheet.Cells.All(cell => !Enters(m, cell.Artwork)));
    }

    [Property(Arbitrary = [typeof(CardGridTests)], MaxTest = 200)]
    public bool Verso_marks_are_the_recto_marks_turned_over_clear_of_the_verso_bleeds(Case c)
    {
        var sheet = c.Sheet;
        var verticalAxis = (c.Flip == DuplexFlip.LongEdge) != sheet.Sheet.IsLandscape;
        MmPoint Turned(MmPoint p) => verticalAxis ? p with { X = sheet.Sheet.Width - p.X } : p with { Y = sheet.Sheet.Height - p.Y };
        bool Same(CropMark a, CropMark b) =>
            new[] { Turned(b.Start), Turned(b.End) }.All(p => new[] { a.Start, a.End }.Any(q => Math.Abs(p.X - q.X) < 1e-9 && Math.Abs(p.Y - q.Y) < 1e-9));
        return sheet.VersoMarks.Count == sheet.Marks.Count
            && sheet.VersoMarks.Zip(sheet.Marks).All(pair => Same(pair.First, pair.Second) && pair.First.Start.X <= pair.First.End.X && pair.First.Start.Y <= pair.First.End.Y)
            && sheet.VersoMarks.All(m => sheet.Cells.All(cell => !Enters(m, cell.VersoArtwork)));
    }

    private static bool Enters(CropMark m, MmRect b) => m.IsHorizontal
        ? b.Y < m.Start.Y - 1e-9 && m.Start.Y < b.Bottom - 1e-9 && Math.Min(m.End.X, b.Right) - Math.Max(m.Start.X, b.X) > 1e-9
        : b.X < m.Start.X - 1e-9 && m.Start.X < b.Right - 1e-9 && Math.Min(m.End.Y, b.Bottom) - Math.Max(m.Start.Y, b.Y) > 1e-9;

    [Property(Arbitrary = [typeof(CardGridTests)], MaxTest = 200)]
    public bool The_verso_lies_behind_the_recto(Case c)
    {
        var sheet = c.Sheet;
        var verticalAxis = (c.Flip == DuplexFlip.LongEdge) != sheet.Sheet.IsLandscape;
        return sheet.Cells.All(cell =>
        {
            var (recto, verso) = (cell.Trim.Centre, cell.VersoTrim.Centre);
            return verticalAxis
                ? Math.Abs(verso.X - (sheet.Sheet.Width - recto.X)) < 1e-9 && Math.Abs(verso.Y - recto.Y) < 1e-9
                : Math.Abs(verso.Y - (sheet.Sheet.Height - recto.Y)) < 1e-9 && Math.Abs(verso.X - recto.X) < 1e-9;
        });
    }

    [Property(Arbitrary = [typeof(CardGridTests)], MaxTest = 200)]
    public bool Every_cut_line_is_marked(Case c)
    {
        // Each cut line through a trim edge carries at least one mark: a guillotine operator can line up every cut.
        // A framed piece may reach into the margin: a cut there is the paper's edge, which no printer marks.
        var sheet = c.Sheet;
        if (!c.Marks || sheet.Cells.Count == 0) return true;
        bool Reachable(double at, double length) => c.Frame == 0 || (at >= c.Margin - 1e-9 && at <= length - c.Margin + 1e-9);
        return sheet.Cells.All(cell =>
            new[] { cell.Trim.X, cell.Trim.Right }.Where(x => Reachable(x, sheet.Sheet.Width)).All(x => sheet.Marks.Any(m => !m.IsHorizontal && Math.Abs(m.Start.X - x) < 1e-6))
            && new[] { cell.Trim.Y, cell.Trim.Bottom }.Where(y => Reachable(y, sheet.Sheet.Height)).All(y => sheet.Marks.Any(m => m.IsHorizontal && Math.Abs(m.Start.Y - y) < 1e-6)));
    }
}
