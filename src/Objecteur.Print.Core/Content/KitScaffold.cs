using System.Text;

namespace Objecteur.Print.Content;

/// <summary>
/// Starts a collective's own kit (<c>objecteur nouveau-kit DOSSIER --nom "…"</c>): the kit's
/// content/ and templates/ copied, and kit.yaml's <c>organisation:</c> block filled with the name
/// and placeholders (« À compléter : … ») for the rest, with comments saying what to change. The
/// kit builds at once; <c>objecteur check</c> lists what is still to fill in.
/// </summary>
public static class KitScaffold
{
    /// <summary>Copies the kit at <paramref name="sourceRoot"/> (its content/ and templates/) to <paramref name="folder"/>.</summary>
    public static void Write(string sourceRoot, string folder, string name)
    {
        var files = new[] { "content", "templates" }.SelectMany(dir =>
        {
            var from = Path.Combine(sourceRoot, dir);
            return Directory.Exists(from)
                ? Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
                    .Select(f => (Path: Path.GetRelativePath(sourceRoot, f), Data: File.ReadAllBytes(f)))
                : [];
        }).ToList();
        Write(folder, name, files);
    }

    /// <summary>Writes a kit from its files (relative paths such as <c>content/kit.yaml</c>, e.g. embedded
    /// in the program), with <c>content/kit.yaml</c>'s organisation replaced.</summary>
    public static void Write(string folder, string name, IEnumerable<(string Path, byte[] Data)> files)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DiagnosticException(new Diagnostic(folder, 0, 0, "le nom du collectif est vide", "donnez-le avec --nom \"Nom du collectif\"."));
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new DiagnosticException(new Diagnostic(folder, 0, 0, "ce dossier existe déjà et n'est pas vide",
                "choisissez un nouveau dossier : le kit n'écrase jamais des fichiers existants."));
        var kitFile = Path.Combine("content", KitLoader.FileName).Replace('\\', '/');
        var any = false;
        foreach (var (relative, data) in files)
        {
            var normalised = relative.Replace('\\', '/');
            var target = Path.GetFullPath(Path.Combine(folder, normalised));
            if (!target.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (normalised == kitFile)
            {
                File.WriteAllText(target, WithOrganisation(Encoding.UTF8.GetString(data), OrganisationBlock(name.Trim())));
                any = true;
            }
            else File.WriteAllBytes(target, data);
        }
        if (!any)
            throw new DiagnosticException(new Diagnostic(kitFile, 0, 0, "le kit de départ n'a pas de content/kit.yaml", "le programme est incomplet : réinstallez-le."));
    }

    /// <summary>The <c>organisation:</c> block of a new kit: the name, placeholders for the ways to be
    /// reached without internet, and the optional keys commented out.</summary>
    public static string OrganisationBlock(string name) => $$"""
        organisation:
          # Le nom de votre collectif, tel qu'il s'imprime sur tous les documents.
          nom: {{Quote(name)}}
          # Votre adresse postale, une ligne par ligne d'enveloppe (6 au plus). Elle s'imprime sur chaque
          # document avant le téléphone et internet, et dans la mention d'imprimeur (loi du 29 juillet 1881).
          adresse:
            - "{{Organisation.PlaceholderPrefix}} : numéro et rue"
            - "{{Organisation.PlaceholderPrefix}} : code postal et ville"
          # Un téléphone où l'on vous répond ; retirez la ligne si vous n'en avez pas.
          telephone: "{{Organisation.PlaceholderPrefix}} : numéro de téléphone"
          # Où et quand on peut venir sans rendez-vous, par exemple « mardi 14 h–17 h, Bourse du travail ».
          permanence: "{{Organisation.PlaceholderPrefix}} : jour, heures et lieu"
          # Facultatif : retirez le « # » devant une ligne pour l'utiliser.
          # courriel: contact@votre-collectif.org
          # site_web: votre-collectif.org
          # Votre logo, PNG ou JPEG, posé dans le dossier content/ :
          # logo: logo.png
          # Vos couleurs (« # » et six chiffres ou lettres A à F). Le texte posé sur chacune doit rester
          # lisible : un contraste trop faible est refusé, avec le rapport mesuré.
          # couleurs:
          #   principale: "{{ThemeColours.Default.Principale}}"
          #   texte_sur_principale: "{{ThemeColours.Default.TexteSurPrincipale}}"
          #   secondaire: "{{ThemeColours.Default.Secondaire}}"
          #   texte_sur_secondaire: "{{ThemeColours.Default.TexteSurSecondaire}}"
          # Sans « imprimeur: », les documents portent « Imprimé par nos soins » et votre adresse. Chez
          # un reprographe, donnez son nom et son adresse :
          # imprimeur:
          #   nom: Nom du reprographe
          #   adresse: [numéro et rue, code postal et ville]
          # Un cadre vide au verso des tracts et au dos du livret, pour le tampon de qui les distribue.
          tampon: oui

        """.Replace("\r\n", "\n");

    /// <summary>kit.yaml with its <c>organisation:</c> block (the line and every indented, blank or
    /// comment line under it) replaced by <paramref name="block"/>.</summary>
    public static string WithOrganisation(string kitYaml, string block)
    {
        var lines = kitYaml.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == "organisation:");
        if (start < 0) return block + "\n" + kitYaml;
        var end = start + 1;
        while (end < lines.Length && (lines[end].Length == 0 || lines[end][0] == ' ')) end++;
        // Blank lines before the next top-level key stay with it.
        while (end > start + 1 && lines[end - 1].Trim().Length == 0) end--;
        return string.Join('\n', lines[..start]) + (start > 0 ? "\n" : "") + block.TrimEnd('\n') + "\n" + string.Join('\n', lines[end..]);
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
