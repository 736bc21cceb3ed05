namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// The markup being parsed and how to point at a place in it. The markup is generated from a
/// template, so <see cref="Locate"/> may map a markup position back to the template line the
/// user wrote, or to the content value the faulty text came from (the pipeline supplies that
/// mapping).
/// </summary>
/// <param name="locate">Markup line and column, and the text at fault when there is one (a
/// character, an attribute's value, the text that does not fit), to the user's file and place.</param>
public sealed class MarkupSource(string text, string displayPath, Func<int, int, string?, (string File, int Line, int Column)>? locate = null)
{
    public string Text { get; } = text;
    public string DisplayPath { get; } = displayPath;

    /// <summary>Base folder for relative resource paths (images).</summary>
    public string ResourceDirectory { get; init; } = ".";

    /// <summary>Files made during the build (the kit's PDFs, for the catalogue), found by name
    /// before the resource directory.</summary>
    public IReadOnlyDictionary<string, byte[]> Resources { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>Elements built already from the same markup in the pipeline's other documents
    /// (a merge's rows), taken as they are; none by default.</summary>
    public ElementCache? Elements { get; init; }

    public (string File, int Line, int Column) Locate(int line, int column, string? culprit = null) =>
        locate?.Invoke(line, column, culprit) ?? (DisplayPath, line, column);

    /// <param name="culprit">The text at fault, so that an error in a value the content supplied
    /// names the content file rather than the template line that printed it.</param>
    public DiagnosticException Error(int line, int column, string message, string hint, string? culprit = null)
    {
        var (file, l, c) = Locate(line, column, culprit);
        return new DiagnosticException(new Diagnostic(file, l, c, message, hint));
    }
}
