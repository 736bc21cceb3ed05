using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Objecteur.Print.Content;

/// <summary>
/// Loads one YAML file into YamlDotNet's node tree, which keeps the line and column of every node,
/// so that each content error can name its exact place. Syntax errors become French diagnostics.
/// </summary>
public static class YamlFile
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="displayPath"/> is how errors name the file.</summary>
    public static YamlMap LoadMapping(string text, string displayPath, params string[] keys)
    {
        var stream = new YamlStream();
        try
        {
            KitText.RejectUnprintable(text, displayPath);
            stream.Load(new YamlLimits(text, displayPath));
        }
        catch (YamlException) when (IndentingTab(text) is { } tab)
        {
            throw new DiagnosticException(new Diagnostic(displayPath, tab.Line, tab.Column,
                "YAML mal formé : une tabulation sert d'indentation",
                "YAML n'accepte que des espaces pour indenter : remplacez cette tabulation par des espaces (deux par niveau)."));
        }
        catch (YamlException e)
        {
            var (message, hint) = Translate(e);
            throw new DiagnosticException(new Diagnostic(displayPath, (int)e.Start.Line, (int)e.Start.Column, $"YAML mal formé : {message}", hint));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new DiagnosticException(new Diagnostic(displayPath, 1, 1, "le fichier est vide ou n'est pas une liste de clés",
                "le fichier doit commencer par des lignes « clé: valeur »."));
        // An escape in quotes (« "\u0007" ») writes a character the file does not show.
        foreach (var scalar in Scalars(root))
            if (KitText.FirstUnprintable(scalar.Value ?? "") >= 0)
                throw new DiagnosticException(new Diagnostic(displayPath, (int)scalar.Start.Line, (int)scalar.Start.Column,
                    $"caractère invisible ou non imprimable (U+{char.ConvertToUtf32(scalar.Value!, KitText.FirstUnprintable(scalar.Value!)):X4}) dans cette valeur",
                    "retirez la séquence « \\… » qui l'écrit entre les guillemets."));
        return new YamlMap(root, displayPath, keys);
    }

    /// <summary>Reads a file of the kit; a missing file is a diagnostic, not an exception.</summary>
    public static YamlMap Load(string path, string displayPath, params string[] keys)
    {
        return LoadMapping(KitText.Read(path, displayPath), displayPath, keys);
    }

    /// <summary>Every scalar under <paramref name="node"/>, keys included, in file order;
    /// <paramref name="skip"/> leaves a subtree out. The depth is bounded by <see cref="YamlLimits"/>.</summary>
    internal static IEnumerable<YamlScalarNode> Scalars(YamlNode node, Func<YamlNode, bool>? skip = null)
    {
        if (skip?.Invoke(node) == true) yield break;
        switch (node)
        {
            case YamlScalarNode scalar:
                yield return scalar;
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                    foreach (var s in Scalars(child, skip)) yield return s;
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    foreach (var s in Scalars(key, skip)) yield return s;
                    foreach (var s in Scalars(value, skip)) yield return s;
                }
                break;
        }
    }

    private const string GeneralHint =
        "vérifiez l'indentation (des espaces, pas de tabulations) et mettez entre guillemets un texte qui contient « : » ou commence par un caractère spécial.";

    private static (string Message, string Hint) Translate(YamlException e)
    {
        var m = e.InnerException?.Message ?? e.Message;
        if (m.Contains("duplicate key", StringComparison.OrdinalIgnoreCase))
            return ("la même clé apparaît deux fois dans ce groupe", "gardez une seule ligne pour cette clé (fusionnez les deux valeurs ou supprimez l'une).");
        if (m.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return ("un « : » inattendu (un texte contenant « : » doit être entre guillemets)", GeneralHint);
        if (m.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || m.Contains("while parsing a block mapping", StringComparison.OrdinalIgnoreCase))
            return ("une clé attendue est absente ou l'indentation est incohérente", GeneralHint);
        if (m.Contains("invalid Unicode", StringComparison.OrdinalIgnoreCase) || m.Contains("unknown escape character", StringComparison.OrdinalIgnoreCase))
            return ("une séquence « \\… » entre guillemets n'écrit aucun caractère valable (une moitié de caractère comme « \\uD800 », ou une lettre inconnue après « \\ »)",
                "écrivez le caractère lui-même plutôt que son code, ou mettez le texte entre apostrophes ' ' (où « \\ » ne s'interprète pas).");
        if (m.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase)
            || m.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return ("un guillemet ouvert n'est pas fermé", "fermez le guillemet sur la même valeur, ou retirez-le.");
        return ("la structure du fichier est incorrecte", GeneralHint);
    }

    /// <summary>The first tab in a line's indentation: YAML forbids it, and its parser reports
    /// the fault wherever its scanner gave up (often line 1), so the tab itself is sought.</summary>
    private static (int Line, int Column)? IndentingTab(string text)
    {
        var line = 1;
        var column = 1;
        var inIndent = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, inIndent) = (line + 1, 1, true);
                continue;
            }
            if (inIndent && c == '\t') return (line, column);
            if (c is not (' ' or '-')) inIndent = false;
            column++;
        }
        return null;
    }
}
