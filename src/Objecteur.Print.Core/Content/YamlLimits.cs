using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Objecteur.Print.Content;

/// <summary>
/// Bounds the work a YAML file can ask for before it is turned into a node tree. A kit is often
/// received from someone else: a few hundred bytes of nested aliases (« billion laughs ») expand
/// to billions of nodes, and deep nesting overflows the stack of whatever walks the tree. One pass
/// over the parser's events counts the nodes as if every alias were expanded, and the depth,
/// and stops at the first event past a limit, naming its line.
/// </summary>
internal static partial class YamlLimits
{
    /// <summary>The whole kit's content is ≈ 5,000 nodes; an expansion past this is an attack or a mistake.</summary>
    public const long MaxExpandedNodes = 200_000;

    /// <summary>Kit files nest 5 levels at most.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads every event of <paramref name="text"/>: syntax errors surface here as
    /// <see cref="YamlException"/>, limits as diagnostics.</summary>
    public static void Check(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        // One frame per open collection: its anchor and the expanded node count so far.
        var open = new Stack<(string? Anchor, long Count)>();
        long total = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            long added = current switch
            {
                Scalar or SequenceStart or MappingStart => 1,
                AnchorAlias alias => sizes.GetValueOrDefault(alias.Value.Value, 1),
                _ => 0,
            };
            total += added;
            if (total > MaxExpandedNodes)
                throw Error(displayPath, current.Start, "le fichier se développe en trop d'éléments (alias YAML « * » imbriqués)",
                    $"un fichier du kit contient au plus {MaxExpandedNodes.ToString("N0", French.Culture)} éléments une fois les alias développés : écrivez les textes en clair, sans « & » ni « * ».");
            switch (current)
            {
                case Scalar { Anchor.IsEmpty: false } scalar:
                    sizes[scalar.Anchor.Value] = 1;
                    AddToTop(open, added);
                    break;
                case Scalar scalar when scalar.Style == ScalarStyle.Plain && scalar.Value.Length == 0:
                    CheckCommentLooksLikeColour(text, displayPath, scalar.Start);
                    AddToTop(open, added);
                    break;
                case NodeEvent { } node and (SequenceStart or MappingStart):
                    if (open.Count >= MaxDepth)
                        throw Error(displayPath, node.Start, $"le fichier est imbriqué sur plus de {MaxDepth} niveaux",
                            "un fichier du kit n'a besoin que de quelques niveaux d'indentation : vérifiez l'indentation de cette ligne.");
                    open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, 1));
                    break;
                case SequenceEnd or MappingEnd:
                    var (anchor, count) = open.Pop();
                    if (anchor is not null) sizes[anchor] = count;
                    AddToTop(open, count);
                    break;
                default:
                    AddToTop(open, added);
                    break;
            }
        }
    }

    private static void AddToTop(Stack<(string? Anchor, long Count)> open, long count)
    {
        if (open.Count == 0) return;
        var (anchor, total) = open.Pop();
        open.Push((anchor, total + count));
    }

    /// <summary>« couleur: #00808A » reads as an empty value followed by a comment: the most
    /// puzzling « est vide » there is, so it gets its own message.</summary>
    private static void CheckCommentLooksLikeColour(string text, string displayPath, Mark at)
    {
        var line = Line(text, (int)at.Line);
        var match = ValueThenComment().Match(line);
        if (match.Success)
            throw new DiagnosticException(new Diagnostic(displayPath, (int)at.Line, match.Groups[1].Index + 1,
                $"la couleur {match.Groups[1].Value} est lue comme un commentaire (tout ce qui suit « # » l'est)",
                $"mettez-la entre guillemets : « \"{match.Groups[1].Value}\" »."));
    }

    private static string Line(string text, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start);
            if (start >= 0) start++;
        }
        if (start < 0) return "";
        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static DiagnosticException Error(string displayPath, Mark at, string message, string hint) =>
        new(new Diagnostic(displayPath, (int)at.Line, (int)at.Column, message, hint));

    [GeneratedRegex(@":\s+(#[0-9A-Fa-f]{3,8})\b\s*$")]
    private static partial Regex ValueThenComment();
}
