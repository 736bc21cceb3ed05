using System.Runtime.CompilerServices;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// A page as it was drawn into one document, to put into another without drawing it again: its
/// compressed content stream, the fonts and graphic states it names, the characters it draws. A
/// mail merge draws each letter into the person's file and then, the same page, into the file of
/// letters to print: that second drawing, and the second compression of the same stream, were an
/// eighth of a merge; and the sheet that follows each letter is the same for every row.
/// </summary>
/// <remarks>
/// <para>A page's content depends on its frame alone (fonts and states are named per page, in
/// order of use, and <see cref="PageText"/> writes all text), so a page added this way has the
/// bytes it would have had drawn. <see cref="PdfRenderer.Add"/> draws it all the same when the
/// document lacks one of its fonts or states: making them while drawing keeps the document's
/// objects in the order drawing makes them, so the whole file has the same bytes either way.</para>
/// <para>Only pages that name nothing else are kept (no image, no embedded page): those
/// need objects of their own in each document.</para>
/// </remarks>
public sealed class DrawnPage
{
    internal DrawnPage(PageFrame frame, PdfColorMode colorMode, byte[] content, IReadOnlyList<PageResource> resources, IReadOnlyList<PageChars> chars)
    {
        Frame = frame;
        ColorMode = colorMode;
        Content = content;
        Resources = resources;
        Chars = chars;
    }

    /// <summary>The frame the page was drawn from.</summary>
    internal PageFrame Frame { get; }

    /// <summary>The colour mode the content was written in.</summary>
    internal PdfColorMode ColorMode { get; }

    /// <summary>The content stream, a complete zlib stream.</summary>
    internal byte[] Content { get; }

    /// <summary>What the page names, each kind (fonts, states) whole and in the order the
    /// resource dictionary has it, each name in the order it was given.</summary>
    internal IReadOnlyList<PageResource> Resources { get; }

    internal IReadOnlyList<PageChars> Chars { get; }

    /// <summary>Whether drawing <paramref name="frame"/> writes this page's content: the same
    /// size, the same items in the same order, content of blocks of the same kinds split alike
    /// (the blocks themselves may be another document's: they name no content, only their kind
    /// and their order, by MCID, do).</summary>
    internal bool Draws(PageFrame frame)
    {
        if (ReferenceEquals(frame, Frame)) return true;
        if (frame.Width != Frame.Width || frame.Height != Frame.Height || frame.TrimBox != Frame.TrimBox || frame.BleedBox != Frame.BleedBox
            || frame.Items.Count != Frame.Items.Count) return false;
        for (var i = 0; i < frame.Items.Count; i++)
        {
            FrameItem mine = Frame.Items[i], theirs = frame.Items[i];
            if (mine.Node?.Kind != theirs.Node?.Kind || (mine.Node is null) != (theirs.Node is null)) return false;
            if (i > 0 && ReferenceEquals(mine.Node, Frame.Items[i - 1].Node) != ReferenceEquals(theirs.Node, frame.Items[i - 1].Node)) return false;
            if (!DrawAlike(mine, theirs)) return false;
        }
        return true;
    }

    /// <summary>Two items drawn alike whatever block they belong to; the lists some hold are
    /// compared item by item (a dashed rule laid out again has a dash list of its own).</summary>
    private static bool DrawAlike(FrameItem a, FrameItem b) => (a, b) switch
    {
        (LineItem x, LineItem y) => x.Dash.SequenceEqual(y.Dash) && (x with { Node = null, Dash = [] }).Equals(y with { Node = null, Dash = [] }),
        (PathItem x, PathItem y) => x.Figures.Count == y.Figures.Count
            && x.Figures.Zip(y.Figures).All(f => f.First.Segments.SequenceEqual(f.Second.Segments) && f.First with { Segments = [] } == f.Second with { Segments = [] })
            && (x with { Node = null, Figures = [] }).Equals(y with { Node = null, Figures = [] }),
        _ => (a with { Node = null }).Equals(b with { Node = null }),
    };

    /// <summary>The record of a page just drawn, or null when it names what cannot be carried
    /// over (<paramref name="fonts"/> tells which face each font object is of).</summary>
    internal static DrawnPage? Of(PageFrame frame, PdfPage page, byte[] content, PageChars[] chars,
        PdfColorMode colorMode, DocumentFonts fonts)
    {
        if (page.Contents.Elements.Count != 1) return null;
        var resources = new List<PageResource>();
        foreach (var key in page.Resources.Elements.Keys)
        {
            if (key == "/ProcSet") continue;
            if (page.Resources.Elements.GetDictionary(key) is not { } named) return null;
            foreach (var (name, item) in named.Elements)
            {
                var value = item is PdfReference reference ? reference.Value : item;
                PageResource? resource = key switch
                {
                    "/Font" when value is PdfFont font && fonts.FaceOf(font) is { } face => new FontResource(name, face),
                    "/ExtGState" when value is PdfDictionary state => StateResource.Of(name, state),
                    _ => null,
                };
                if (resource is null) return null;
                resources.Add(resource);
            }
        }
        return new DrawnPage(frame, colorMode, content, resources, chars);
    }
}

/// <summary>A name in a page's resource dictionary.</summary>
internal abstract record PageResource(string Name);

internal sealed record FontResource(string Name, FontFace Face) : PageResource(Name);

/// <summary>A graphic state as PDFsharp makes them: a stroke or fill opacity, with or without
/// overprint (<see cref="PdfExtGStateTable"/>).</summary>
internal sealed record StateResource(string Name, bool Stroke, double Alpha, bool Overprint) : PageResource(Name)
{
    /// <summary>The state <paramref name="state"/> is, or null when PDFsharp's table would not
    /// make it as it is.</summary>
    public static StateResource? Of(string name, PdfDictionary state)
    {
        var stroke = state.Elements.ContainsKey("/CA");
        if (stroke == state.Elements.ContainsKey("/ca")) return null;
        var (alpha, overprint) = stroke ? ("/CA", "/OP") : ("/ca", "/op");
        var op = state.Elements.GetBoolean(overprint);
        string[] expected = op ? ["/Type", alpha, overprint, "/OPM"] : ["/Type", alpha];
        if (!state.Elements.Keys.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal))) return null;
        return new StateResource(name, stroke, state.Elements.GetReal(alpha), op);
    }

    /// <summary>What the state is, whatever the page names it.</summary>
    public (bool Stroke, double Alpha, bool Overprint) Key => (Stroke, Alpha, Overprint);

    /// <summary>This state in <paramref name="pdf"/>, made there the first time.</summary>
    public PdfExtGState In(PdfDocument pdf) =>
        Stroke ? ExtGStateTable(pdf).GetExtGStateStroke(Alpha, Overprint) : ExtGStateTable(pdf).GetExtGStateNonStroke(Alpha, Overprint);

    /// <summary>The document's table of graphic states (internal in PDFsharp 6.2.4; its type is
    /// public): an unsafe accessor is bound at compile time, so Native AOT keeps it.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ExtGStateTable")]
    private static extern PdfExtGStateTable ExtGStateTable(PdfDocument pdf);
}
