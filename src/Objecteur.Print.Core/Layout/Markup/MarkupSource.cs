namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// The markup being parsed and how to point at a place in it. The markup is generated from a
/// template, so <see cref="Locate"/> may map a markup position back to the template line the
/// user wrote (the pipeline supplies that mapping).
/// </summary>
public sealed class MarkupSource(string text, string displayPath, Func<int, int, (string File, int Line, int Column)>? locate = null)
{
    public string Text { get; } = text;
    public string DisplayPath { get; } = displayPath;

    /// <summary>Base folder for relative resource paths (images).</summary>
    public string ResourceDirectory { get; init; } = ".";

    /// <summary>Files made during the build (the kit's PDFs, for the catalogue), found by name
    /// before the resource directory.</summary>
    public IReadOnlyDictionary<string, byte[]> Resources { get; init; } = new Dictionary<string, byte[]>();

    public (string File, int Line, int Column) Locate(int line, int column) =>
        locate?.Invoke(line, column) ?? (DisplayPath, line, column);

    public DiagnosticException Error(int line, int column, string message, string hint)
    {
        var (file, l, c) = Locate(line, column);
        return new DiagnosticException(new Diagnostic(file, l, c, message, hint));
    }
}
