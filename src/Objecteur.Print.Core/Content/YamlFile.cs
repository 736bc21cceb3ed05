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
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new DiagnosticException(new Diagnostic(displayPath, (int)e.Start.Line, (int)e.Start.Column,
                $"YAML mal formé : {Translate(e)}",
                "vérifiez l'indentation (des espaces, pas de tabulations) et mettez entre guillemets un texte qui contient « : » ou commence par un caractère spécial."));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new DiagnosticException(new Diagnostic(displayPath, 1, 1, "le fichier est vide ou n'est pas une liste de clés",
                "le fichier doit commencer par des lignes « clé: valeur »."));
        return new YamlMap(root, displayPath, keys);
    }

    /// <summary>Reads a file of the kit; a missing file is a diagnostic, not an exception.</summary>
    public static YamlMap Load(string path, string displayPath, params string[] keys)
    {
        if (!File.Exists(path))
            throw new DiagnosticException(new Diagnostic(displayPath, 0, 0, "fichier introuvable",
                "vérifiez le nom du fichier et le dossier du kit (option --kit)."));
        return LoadMapping(File.ReadAllText(path), displayPath, keys);
    }

    private static string Translate(YamlException e)
    {
        var m = e.InnerException?.Message ?? e.Message;
        if (m.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "un « : » inattendu (un texte contenant « : » doit être entre guillemets)";
        if (m.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || m.Contains("while parsing a block mapping", StringComparison.OrdinalIgnoreCase))
            return "une clé attendue est absente ou l'indentation est incohérente";
        if (m.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return "une tabulation sert d'indentation";
        if (m.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase)
            || m.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return "un guillemet ouvert n'est pas fermé";
        return "la structure du fichier est incorrecte";
    }
}
