using System.Diagnostics;
using System.Text;
using Objecteur.Print.Content;

namespace Objecteur.Print.Tests.Content;

/// <summary>Bad YAML a volunteer can write or receive: each is a located French error, never a
/// crash, a hang or a silently wrong text.</summary>
public class BadYamlTests
{
    private static Diagnostic Fails(Action action) => Assert.Throws<DiagnosticException>(action).Diagnostic;

    private static string TempFile(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"objecteur-yaml-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Each level multiplies the expansion by ten: nine levels are 10⁹ nodes.</summary>
    private static string AliasBomb(int levels)
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < levels; i++)
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        return text.ToString();
    }

    [Fact]
    public void An_alias_bomb_fails_fast_at_the_alias_that_crosses_the_limit()
    {
        var watch = Stopwatch.StartNew();
        var d = Fails(() => YamlFile.LoadMapping(AliasBomb(9), "content/tracts/bombe.yaml"));
        watch.Stop();
        Assert.Contains("alias", d.Message);
        Assert.Equal("content/tracts/bombe.yaml", d.File);
        Assert.Equal(6, d.Line);
        Assert.True(d.Column > 1);
        // Not a timed test of speed: a guard against the exponential walk coming back (it took minutes).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed}");
    }

    [Fact]
    public void A_few_plain_aliases_are_still_accepted()
    {
        var map = YamlFile.LoadMapping("a: &t Bonjour\nb: *t\n", "x.yaml", "a", "b");
        Assert.Equal("Bonjour", map.Text("b"));
    }

    [Fact]
    public void Deep_nesting_is_refused_before_anything_walks_it()
    {
        var text = "a: " + new string('[', 500) + new string(']', 500) + "\n";
        var d = Fails(() => YamlFile.LoadMapping(text, "x.yaml"));
        Assert.Contains("imbriqué", d.Message);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_where_it_is()
    {
        var d = Fails(() => YamlFile.LoadMapping("titre: A\nrecto:\n  surtitre: B\n\taccroche: C\n", "x.yaml", "titre", "recto"));
        Assert.Equal((4, 1), (d.Line, d.Column));
        Assert.Contains("tabulation", d.Message);
        Assert.Contains("espaces", d.Hint);
    }

    [Fact]
    public void A_duplicate_key_is_named_as_such()
    {
        var d = Fails(() => YamlFile.LoadMapping("titre: A\ntitre: B\n", "x.yaml", "titre"));
        Assert.Contains("deux fois", d.Message);
        Assert.Equal(2, d.Line);
        Assert.DoesNotContain("tabulation", d.Hint);
    }

    [Fact]
    public void An_unquoted_colour_is_explained_as_a_comment()
    {
        var d = Fails(() => YamlFile.LoadMapping("couleurs:\n  fond: #00808A\n", "x.yaml", "couleurs"));
        Assert.Equal(2, d.Line);
        Assert.Contains("commentaire", d.Message);
        Assert.Contains("\"#00808A\"", d.Hint);
    }

    [Fact]
    public void A_sequence_used_as_a_key_is_an_error_not_a_crash()
    {
        var d = Fails(() => YamlFile.LoadMapping("? [a, b]\n: c\n", "x.yaml"));
        Assert.Equal(1, d.Line);
        Assert.Contains("clé", d.Message);
    }

    [Fact]
    public void A_latin1_file_is_refused_at_its_first_accented_letter()
    {
        var path = TempFile(Encoding.Latin1.GetBytes("titre: Le statut\nsous_titre: Une proposition de collectifs écrite ensemble\n"));
        try
        {
            var d = Fails(() => YamlFile.Load(path, "content/statut.yaml", "titre", "sous_titre"));
            Assert.Equal(("content/statut.yaml", 2, 43), (d.File, d.Line, d.Column));
            Assert.Contains("UTF-8", d.Message);
            Assert.Contains("UTF-8", d.Hint);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var path = TempFile([.. Encoding.UTF8.GetPreamble(), .. "titre: Été\n"u8]);
        try { Assert.Equal("Été", YamlFile.Load(path, "x.yaml", "titre").Text("titre")); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_folder_where_a_file_is_expected_is_called_a_folder()
    {
        var d = Fails(() => YamlFile.Load(Path.GetTempPath(), "content/tracts", "titre"));
        Assert.Contains("dossier", d.Message);
    }

    [Fact]
    public void A_huge_file_is_refused_without_reading_it()
    {
        var path = TempFile(new byte[KitText.MaxBytes + 1]);
        try { Assert.Contains("trop grand", Fails(() => YamlFile.Load(path, "x.yaml")).Message); }
        finally { File.Delete(path); }
    }
}
