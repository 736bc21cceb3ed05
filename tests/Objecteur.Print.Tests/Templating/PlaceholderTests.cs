using Objecteur.Print.Templating;

namespace Objecteur.Print.Tests.Templating;

/// <summary>A letter's <c>{cle}</c> in Markdown: values escaped, blanks to write on.</summary>
public class PlaceholderTests
{
    private static readonly Dictionary<string, Placeholder> Filled = new()
    {
        ["date_demande"] = new(["12 octobre <2026>"], "Date", false, 3, [], 16),
        ["demarches"] = new(["1er essai", "2e essai"], "Démarches", true, 4, [], 40),
        ["motif"] = new(["Naturalisation"], "Motif", true, 3, ["Titre de séjour", "Naturalisation"], 14),
    };

    private static readonly Dictionary<string, Placeholder> Blank = Filled.ToDictionary(kv => kv.Key, kv => kv.Value with { Value = null });

    private const string Body = "J'ai écrit le {date_demande} *sans* réponse.\n\n{demarches}\n\n{motif}\n\nFin {inconnu}.";

    [Fact]
    public void Values_print_in_place_escaped_with_their_lines()
    {
        var markup = MarkdownToMarkup.Convert(Body, placeholders: Filled);
        // A value prints as typed: French typography and hyphenation stay off inside it.
        Assert.Contains("<p>J&apos;ai écrit le <span typography=\"false\" hyphenate=\"false\">12 octobre &lt;2026&gt;</span> <i>sans</i> réponse.</p>", markup);
        Assert.Contains("<p>1er essai<br/>2e essai</p>", markup);
        Assert.Contains("<p>Motif : <b>Naturalisation</b></p>", markup);
        Assert.Contains("Fin {inconnu}.", markup);
    }

    [Fact]
    public void Text_that_prints_no_field_is_converted_once_and_text_with_a_sender_s_values_every_time()
    {
        const string model = "Le texte du modèle, *le même* pour chaque ligne {inconnu}.\n\n- un\n- deux";
        var first = MarkdownToMarkup.Convert(model, placeholders: Filled);
        Assert.Same(first, MarkdownToMarkup.Convert(model, placeholders: Filled));
        Assert.NotEqual(first, MarkdownToMarkup.Convert(model, "align=\"right\"", Filled));
        Assert.Contains("<p align=\"right\">", MarkdownToMarkup.Convert(model, "align=\"right\"", Filled));
        // A sender's words are never kept: made again, they are another string.
        var filled = MarkdownToMarkup.Convert(Body, placeholders: Filled);
        Assert.Equal(filled, MarkdownToMarkup.Convert(Body, placeholders: Filled));
        Assert.NotSame(filled, MarkdownToMarkup.Convert(Body, placeholders: Filled));
    }

    [Fact]
    public void Blanks_become_dots_lines_and_tick_boxes()
    {
        var markup = MarkdownToMarkup.Convert(Body, placeholders: Blank);
        Assert.Contains("le …", markup);
        Assert.Contains("<write-line label=\"Démarches\" lines=\"4\" pitch=\"8mm\"/>", markup);
        Assert.Contains("<tick-box label=\"Titre de séjour\"/>", markup);
        Assert.Contains("<tick-box label=\"Naturalisation\"/>", markup);
    }

    [Theory]
    [InlineData(5, 12)]
    [InlineData(16, 16)]
    [InlineData(49, 49)]
    public void A_blank_in_a_sentence_leaves_one_dot_per_character_of_the_example_and_at_least_twelve(int example, int dots)
    {
        var blank = new Dictionary<string, Placeholder> { ["cle"] = new(null, "Libellé", false, 3, [], example) };
        var markup = MarkdownToMarkup.Convert("avant {cle} après", placeholders: blank);
        var space = markup["<p>avant ".Length..markup.IndexOf(" après", StringComparison.Ordinal)];
        Assert.Equal(dots, space.Count(c => c == '…'));
        // Groups of at most 8 dots, so that a long blank can break between lines.
        Assert.All(space.Split(' '), group => Assert.InRange(group.Length, 1, 8));
    }

    [Fact]
    public void Underscores_in_keys_never_turn_into_emphasis()
    {
        var markup = MarkdownToMarkup.Convert("_{date_demande}_ et {date_demande}", placeholders: Filled);
        const string value = "<span typography=\"false\" hyphenate=\"false\">12 octobre &lt;2026&gt;</span>";
        Assert.Equal($"<p><i>{value}</i> et {value}</p>\n", markup);
    }
}
