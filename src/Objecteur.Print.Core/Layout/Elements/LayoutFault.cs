namespace Objecteur.Print.Layout.Elements;

/// <summary>
/// Content that laying out finds impossible (text too long for its fixed box, its place, its
/// badge), raised by an element with where it was written; the paginator names the user's file
/// from the document being laid out. An element never holds the markup it was built from, so one
/// built for a mail merge's first row can serve every row (see <see cref="Markup.ElementCache"/>).
/// </summary>
/// <param name="Culprit">The text at fault, to name the content value it came from.</param>
public sealed class LayoutFault(SourceSpan where, string message, string hint, string? culprit = null) : Exception(message)
{
    public SourceSpan Where { get; } = where;
    public string Hint { get; } = hint;
    public string? Culprit { get; } = culprit;
}
