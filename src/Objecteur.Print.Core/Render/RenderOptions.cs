namespace Objecteur.Print.Render;

/// <summary>What a PDF says about itself beyond the layout: its date (from SOURCE_DATE_EPOCH or
/// the content, never the clock when bytes must be reproducible) and, only if asked, an author.</summary>
/// <param name="Cmyk">Colours written as CMYK (a print shop's copy): PDFsharp converts each sRGB
/// colour with full grey-component replacement, so black and greys are black ink alone
/// (<c>0 0 0 1 k</c>), and registration black keeps all four inks.</param>
/// <param name="PdfX">A print shop's copy as <see cref="Render.PdfX"/> makes it (CMYK included).</param>
public sealed record RenderOptions(DateTimeOffset CreationDate, string? Author = null, bool Cmyk = false, bool PdfX = false);
