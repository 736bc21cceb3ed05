using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Layout.Frames;

namespace Objecteur.Print.Pipeline;

/// <summary>A document carried through every stage, with the print files made from it.</summary>
/// <param name="Pages">Pages of <paramref name="Pdf"/>: the layout's, or the press sheets made from them (badges).</param>
public sealed record BuiltDocument(DocumentSpec Spec, string Markup, LayoutDocument Layout, byte[] Pdf, int Pages, IReadOnlyList<PressFile> PressFiles);
