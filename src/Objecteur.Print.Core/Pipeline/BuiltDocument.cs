using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;

namespace Objecteur.Print.Pipeline;

/// <summary>A document carried through every stage, with the print files made from it.</summary>
/// <param name="Pages">Pages of <paramref name="Pdf"/>: the layout's, or the press sheets made from them (badges).</param>
/// <param name="Drawn">The layout's pages as drawn, to put into another file as they are (a merge's
/// letters to print, see <see cref="DrawnPage"/>).</param>
public sealed record BuiltDocument(DocumentSpec Spec, string Markup, LayoutDocument Layout, byte[] Pdf, int Pages, IReadOnlyList<PressFile> PressFiles,
    IReadOnlyList<DrawnPage?> Drawn);
