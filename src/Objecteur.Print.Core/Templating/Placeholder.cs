namespace Objecteur.Print.Templating;

/// <summary>How a <c>{cle}</c> placeholder of Markdown content prints: the sender's value, or, in a
/// letter to fill in by hand, a dotted space, handwriting lines or tick boxes.</summary>
/// <param name="Value">The value's lines; null when the value is to be written by hand.</param>
/// <param name="Label">The field's label, printed above lines or boxes to fill.</param>
/// <param name="Block">True for a field printed as a block of its own (several lines, a choice).</param>
/// <param name="Lines">Handwriting lines for a block field left blank.</param>
/// <param name="Options">Choices offered: tick boxes when left blank.</param>
/// <param name="Characters">The length of the field's example: how much room a blank inside a sentence leaves.</param>
public sealed record Placeholder(IReadOnlyList<string>? Value, string Label, bool Block, int Lines, IReadOnlyList<string> Options, int Characters);
