using System.Diagnostics;
using System.Text.RegularExpressions;
using Objecteur.Print.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Tests.Cli;

/// <summary>
/// The corpus of bad input (<c>Fixtures/bad-input/&lt;case&gt;/case.yaml</c>): each case breaks a copy
/// of the kit — edits to its files, files of its own (<c>files/</c>, copied over the kit) — runs one
/// command in-process, and checks what every user with a bad kit is owed: the exit code, a message
/// in French naming their file, line and column, a hint, no stack trace, no « erreur interne », and
/// an output folder left as the previous build left it.
/// </summary>
public partial class BadInputCorpusTests
{
    private static string CorpusDirectory => Path.Combine(Repo.TestDirectory, "Fixtures", "bad-input");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CorpusDirectory).Order(StringComparer.Ordinal)) cases.Add(Path.GetFileName(dir));
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_a_located_french_error_and_leaves_the_output_alone(string name)
    {
        var spec = Case.Load(Path.Combine(CorpusDirectory, name));
        using var kit = new TempKit();
        spec.Apply(kit);
        var output = kit.PathOf("sortie");
        var previous = spec.PreviousBuild(output);
        var args = new List<string> { "--kit", kit.Root };
        args.AddRange(spec.Command.Select(a => a.Replace("{kit}", kit.Root, StringComparison.Ordinal)));
        if (spec.Command[0] is "build" or "lettre" or "publipostage") args.AddRange(["--sortie", output]);

        var clock = Stopwatch.StartNew();
        var (code, _, error) = CliRunner.Run(args.ToArray(), workingDirectory: kit.Root);
        clock.Stop();

        Assert.True(code == spec.Exit, $"exit {code}, expected {spec.Exit}:\n{error}");
        Assert.StartsWith("erreur : ", error);
        Assert.True(error.Contains(spec.Message, StringComparison.Ordinal), $"« {spec.Message} » expected:\n{error}");
        var where = spec.Where(kit);
        Assert.True(error.Contains(where, StringComparison.Ordinal), $"« {where} » expected:\n{error}");
        Assert.Matches(@"\n  → \S", error);
        Assert.DoesNotContain("erreur interne", error);
        Assert.DoesNotMatch(StackTrace(), error);
        Assert.DoesNotMatch(English(), error);
        Assert.DoesNotContain("balisage généré", error);
        Assert.DoesNotContain("\uFFFD", error);
        foreach (var (file, bytes) in previous)
            Assert.True(File.Exists(file) && File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes), $"{file} changed");
        Assert.Equal(previous.Keys.Order(), Directory.GetFiles(output).Order());
        if (spec.MaxSeconds is { } most) Assert.True(clock.Elapsed.TotalSeconds < most, $"{clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public void The_corpus_has_a_case_for_every_family_of_the_issue()
    {
        var families = Directory.GetDirectories(CorpusDirectory).Select(d => Case.Load(d).Family).ToHashSet();
        Assert.Superset(new HashSet<string> { "chemins", "travail borné", "plantages", "accepté en silence", "emplacements", "messages vagues" }, families);
    }

    [GeneratedRegex(@"\bat [A-Z]\w*\.|Exception\b|   at |System\.\w")]
    private static partial Regex StackTrace();

    /// <summary>Words of .NET's and libraries' English messages that French never uses.</summary>
    [GeneratedRegex(@"\b(the|is|not|was|found|invalid|error|unexpected|expected|value|cannot|failed|while)\b")]
    private static partial Regex English();

    /// <summary>One case of the corpus, as its <c>case.yaml</c> describes it.</summary>
    private sealed partial record Case(string Directory, string Family, IReadOnlyList<string> Command, int Exit, string Message,
        string WhereFile, string? WhereText, int WhereOffset, string? WhereLine, IReadOnlyList<(string File, string Find, string Replace)> Edits, IReadOnlyList<string> Outputs, double? MaxSeconds)
    {
        public static Case Load(string directory)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(Path.Combine(directory, "case.yaml"))));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            string Text(YamlNode map, string key) => ((YamlScalarNode)((YamlMappingNode)map)[key]).Value!;
            string? Optional(YamlNode map, string key) => ((YamlMappingNode)map).Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value : null;
            IEnumerable<YamlNode> List(string key) => root.Children.TryGetValue(key, out var v) ? ((YamlSequenceNode)v).Children : [];
            var where = root["where"];
            return new Case(directory, Text(root, "family"), List("command").Select(n => ((YamlScalarNode)n).Value!).ToList(),
                int.Parse(Text(root, "exit"), System.Globalization.CultureInfo.InvariantCulture), Text(root, "message"),
                Text(where, "file"), Optional(where, "at"), int.Parse(Optional(where, "offset") ?? "0", System.Globalization.CultureInfo.InvariantCulture), Optional(where, "line"),
                List("edits").Select(e => (Text(e, "file"), Text(e, "find"), Text(e, "replace"))).ToList(),
                List("outputs").Select(n => ((YamlScalarNode)n).Value!).ToList(),
                Optional(root, "max_seconds") is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null);
        }

        /// <summary>The case's own files over the kit, then its edits; « {{N×text}} » in a
        /// replacement stands for the text N times (nesting, sizes no fixture file should hold).</summary>
        public void Apply(TempKit kit)
        {
            var files = Path.Combine(Directory, "files");
            if (System.IO.Directory.Exists(files))
                foreach (var file in System.IO.Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories))
                {
                    var target = kit.PathOf(Path.GetRelativePath(files, file));
                    System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target, overwrite: true);
                }
            foreach (var (file, find, replace) in Edits)
                kit.Edit(file, find, Repeat().Replace(replace, m => string.Concat(Enumerable.Repeat(m.Groups[2].Value, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))));
        }

        /// <summary>Files a previous build left in the output folder, which a failed run must not touch.</summary>
        public Dictionary<string, byte[]> PreviousBuild(string folder)
        {
            System.IO.Directory.CreateDirectory(folder);
            var files = new Dictionary<string, byte[]>();
            foreach (var name in Outputs.DefaultIfEmpty("ancien.pdf"))
            {
                var path = Path.Combine(folder, name);
                File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 fabriqué avant : {name}"));
                files[path] = File.ReadAllBytes(path);
            }
            return files;
        }

        /// <summary>« file, ligne L, colonne C » where <see cref="WhereText"/> starts in the kit's
        /// file after the edits (plus <see cref="WhereOffset"/> characters, inside a long line); a row of a table has a line only, a file too large neither.</summary>
        public string Where(TempKit kit)
        {
            if (WhereText is null) return WhereLine is null ? $"{WhereFile} : " : $"{WhereFile}, ligne {WhereLine} : ";
            var text = File.ReadAllText(kit.PathOf(WhereFile)).ReplaceLineEndings("\n");
            var at = text.IndexOf(WhereText, StringComparison.Ordinal);
            Assert.True(at >= 0, $"« {WhereText} » not in {WhereFile}");
            at += WhereOffset;
            var line = 1 + text.AsSpan(0, at).Count('\n');
            var column = at - (at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1) + 1;
            return $"{WhereFile}, ligne {line}, colonne {column} : ";
        }

        [GeneratedRegex(@"\{\{(\d+)×(.*?)\}\}", RegexOptions.Singleline)]
        private static partial Regex Repeat();
    }
}
