using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Press;

namespace Objecteur.Print.Tests.Press;

/// <summary>Pin sheets: the counts a badge maker expects on A4, and rules that hold for every size and setting.</summary>
public class PinSheetPackerTests
{
    [Theory]
    [InlineData("25", 42)]
    [InlineData("32", 25)]
    [InlineData("38", 24)]
    [InlineData("56", 11)]
    [InlineData("58", 9)]
    [InlineData("75", 6)]
    public void Built_in_profiles_fill_an_A4_sheet(string id, int atLeast)
    {
        var profile = PinProfileCatalog.BuiltIn.Get(id, "kit.yaml");
        var sheet = PinSheetPacker.Pack(profile.CutDiameter, PinSheetOptions.A4);
        Assert.True(sheet.Centres.Count >= atLeast, $"{id}: {sheet.Centres.Count} ({sheet.Layout})");
    }

    [Fact]
    public void The_58_mm_profile_needs_hexagonal_packing()
    {
        var sheet = PinSheetPacker.Pack(70, PinSheetOptions.A4);
        Assert.Equal(9, sheet.Centres.Count);
        Assert.NotEqual(PinLayout.SquareGrid, sheet.Layout);
    }

    [Fact]
    public void A_tie_goes_to_the_square_grid()
    {
        // 85.7 mm: 2 × 3 in a grid, and no hexagonal arrangement does better.
        var sheet = PinSheetPacker.Pack(85.7, PinSheetOptions.A4);
        Assert.Equal((6, PinLayout.SquareGrid), (sheet.Centres.Count, sheet.Layout));
    }

    [Fact]
    public void The_arrangement_is_centred_on_the_sheet()
    {
        var sheet = PinSheetPacker.Pack(44.5, PinSheetOptions.A4);
        var r = sheet.Diameter / 2;
        Assert.Equal(210 - sheet.Centres.Max(p => p.X) - r, sheet.Centres.Min(p => p.X) - r, 9);
        Assert.Equal(297 - sheet.Centres.Max(p => p.Y) - r, sheet.Centres.Min(p => p.Y) - r, 9);
    }

    [Fact]
    public void A_circle_larger_than_the_printable_area_gives_an_empty_sheet() =>
        Assert.Empty(PinSheetPacker.Pack(205, PinSheetOptions.A4).Centres);

    [Fact]
    public void An_unknown_profile_is_told_in_french_with_the_known_ones()
    {
        var e = Assert.Throws<DiagnosticException>(() => PinProfileCatalog.BuiltIn.Get("60", "content/kit.yaml", 12, 9));
        Assert.Equal("profil de badge inconnu « 60 »", e.Diagnostic.Message);
        Assert.Contains("25, 32, 38, 56, 58, 75", e.Diagnostic.Hint);
        Assert.Equal(("content/kit.yaml", 12, 9), (e.Diagnostic.File, e.Diagnostic.Line, e.Diagnostic.Column));
    }

    [Fact]
    public void A_kit_profile_replaces_a_built_in_one_and_adds_its_own()
    {
        var catalog = PinProfileCatalog.BuiltIn.With([new PinProfile("58", "58 mm (presse du local)", 58, 68, 52), new PinProfile("44", "44 mm", 44, 54, 38)]);
        Assert.Equal(68, catalog.Get("58", "kit.yaml").CutDiameter);
        Assert.Equal(54, catalog.Get("44", "kit.yaml").CutDiameter);
        Assert.Equal(7, catalog.Profiles.Count);
    }

    public sealed record Case(double Diameter, double Margin, double Gap)
    {
        public PinSheetOptions Options => new(SheetSize.A4, Margin, Gap);
        public PinSheet Sheet => PinSheetPacker.Pack(Diameter, Options);
        public override string ToString() => $"d={Diameter} m={Margin} g={Gap}";
    }

    public static Arbitrary<Case> Cases()
    {
        var diameters = Gen.OneOf(
            Gen.Elements(PinProfileCatalog.BuiltIn.Profiles.Select(p => p.CutDiameter).ToArray()),
            Gen.Choose(1000, 12000).Select(x => x / 100.0));
        return diameters.SelectMany(d => Gen.Choose(0, 1500).SelectMany(m => Gen.Choose(0, 1000)
            .Select(g => new Case(d, m / 100.0, g / 100.0)))).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(PinSheetPackerTests)], MaxTest = 300)]
    public bool No_two_cuts_come_closer_than_the_gap(Case c)
    {
        var centres = c.Sheet.Centres;
        for (var i = 0; i < centres.Count; i++)
            for (var j = i + 1; j < centres.Count; j++)
                if (Math.Sqrt(Math.Pow(centres[i].X - centres[j].X, 2) + Math.Pow(centres[i].Y - centres[j].Y, 2)) < c.Diameter + c.Gap - 1e-9)
                    return false;
        return true;
    }

    [Property(Arbitrary = [typeof(PinSheetPackerTests)], MaxTest = 300)]
    public bool Every_cut_lies_inside_the_printable_area(Case c)
    {
        var r = c.Diameter / 2;
        return c.Sheet.Centres.All(p => p.X - r >= c.Margin - 1e-6 && p.X + r <= 210 - c.Margin + 1e-6
                                        && p.Y - r >= c.Margin - 1e-6 && p.Y + r <= 297 - c.Margin + 1e-6);
    }

    [Property(Arbitrary = [typeof(PinSheetPackerTests)], MaxTest = 300)]
    public bool No_fewer_cuts_than_the_best_square_grid(Case c)
    {
        var pitch = c.Diameter + c.Gap;
        int Along(double length) => length < c.Diameter ? 0 : (int)Math.Floor((length - c.Diameter) / pitch + 1e-9) + 1;
        return c.Sheet.Centres.Count >= Along(210 - 2 * c.Margin) * Along(297 - 2 * c.Margin);
    }
}
