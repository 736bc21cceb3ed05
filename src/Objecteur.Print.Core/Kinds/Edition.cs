using System.Globalization;
using Objecteur.Print.Content;

namespace Objecteur.Print.Kinds;

/// <summary>
/// The typography a booklet or a letter is set in (kit.yaml option <c>edition</c>, or
/// <c>objecteur lettre --gros-caracteres</c>): the ordinary one, or large print for readers with
/// low vision, after the guidance templates/README.md names (UKAAF, RNIB). The template reads it as
/// <c>{{edition.…}}</c>, so the same template and the same content make both.
/// </summary>
/// <param name="Font">Family of the running text.</param>
/// <param name="Align">Alignment of the running text: ragged right in large print, where stretched
/// word spaces break the reading rhythm.</param>
/// <param name="Hyphenate">Whether words are split at line ends; without it, not even after their
/// own hyphen (« porte-/monnaie »).</param>
/// <param name="Emphasis">What Markdown's <c>*…*</c> draws: slanted letters are the hardest to read
/// with low vision, so large print emphasises in bold.</param>
/// <param name="Slanted">Style of texts set apart as a whole (a chapter's lead, a quotation).</param>
/// <param name="MinSize">Smallest text size a document of this edition may ask for, in points.</param>
/// <param name="MinLeading">Smallest line pitch, as a multiple of the size.</param>
public sealed record Edition(string Name, string Font, string Align, bool Hyphenate, string Emphasis, string Slanted, double MinSize, double MinLeading)
{
    /// <summary>The kit.yaml option that names the edition.</summary>
    public const string Option = "edition";

    public static readonly Edition Ordinary = new("courante", "serif", "justify", true, "italic", "italic", 0, 0);

    public static readonly Edition LargePrint = new("gros-caracteres", "sans", "left", false, "bold", "normal", 16, 1.5);

    private static readonly Edition[] All = [Ordinary, LargePrint];

    public bool IsLargePrint => this == LargePrint;

    /// <summary>The edition a document asks for (the ordinary one when it names none).</summary>
    public static Edition Of(DocumentSpec spec)
    {
        if (!spec.Options.TryGetValue(Option, out var name)) return Ordinary;
        return All.FirstOrDefault(e => e.Name == name.Trim()) ?? throw new DiagnosticException(new Diagnostic(KitFile, spec.Line, spec.Column,
            $"« {spec.Id} » : édition « {name} » inconnue",
            $"écrivez {Option}: gros-caracteres pour les gros caractères, ou retirez l'option pour l'édition courante."));
    }

    /// <summary>The document in this edition: its options say so, and its file and title too
    /// (« lettre-caf-papier-gros-caracteres »), so that both editions can sit side by side.</summary>
    public DocumentSpec Apply(DocumentSpec spec) => Of(spec) == this ? spec : spec with
    {
        Id = $"{spec.Id}-{Name}",
        Titre = $"{spec.Titre} – gros caractères",
        Options = new Dictionary<string, string>(spec.Options) { [Option] = Name },
    };

    /// <summary>
    /// Checks the sizes a document's options ask for against this edition's minimums: a large-print
    /// booklet whose notes shrink back to 12 points is no longer large print. <paramref name="sizes"/>
    /// are options in points, <paramref name="leadings"/> options in multiples of the size.
    /// </summary>
    public void Check(DocumentSpec spec, IEnumerable<string> sizes, IEnumerable<string> leadings)
    {
        foreach (var key in sizes) Check(spec, key, MinSize, "points");
        foreach (var key in leadings) Check(spec, key, MinLeading, "fois la taille du texte");
    }

    private void Check(DocumentSpec spec, string key, double minimum, string unit)
    {
        if (!spec.Options.TryGetValue(key, out var text)
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value >= minimum) return;
        var shown = minimum.ToString("0.##", French.Culture);
        throw new DiagnosticException(new Diagnostic(KitFile, spec.Line, spec.Column,
            $"« {spec.Id} » : en gros caractères, {key} vaut {text} ; il faut {shown} {unit} au moins",
            $"mettez {key}: \"{minimum.ToString("0.##", CultureInfo.InvariantCulture)}\" ou plus (templates/README.md, « Gros caractères »)."));
    }

    /// <summary><c>{{edition.…}}</c>: values for markup attributes, and <c>gros_caracteres</c> for a
    /// template's own choices (a larger handwriting pitch).</summary>
    public Dictionary<string, object?> Values() => new()
    {
        ["nom"] = Name,
        ["gros_caracteres"] = IsLargePrint,
        ["police"] = Font,
        ["alignement"] = Align,
        ["cesure"] = Hyphenate ? "true" : "false",
        ["mots_entiers"] = Hyphenate ? "false" : "true",
        ["accent"] = Emphasis,
        ["italique"] = Slanted,
    };

    /// <summary>What the catalogue's printing advice (<c>faits</c>) says of the edition.</summary>
    public Dictionary<string, string> Facts() => IsLargePrint ? new() { ["gros_caracteres"] = "oui" } : [];

    private static string KitFile => Path.Combine("content", KitLoader.FileName);
}
