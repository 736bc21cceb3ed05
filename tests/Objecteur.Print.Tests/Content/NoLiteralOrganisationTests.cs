using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Tests.Content;

/// <summary>
/// A collective makes the kit its own by editing kit.yaml's <c>organisation:</c> alone: no other file
/// of content/ or templates/ may write the organisation's name, address, phone, e-mail, website or a
/// theme colour literally. Every *.yaml and *.hbs file is read, comments included.
/// </summary>
public sealed class NoLiteralOrganisationTests
{
    /// <summary>
    /// Where the name stays, because it says who wrote a text rather than who hands the kit out:
    /// the statute's authorship (its subtitle, its preamble telling where it was written, its source
    /// list: it was written by Halte au contrôle numérique and its partners); the booklet's
    /// presentation, which tells who organised the conventions it comes from; the booklet's reading
    /// lists (<c>pour_aller_plus_loin</c>) and source list (<c>sources</c>), which cite articles and
    /// reports by their author. And kit.yaml's organisation block itself, the one place to change.
    /// </summary>
    private static readonly (string File, string Path)[] Attributions =
    [
        ("content/kit.yaml", "organisation"),
        ("content/statut.yaml", "sous_titre"),
        ("content/statut.yaml", "preambule"),
        ("content/statut.yaml", "sources"),
        ("content/livret/livret.yaml", "presentation"),
        ("content/livret/livret.yaml", "sources"),
        ("content/livret/*.yaml", "pour_aller_plus_loin"),
    ];

    /// <summary>What must not be written outside kit.yaml's organisation block: the default
    /// organisation's name, contacts and colours, and its site in any spelling.</summary>
    private static IEnumerable<string> Forbidden(Organisation o)
    {
        yield return o.Nom;
        yield return "halteaucontrolenumerique";
        foreach (var value in o.Adresse.Concat(new[] { o.Telephone, o.Courriel, o.SiteWeb, o.Permanence }.OfType<string>()))
            yield return value;
        var c = o.Couleurs;
        foreach (var colour in new[] { c.Principale, c.Secondaire, c.Claire }) yield return colour;
    }

    [Fact]
    public void No_file_of_content_or_templates_names_the_organisation_or_its_colours_outside_its_block_and_attributions()
    {
        var organisation = KitLoader.Load(Repo.Root, KindRegistry.Default.Rules).Organisation;
        var forbidden = Forbidden(organisation).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Root, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".hbs", StringComparison.Ordinal))
                     .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
                     .Where(f => f.StartsWith("content/", StringComparison.Ordinal) || f.StartsWith("templates/", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(Path.Combine(Repo.Root, file));
            var exempt = file.EndsWith(".yaml", StringComparison.Ordinal) ? ExemptLines(file, lines) : [];
            for (var i = 0; i < lines.Length; i++)
            {
                if (exempt.Contains(i + 1)) continue;
                foreach (var word in forbidden)
                    if (lines[i].Contains(word, StringComparison.OrdinalIgnoreCase))
                        found.Add($"{file}:{i + 1} « {word} » : {lines[i].Trim()}");
            }
        }
        Assert.True(found.Count == 0, "written literally (use kit.organisation / theme instead):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_exemptions_still_hold_the_attributions_they_are_for()
    {
        // If the statute no longer said who wrote it, the exemption would hide nothing and could go.
        var statute = File.ReadAllText(Path.Combine(Repo.Root, "content", "statut.yaml"));
        Assert.Contains(KitLoader.Load(Repo.Root, KindRegistry.Default.Rules).Organisation.Nom, statute);
    }

    /// <summary>Lines of a top-level key named in <see cref="Attributions"/> for this file.</summary>
    private static HashSet<int> ExemptLines(string file, string[] lines)
    {
        var keys = Attributions.Where(a => a.File == file || (a.File.EndsWith("/*.yaml", StringComparison.Ordinal)
                && Path.GetDirectoryName(file)!.Replace('\\', '/') == a.File[..^"/*.yaml".Length])).Select(a => a.Path).ToHashSet();
        var exempt = new HashSet<int>();
        if (keys.Count == 0) return exempt;
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines)));
        if (stream.Documents[0].RootNode is not YamlMappingNode root) return exempt;
        var entries = root.Children.ToList();
        for (var k = 0; k < entries.Count; k++)
        {
            if (!keys.Contains(((YamlScalarNode)entries[k].Key).Value ?? "")) continue;
            var first = (int)entries[k].Key.Start.Line;
            // Up to the next top-level key; comments in column 0 just before it introduce that key.
            var last = k + 1 < entries.Count ? (int)entries[k + 1].Key.Start.Line - 1 : lines.Length;
            while (last > first && (lines[last - 1].Trim().Length == 0 || lines[last - 1].StartsWith('#'))) last--;
            for (var line = first; line <= last; line++) exempt.Add(line);
        }
        return exempt;
    }
}
