using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;

namespace Objecteur.Print.Render;

/// <summary>
/// Pages drawn for one document placed whole on the sheets of another (the Press stage's imposed
/// booklet), each as a form XObject made of its content stream as it was compressed, its fonts and
/// graphic states those of the sheets' document. Placing a page read back from the PDF (PDFsharp's
/// <see cref="XPdfForm"/>) parsed the file, inflated every page and compressed it again.
/// </summary>
/// <param name="glyphs">The glyphs the sheets' document draws, to trim its fonts to
/// (<see cref="GlyphUse.Trim"/>): the placed pages' are added.</param>
internal sealed class PageForms(PdfDocument pdf, GlyphUse glyphs)
{
    private readonly DocumentFonts _fonts = new(pdf);
    private readonly Dictionary<DrawnPage, PdfDictionary> _forms = new(ReferenceEqualityComparer.Instance);
    private readonly List<PdfDictionary> _compressed = [];

    /// <summary>The forms' streams and the font programs, compressed already (<see cref="Reproducibility.Save"/>).</summary>
    public IReadOnlyList<PdfDictionary> Compressed => _compressed;

    /// <summary>Embeds the fonts the forms name, for every glyph the sheets draw with them: once
    /// everything is drawn, before saving.</summary>
    public void EmbedFonts() => FontEmbedding.Embed(pdf, _fonts, glyphs, _compressed);

    /// <summary>Draws <paramref name="drawn"/> on <paramref name="page"/> (drawn on by
    /// <paramref name="graphics"/>), its lower left corner at (<paramref name="x"/>, <paramref name="y"/>)
    /// in PDF units from the sheet's lower left corner, clipped to <paramref name="clip"/> (same units).</summary>
    public void Place(PdfPage page, XGraphics graphics, DrawnPage drawn, double x, double y, PdfRectangle clip)
    {
        var form = Form(drawn);
        if (page.Resources.Elements.GetDictionary("/XObject") is not { } xobjects)
            page.Resources.Elements["/XObject"] = xobjects = new PdfDictionary(pdf);
        var name = "/Pg" + xobjects.Elements.Count.ToString(CultureInfo.InvariantCulture);
        xobjects.Elements[name] = form.Reference;
        PdfRendererExtensions.BeginGraphicMode(graphics);
        PdfStructure.AppendToContentStream(graphics, string.Create(CultureInfo.InvariantCulture,
            $"q\n{clip.X1:0.###} {clip.Y1:0.###} {clip.Width:0.###} {clip.Height:0.###} re W n\n1 0 0 1 {x:0.####} {y:0.####} cm\n{name} Do\nQ\n"));
    }

    private PdfDictionary Form(DrawnPage drawn)
    {
        if (_forms.TryGetValue(drawn, out var made)) return made;
        var resources = new PdfDictionary(pdf);
        foreach (var resource in drawn.Resources)
        {
            var (kind, item) = resource switch
            {
                FontResource f => ("/Font", (PdfObject)_fonts.Of(f.Face)),
                StateResource s => ("/ExtGState", s.In(pdf)),
                _ => throw new InvalidOperationException(resource.ToString()),
            };
            if (item.Reference is null) pdf.Internals.AddObject(item);
            if (resources.Elements.GetDictionary(kind) is not { } named) resources.Elements[kind] = named = new PdfDictionary(pdf);
            named.Elements[resource.Name] = item.Reference;
        }
        PageText.Give(drawn.Chars, _fonts, glyphs);
        var form = new PdfDictionary(pdf);
        form.Elements.SetName("/Type", "/XObject");
        form.Elements.SetName("/Subtype", "/Form");
        form.Elements["/BBox"] = new PdfArray(pdf, new PdfReal(0), new PdfReal(0), new PdfReal(drawn.Frame.Width), new PdfReal(drawn.Frame.Height));
        form.Elements["/Resources"] = resources;
        PdfStreams.SetCompressed(form, drawn.Content, _compressed);
        pdf.Internals.AddObject(form);
        return _forms[drawn] = form;
    }

}
