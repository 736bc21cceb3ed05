namespace Objecteur.Print.Templating;

/// <summary>
/// A value of the content that a template helper cannot print (Markdown nested too deep). The
/// helper only sees the text: the pipeline, which knows the document's files, names where that
/// text was written (<see cref="Content.ValueOrigins"/>).
/// </summary>
/// <param name="Culprit">The part of the value at fault, as written (a line of it).</param>
public sealed class ContentValueException(string culprit, string message, string hint) : Exception(message)
{
    public string Culprit { get; } = culprit;
    public string Hint { get; } = hint;
}
