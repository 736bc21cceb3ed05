using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Press;

namespace Objecteur.Print.Tests.Press;

/// <summary>Booklet imposition: exact orders for common booklets, and rules that hold for every page count.</summary>
public class SaddleStitchTests
{
    public static Arbitrary<int> PageCounts() => Gen.Choose(1, 200).ToArbitrary();

    private static string Order(IReadOnlyList<BookletSheet> sheets) => string.Join(" / ", sheets.Select(s =>
        $"{Show(s.FrontLeft)}|{Show(s.FrontRight)} {Show(s.BackLeft)}|{Show(s.BackRight)}"));

    private static string Show(BookletSlot slot) => slot.Page?.ToString() ?? "-";

    [Fact]
    public void Eight_pages_make_two_sheets() =>
        Assert.Equal("8|1 2|7 / 6|3 4|5", Order(SaddleStitch.Impose(8)));

    [Fact]
    public void Sixteen_pages_make_four_sheets() =>
        Assert.Equal("16|1 2|15 / 14|3 4|13 / 12|5 6|11 / 10|7 8|9", Order(SaddleStitch.Impose(16)));

    [Fact]
    public void Blanks_go_before_the_back_cover()
    {
        // 10 pages → 12: positions 10 and 11 are blank, page 10 is the back cover (position 12).
        Assert.Equal("10|1 2|- / -|3 4|9 / 8|5 6|7", Order(SaddleStitch.Impose(10)));
    }

    /// <summary>Turned over with the imposer's flip, each half of a sheet's front lies on the half
    /// of its back that holds the next page (front right, page p: back left, p + 1) or the one
    /// before (front left: back right), the two upright: the edge the guide names is the right one.</summary>
    [Property(Arbitrary = [typeof(SaddleStitchTests)])]
    public void Each_page_backs_its_neighbour_with_the_imposer_s_flip(int pages)
    {
        var sheet = BookletImposer.SheetMm;
        var left = new MmRect(0, 0, sheet.Width / 2, sheet.Height);
        var right = left with { X = sheet.Width / 2 };
        Assert.Equal(left, sheet.Verso(right, BookletImposer.Flip));
        Assert.Equal(right, sheet.Verso(left, BookletImposer.Flip));
        foreach (var s in SaddleStitch.Impose(pages))
        {
            Assert.Equal(s.FrontRight.Position + 1, s.BackLeft.Position);
            Assert.Equal(s.FrontLeft.Position - 1, s.BackRight.Position);
        }
    }

    [Fact]
    public void A_single_page_is_the_front_cover() =>
        Assert.Equal("-|1 -|-", Order(SaddleStitch.Impose(1)));

    [Fact]
    public void Creep_moves_the_innermost_sheet_by_the_whole_creep_toward_the_spine()
    {
        var sheets = SaddleStitch.Impose(16, paperThickness: 0.1);
        Assert.Equal([0, 0.1, 0.2, 0.3], sheets.Select(s => Math.Round(s.Creep, 9)));
        Assert.Equal(0.1 * 3, sheets[^1].Creep, 9); // H = t × (P/4 − 1)
        Assert.True(sheets[^1].LeftPageShift > 0 && sheets[^1].RightPageShift < 0);
        Assert.All(SaddleStitch.Impose(16), s => Assert.Equal(0, s.Creep));
        Assert.Equal(0, SaddleStitch.Impose(4, 0.1)[0].Creep);
    }

    [Property(Arbitrary = [typeof(SaddleStitchTests)])]
    public bool The_positions_are_a_permutation_of_the_padded_pages(int n)
    {
        var sheets = SaddleStitch.Impose(n);
        var positions = sheets.SelectMany(s => new[] { s.FrontLeft, s.FrontRight, s.BackLeft, s.BackRight }).Select(x => x.Position).Order();
        return positions.SequenceEqual(Enumerable.Range(1, 4 * ((n + 3) / 4)));
    }

    [Property(Arbitrary = [typeof(SaddleStitchTests)])]
    public bool Every_reading_page_appears_exactly_once_on_the_right_number_of_sheets(int n)
    {
        var sheets = SaddleStitch.Impose(n);
        var pages = sheets.SelectMany(s => new[] { s.FrontLeft, s.FrontRight, s.BackLeft, s.BackRight })
            .Where(x => !x.IsBlank).Select(x => x.Page!.Value).Order();
        return sheets.Count == (n + 3) / 4 && pages.SequenceEqual(Enumerable.Range(1, n));
    }

    [Property(Arbitrary = [typeof(SaddleStitchTests)])]
    public bool The_covers_are_on_the_outer_side_of_the_first_sheet(int n)
    {
        var outer = SaddleStitch.Impose(n)[0];
        return outer.FrontRight.Page == 1 && (n == 1 || outer.FrontLeft.Page == n);
    }

    [Property(Arbitrary = [typeof(SaddleStitchTests)])]
    public bool Folded_pages_read_in_order(int n)
    {
        // Nesting the folded sheets puts, on each side of the fold, the pages in order of position:
        // front-right, back-left of sheet 0, then sheet 1… and mirrored on the other half.
        var sheets = SaddleStitch.Impose(n);
        var firstHalf = sheets.SelectMany(s => new[] { s.FrontRight.Position, s.BackLeft.Position });
        var secondHalf = sheets.Reverse().SelectMany(s => new[] { s.BackRight.Position, s.FrontLeft.Position });
        return firstHalf.Concat(secondHalf).SequenceEqual(Enumerable.Range(1, 4 * sheets.Count));
    }
}
