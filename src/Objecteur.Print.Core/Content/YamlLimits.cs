using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Objecteur.Print.Content;

/// <summary>
/// Bounds the work a YAML file can ask for before it is turned into a node tree. A kit is often
/// received from someone else: a few hundred bytes of nested aliases (« billion laughs ») expand
/// to billions of nodes, and deep nesting overflows the stack of whatever walks the tree. The
/// parser the tree is built from counts the nodes as if every alias were expanded, and the depth,
/// and stops at the first event past a limit, naming its line: the tree never grows past them, and
/// the file is parsed once (a first pass that only checked was half the time of loading a letter).
/// </summary>
internal sealed partial class YamlLimits(string text, string displayPath) : IParser
{
    /// <summary>The whole kit's content is ≈ 5,000 nodes; an expansion past this is an attack or a mistake.</summary>
    public const long MaxExpandedNodes = 200_000;

    /// <summary>Kit files nest 5 levels at most.</summary>
    public const int MaxDepth = 64;

    private readonly Parser _parser = new(new StringReader(text));
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    /// <summary>One frame per open collection: its anchor and the expanded node count so far.</summary>
    private readonly Stack<(string? Anchor, long Count)> _open = new();
    private long _total;

    public ParsingEvent? Current => _parser.Current;

    /// <summary>The next event, once checked: syntax errors surface as <see cref="YamlException"/>,
    /// limits as diagnostics.</summary>
    public bool MoveNext()
    {
        if (!_parser.MoveNext()) return false;
        Count(_parser.Current!);
        return true;
    }

    private void Count(ParsingEvent current)
    {
        long added = current switch
        {
            Scalar or SequenceStart or MappingStart => 1,
            AnchorAlias alias => _sizes.GetValueOrDefault(alias.Value.Value, 1),
            _ => 0,
        };
        _total += added;
        if (_total > MaxExpandedNodes)
            throw Error(displayPath, current.Start, "le fichier se développe en trop d'éléments (alias YAML « * » imbriqués)",
                $"un fichier du kit contient au plus {MaxExpandedNodes.ToString("N0", French.Culture)} éléments une fois les alias développés : écrivez les textes en clair, sans « & » ni « * ».");
        switch (current)
        {
            case Scalar { Anchor.IsEmpty: false } scalar:
                _sizes[scalar.Anchor.Value] = 1;
                AddToTop(_open, added);
                break;
            case Scalar scalar when scalar.Style == ScalarStyle.Plain && scalar.Value.Length == 0:
                CheckCommentLooksLikeColour(text, displayPath, scalar.Start);
                AddToTop(_open, added);
                break;
            case NodeEvent { } node and (SequenceStart or MappingStart):
                if (_open.Count >= MaxDepth)
                    throw Error(displayPath, node.Start, $"le fichier est imbriqué sur plus de {MaxDepth} niveaux",
                        "un fichier du kit n'a besoin que de quelques niveaux d'indentation : vérifiez l'indentation de cette ligne.");
                _open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, 1));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, count) = _open.Pop();
                if (anchor is not null) _sizes[anchor] = count;
                AddToTop(_open, count);
                break;
            default:
                AddToTop(_open, added);
                break;
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
