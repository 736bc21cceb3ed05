namespace Objecteur.Print.Tests.Architecture;

/// <summary>The stage direction is a folder convention inside one assembly: this holds it.</summary>
public class StageBoundaryTests
{
    [Fact]
    public void No_core_code_uses_a_later_stage_or_the_console()
    {
        var violations = StageBoundaries.Check();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_check_reads_the_whole_core()
    {
        var files = StageBoundaries.CoreFiles.ToList();
        Assert.Contains(Path.Combine("src", "Objecteur.Print.Core", "Content", "KitLoader.cs"), files);
        Assert.Contains(Path.Combine("src", "Objecteur.Print.Core", "Pipeline", "KitPipeline.cs"), files);
        Assert.DoesNotContain(files, f => f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [Theory]
    // A planted wrong using, even unused.
    [InlineData("Content", "using Objecteur.Print.Render;", "class Planted { }", "Render")]
    [InlineData("Templating", "using Objecteur.Print.Layout.Markup;", "class Planted { }", "Layout")]
    [InlineData("Layout", "using Objecteur.Print.Press;", "class Planted { }", "Press")]
    [InlineData("Render", "using Objecteur.Print.Kinds;", "class Planted { }", "Kinds")]
    [InlineData("Kinds", "using Objecteur.Print.Pipeline;", "class Planted { }", "Pipeline")]
    // The preflight judges a file by what is in it, not by the kit that made it; no stage reads its verdicts.
    [InlineData("Preflight", "using Objecteur.Print.Layout;", "class Planted { }", "Layout")]
    [InlineData("Press", "using Objecteur.Print.Preflight;", "class Planted { }", "Preflight")]
    // A name written in full, or reached through the parent namespace, without any using.
    [InlineData("Templating", "", "class Planted { double W(Layout.Frames.Rect r) => r.Width; }", "Layout")]
    [InlineData("Content", "", "class Planted { object P => Objecteur.Print.Press.PinProfileCatalog.BuiltIn; }", "Press")]
    [InlineData("Layout", "", "class Planted { void Save(byte[] pdf) => Render.AtomicFile.WriteAllBytes(\"x\", pdf); }", "Render")]
    [InlineData("Press", "", "class Planted { object K => Kinds.KindRegistry.Default; }", "Kinds")]
    // The shared root namespace knows no stage.
    [InlineData("", "using Objecteur.Print.Content;", "class Planted { }", "Content")]
    public void A_planted_use_of_a_later_stage_is_reported(string stage, string usings, string body, string expected)
    {
        var ns = stage.Length == 0 ? StageBoundaries.Root : $"{StageBoundaries.Root}.{stage}";
        var planted = Planted(stage, $"{usings}\nnamespace {ns};\n{body}\n");
        var violation = Assert.Single(StageBoundaries.CheckPlanted(planted.Path, planted.Source));
        Assert.Equal(planted.Path, violation.File);
        Assert.Equal(stage.Length == 0 ? "Root" : stage, violation.From);
        Assert.Equal(expected, violation.To);
    }

    [Theory]
    [InlineData("Layout", "class Planted { void Say() => System.Console.WriteLine(\"bonjour\"); }")]
    [InlineData("Pipeline", "class Planted { System.IO.TextWriter W => Console.Out; }")]
    public void The_console_is_the_command_line_s_alone(string stage, string body)
    {
        var planted = Planted(stage, $"namespace {StageBoundaries.Root}.{stage};\n{body}\n");
        var violation = Assert.Single(StageBoundaries.CheckPlanted(planted.Path, planted.Source));
        Assert.Equal("the console", violation.To);
    }

    [Fact]
    public void Earlier_stages_and_the_root_namespace_are_allowed()
    {
        var planted = Planted("Press", """
            using Objecteur.Print.Content;
            using Objecteur.Print.Layout.Frames;
            namespace Objecteur.Print.Press;
            class Planted { KindRules? K; Rect R; Diagnostic? D; byte[] Save(Layout.Frames.LayoutDocument d) => Render.PdfRenderer.Render(d, new(default)); }
            """);
        Assert.Empty(StageBoundaries.CheckPlanted(planted.Path, planted.Source));
    }

    private static (string Path, string Source) Planted(string stage, string source) =>
        (Path.Combine("src", "Objecteur.Print.Core", stage, "Planted.cs"), source);
}
