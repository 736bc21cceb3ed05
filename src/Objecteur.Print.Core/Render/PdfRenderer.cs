using System.Text;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// The Render stage: draws the pages of a <see cref="LayoutDocument"/> with PDFsharp. It decides
/// nothing about layout; every position comes from the frames. Fonts are embedded as subsets with
/// Unicode encoding so text copied from the PDF is the French text that was written, and the
/// output is byte-for-byte reproducible (see <see cref="Reproducibility"/>).
/// </summary>
/// <remarks>
/// A document is usually drawn whole (<see cref="Render"/>); a mail merge's print file is made a
/// page at a time as its letters come (<see cref="Add"/>, then <see cref="Finish"/>), from the
/// pages as they were drawn into each person's file (<see cref="DrawnPage"/>), so its pages never
/// wait all together in memory and are not drawn twice. Both ways give the same bytes.
/// </remarks>
public sealed class PdfRenderer : IDisposable
{
    private readonly PdfDocument _pdf = new();
    private readonly PdfStructure _structure;
    private readonly RenderOptions _options;
    private readonly DocumentFonts _fonts;
    private readonly HashSet<(bool, double, bool)> _states = [];
    private readonly List<PdfDictionary> _compressed = [];
    private readonly GlyphUse _glyphs = new();
    private readonly PdfSources _sources = new();

    /// <summary>Starts an empty PDF with its metadata.</summary>
    public PdfRenderer(string title, string subject, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _pdf.Info.Title = title;
        _pdf.Info.Subject = subject;
        _pdf.Info.Creator = "Objecteur.Print";
        if (options.Author is not null) _pdf.Info.Author = options.Author;
        _pdf.Info.CreationDate = options.CreationDate.UtcDateTime;
        _pdf.Info.ModificationDate = options.CreationDate.UtcDateTime;
        if (options.Cmyk) _pdf.Options.ColorMode = PdfColorMode.Cmyk;
        if (options.PdfX) PdfX.Declare(_pdf);
        _structure = new PdfStructure(_pdf);
        _fonts = new DocumentFonts(_pdf);
        // A letter makes about a hundred objects: their table grown from three was a fiftieth of
        // what it allocated.
        SavePreparation.ObjectTable(PdfWriting.IrefTable(_pdf)).EnsureCapacity(ObjectsAhead);
    }

    private const int ObjectsAhead = 128;

    public static byte[] Render(LayoutDocument document, RenderOptions options) => RenderPages(document, options).Pdf;

    /// <summary>The document's file, and its pages as drawn (null for one that cannot be added
    /// to another document as it is), to add to another file (<see cref="Add"/>).</summary>
    /// <param name="like">Pages drawn for another document that may be the same as this one's,
    /// page for page (a merge's letters: the sheet that follows each letter is the same for all):
    /// each that is put in as it is.</param>
    public static RenderedPdf RenderPages(LayoutDocument document, RenderOptions options, IReadOnlyList<DrawnPage?>? like = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Disposed when saved: a document left to its finalizer costs the finalizer thread a core's share in a merge.
        using var renderer = new PdfRenderer(document.Title, document.Subject, options);
        // The files a catalogue shows are read on other cores while its pages are drawn: reading
        // them was half of the catalogue's time, the last step of a kit, when the cores are free.
        renderer._sources.OpenAhead(document.Pages.SelectMany(p => p.Items).OfType<PdfPageItem>());
        var pages = document.Pages.Select((frame, i) => renderer.Add(frame, like?.ElementAtOrDefault(i))).ToList();
        return new RenderedPdf(renderer.Finish(document.Language, document.Outline), pages);
    }

    /// <summary>The document's pages drawn, with no file made of them (see <see cref="DrawnPage"/>).</summary>
    public static IReadOnlyList<DrawnPage?> DrawPages(LayoutDocument document, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var renderer = new PdfRenderer(document.Title, document.Subject, options);
        return [.. document.Pages.Select(frame => renderer.Add(frame))];
    }

    /// <summary>Draws one more page, or puts in <paramref name="drawn"/> when it is this page
    /// drawn into another document and this one has its fonts and states already (see
    /// <see cref="DrawnPage"/>): the file has the same bytes either way.</summary>
    /// <returns>The page as drawn here, or null when it cannot be carried over.</returns>
    public DrawnPage? Add(PageFrame frame, DrawnPage? drawn = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        // Nothing transparent in a shop's copy: images are made opaque first (see ShopImages).
        if (_options.Cmyk) frame = ShopImages.OnBackdrop(frame);
        var page = _pdf.AddPage();
        _structure.AddPage(page);
        page.Width = XUnit.FromPoint(frame.Width);
        page.Height = XUnit.FromPoint(frame.Height);
        if (frame.TrimBox is { } trim) page.TrimBox = Box(trim, frame.Height);
        if (frame.BleedBox is { } bleed) page.BleedBox = Box(bleed, frame.Height);
        // A page left blank (before a chapter) gets no content stream: PDFsharp would write
        // an empty one as a truncated Flate stream, which readers report as corrupt.
        if (frame.Items.Count == 0) return null;
        if (drawn is not null && CanPutIn(drawn) && drawn.Draws(frame))
        {
            PutIn(page, frame, drawn);
            return drawn;
        }
        PageChars[] chars;
        byte[] content;
        StringBuilder written;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            written = PageContent.Of(graphics);
            var text = new PageText(page, graphics, written, _pdf.Options.ColorMode, _fonts);
            Draw(frame, graphics, text);
            chars = text.Finish(_glyphs);
            content = PageContent.TakeCompressed(graphics, PdfStreams.PageContentLevel);
        }
        PageContent.Release(written);
        // Compressed as soon as it is written, so that a page put into another document brings its
        // compressed bytes (DrawnPage).
        PdfStreams.SetCompressed(page.Contents.Elements.GetDictionary(page.Contents.Elements.Count - 1)!, content, _compressed);
        var record = DrawnPage.Of(frame, page, content, chars, _pdf.Options.ColorMode, _fonts);
        foreach (var state in record?.Resources.OfType<StateResource>() ?? []) _states.Add(state.Key);
        return record;
    }

    /// <summary>One marked-content sequence per run of items of the same block (or artifact
    /// kind): a paragraph's lines on a page make one, not one per word.</summary>
    private static IEnumerable<(int Start, int End)> Runs(PageFrame frame)
    {
        for (var start = 0; start < frame.Items.Count;)
        {
            var end = start + 1;
            while (end < frame.Items.Count && SameTag(frame.Items[end], frame.Items[start])) end++;
            yield return (start, end);
            start = end;
        }
    }

    private void Draw(PageFrame frame, XGraphics graphics, PageText text)
    {
        foreach (var (start, end) in Runs(frame))
        {
            var first = frame.Items[start];
            using (first.Node is { } node ? _structure.Content(graphics, node)
                : _structure.Artifact(graphics, first.Artifact, first.Artifact == ArtifactKind.Background ? Box(Bounds(frame.Items.Take(end).Skip(start)), frame.Height) : null))
            {
                for (var i = start; i < end; i++)
                {
                    if (frame.Items[i] is TextItem t)
                    {
                        text.Add(t);
                        continue;
                    }
                    text.Flush();
                    Draw(graphics, frame.Items[i], _sources);
                }
                text.Flush();
            }
        }
    }

    private bool CanPutIn(DrawnPage drawn) =>
        drawn.ColorMode == _pdf.Options.ColorMode
        && drawn.Resources.All(r => r switch
        {
            FontResource f => _fonts.Has(f.Face),
            StateResource s => _states.Contains(s.Key),
            _ => false,
        });

    private void PutIn(PdfPage page, PageFrame frame, DrawnPage drawn)
    {
        PdfStreams.SetCompressed(page.Contents.AppendContent(), drawn.Content, _compressed);
        foreach (var resource in drawn.Resources)
        {
            var name = resource switch
            {
                FontResource f => page.Resources.AddFont(_fonts.Of(f.Face)),
                StateResource s => page.Resources.AddExtGState(s.In(_pdf)),
                _ => throw new InvalidOperationException(resource.ToString()),
            };
            // Names are given per page in order of use: the same uses, the same names.
            if (name != resource.Name) throw new InvalidOperationException($"{resource} named {name} here");
        }
        // The marked content is this frame's blocks, in the order drawing would mark them.
        _structure.Mark(Runs(frame).Select(run => frame.Items[run.Start].Node).OfType<StructureNode>());
        PageText.Give(drawn.Chars, _fonts, _glyphs);
    }

    /// <summary>Closes the structure tree, adds the bookmarks and saves: the file's bytes.</summary>
    public byte[] Finish(string language, IReadOnlyList<OutlineEntry> outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        if (_options.Cmyk) ShopImages.ToCmyk(_pdf);
        _structure.Finish(language);
        // Bookmarks for reading on screen; a reader opens with them shown.
        foreach (var entry in outline) _pdf.Outlines.Add(entry.Title, _pdf.Pages[entry.Page - 1]);
        if (outline.Count > 0) _pdf.PageMode = PdfPageMode.UseOutlines;
        FontEmbedding.Embed(_pdf, _fonts, _glyphs, _compressed);
        return _options.PdfX ? PdfX.Save(_pdf, _glyphs.Trim, _compressed) : Reproducibility.Save(_pdf, fontProgram: _glyphs.Trim, compressed: _compressed);
    }

    public void Dispose()
    {
        _sources.Dispose();
        _pdf.Dispose();
    }

    /// <summary>What a run of page backgrounds covers.</summary>
    private static Rect Bounds(IEnumerable<FrameItem> items)
    {
        var boxes = items.OfType<RectItem>().Select(r => r.Bounds).ToList();
        if (boxes.Count == 0) return new Rect(0, 0, 0, 0);
        var (x, y) = (boxes.Min(b => b.X), boxes.Min(b => b.Y));
        return new Rect(x, y, boxes.Max(b => b.Right) - x, boxes.Max(b => b.Bottom) - y);
    }

    private static bool SameTag(FrameItem a, FrameItem b) =>
        a.Node is { } node ? ReferenceEquals(node, b.Node) : b.Node is null && a.Artifact == b.Artifact;

    private static void Draw(XGraphics g, FrameItem item, PdfSources sources)
    {
        switch (item)
        {
            case RectItem r:
                var rect = new XRect(r.Bounds.X, r.Bounds.Y, r.Bounds.Width, r.Bounds.Height);
                if (r.Fill is { } fill && r.Stroke is { } stroke) g.DrawRectangle(Pen(stroke, r.StrokeWidth), new XSolidBrush(ToX(fill)), rect);
                else if (r.Fill is { } onlyFill) g.DrawRectangle(new XSolidBrush(ToX(onlyFill)), rect);
                else if (r.Stroke is { } onlyStroke) g.DrawRectangle(Pen(onlyStroke, r.StrokeWidth), rect);
                break;
            case LineItem l:
                var pen = Pen(l.Stroke, l.Width);
                if (l.Dash.Count > 0)
                {
                    // PDFsharp's dash pattern is in multiples of the pen width.
                    pen.DashPattern = l.Dash.Select(d => d / l.Width).ToArray();
                }
                g.DrawLine(pen, l.X1, l.Y1, l.X2, l.Y2);
                break;
            case EllipseItem e:
                var box = new XRect(e.Bounds.X, e.Bounds.Y, e.Bounds.Width, e.Bounds.Height);
                if (e.Fill is { } ef && e.Stroke is { } es) g.DrawEllipse(Pen(es, e.StrokeWidth), new XSolidBrush(ToX(ef)), box);
                else if (e.Fill is { } onlyEf) g.DrawEllipse(new XSolidBrush(ToX(onlyEf)), box);
                else if (e.Stroke is { } onlyEs) g.DrawEllipse(Pen(onlyEs, e.StrokeWidth), box);
                break;
            case PdfPageItem p:
                using (var form = sources.Take(p)) DrawPdfPage(g, p, form);
                break;
            case PathItem p:
                DrawPath(g, p);
                break;
            case ImageItem i:
                using (var stream = new MemoryStream(i.Data))
                using (var image = XImage.FromStream(stream))
                    g.DrawImage(image, i.Bounds.X, i.Bounds.Y, i.Bounds.Width, i.Bounds.Height);
                break;
        }
    }

    /// <summary>The page, scaled to fit its box and centred, with a hairline frame: a thumbnail
    /// of a white page would otherwise vanish on the white sheet.</summary>
    private static void DrawPath(XGraphics g, PathItem p)
    {
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        foreach (var figure in p.Figures)
        {
            path.StartFigure();
            var (x, y) = (figure.X, figure.Y);
            foreach (var s in figure.Segments)
            {
                if (s.Curve) path.AddBezier(x, y, s.X1, s.Y1, s.X2, s.Y2, s.X, s.Y);
                else path.AddLine(x, y, s.X, s.Y);
                (x, y) = (s.X, s.Y);
            }
            if (figure.Closed) path.CloseFigure();
        }
        XPen? pen = null;
        if (p.Stroke is { } stroke)
        {
            pen = Pen(stroke, p.StrokeWidth);
            if (p.RoundCaps) pen.LineCap = XLineCap.Round;
            if (p.RoundJoins) pen.LineJoin = XLineJoin.Round;
        }
        var brush = p.Fill is { } fill ? new XSolidBrush(ToX(fill)) : null;
        if (pen is not null && brush is not null) g.DrawPath(pen, brush, path);
        else if (brush is not null) g.DrawPath(brush, path);
        else if (pen is not null) g.DrawPath(pen, path);
    }

    private static void DrawPdfPage(XGraphics g, PdfPageItem p, XPdfForm form)
    {
        form.PageNumber = Math.Clamp(p.Page, 1, form.PageCount);
        var page = form.Page!;
        var (w, h) = (page.MediaBox.Width, page.MediaBox.Height);
        var scale = Math.Min(p.Bounds.Width / w, p.Bounds.Height / h);
        var box = new XRect(p.Bounds.X + (p.Bounds.Width - w * scale) / 2, p.Bounds.Y + (p.Bounds.Height - h * scale) / 2, w * scale, h * scale);
        g.DrawImage(form, box);
        g.DrawRectangle(new XPen(XColor.FromArgb(170, 170, 170), 0.4), box);
    }

    private static XPen Pen(Color color, double width) => new(ToX(color), width);

    /// <summary>Crop and fold marks print in all inks (registration black) so every plate shows them.</summary>
    internal static XColor ToX(Color c) => c == Color.Registration ? XColor.FromCmyk(1, 1, 1, 1) : XColor.FromArgb(c.R, c.G, c.B);

    /// <summary>PDF boxes count y upwards from the bottom of the page; frames count downwards.</summary>
    private static PdfRectangle Box(Rect r, double pageHeight) =>
        new(new XPoint(r.X, pageHeight - r.Bottom), new XPoint(r.Right, pageHeight - r.Y));
}

/// <summary>A document's file and its pages as drawn (<see cref="PdfRenderer.RenderPages"/>).</summary>
public sealed record RenderedPdf(byte[] Pdf, IReadOnlyList<DrawnPage?> Pages);
