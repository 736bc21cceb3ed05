using PdfSharp.Pdf;

namespace Objecteur.Print.Preflight;

/// <summary>
/// Follows the graphics state through a page's content and the forms it draws (PDF 32000-1
/// §8.4): which colour spaces it paints with, in which colour text is shown, where images land
/// (hence their resolution on paper), which fonts and transparency it uses.
/// </summary>
internal sealed class PageScan(int page, PreflightFindings found)
{
    /// <summary>Forms drawn inside forms, at most this deep: a form that draws itself ends here.</summary>
    private const int MaxDepth = 16;

    private readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
    {
        public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

        /// <summary>This matrix, then <paramref name="m"/>: the new CTM of « cm » is operand × CTM.</summary>
        public Matrix Then(Matrix m) => new(
            A * m.A + B * m.C, A * m.B + B * m.D,
            C * m.A + D * m.C, C * m.B + D * m.D,
            E * m.A + F * m.C + m.E, E * m.B + F * m.D + m.F);

        /// <summary>How long the image space's unit vectors are on the page, in points.</summary>
        public (double Width, double Height) UnitSquare => (Math.Sqrt(A * A + B * B), Math.Sqrt(C * C + D * D));
    }

    private sealed record State(Matrix Ctm, ColourSpace FillSpace, double[] Fill, ColourSpace StrokeSpace, double[] Stroke, int RenderMode);

    private static readonly State Initial = new(Matrix.Identity, ColourSpace.Gray, [0], ColourSpace.Gray, [0], 0);

    private readonly HashSet<int> _forms = [];

    public void Run(byte[] content, PdfDictionary? resources) => Run(content, resources, Initial, 0);

    private void Run(byte[] content, PdfDictionary? resources, State start, int depth)
    {
        Fonts(resources);
        var state = start;
        var saved = new Stack<State>();
        var scanner = new ContentScanner(content);
        while (scanner.Next() is { } op)
        {
            var operands = scanner.Operands;
            switch (op)
            {
                case "q":
                    saved.Push(state);
                    break;
                case "Q":
                    if (saved.Count > 0) state = saved.Pop();
                    break;
                case "cm" when Numbers(operands, 6) is { } m:
                    state = state with { Ctm = new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]).Then(state.Ctm) };
                    break;
                case "g" or "rg" or "k":
                    state = state with { FillSpace = DeviceSpace(op), Fill = AllNumbers(operands) };
                    break;
                case "G" or "RG" or "K":
                    state = state with { StrokeSpace = DeviceSpace(op), Stroke = AllNumbers(operands) };
                    break;
                case "cs" when operands.Count > 0 && operands[^1].Name is { } name:
                    state = state with { FillSpace = ColourSpace.Resolve(new PdfName("/" + name), resources), Fill = [] };
                    break;
                case "CS" when operands.Count > 0 && operands[^1].Name is { } name:
                    state = state with { StrokeSpace = ColourSpace.Resolve(new PdfName("/" + name), resources), Stroke = [] };
                    break;
                case "sc" or "scn":
                    state = state with { Fill = AllNumbers(operands) };
                    break;
                case "SC" or "SCN":
                    state = state with { Stroke = AllNumbers(operands) };
                    break;
                case "Tr" when operands.Count > 0 && operands[^1].IsNumber:
                    state = state with { RenderMode = (int)operands[^1].Number };
                    break;
                case "f" or "F" or "f*":
                    found.Colour(state.FillSpace, page);
                    break;
                case "S" or "s":
                    found.Colour(state.StrokeSpace, page);
                    break;
                case "B" or "B*" or "b" or "b*":
                    found.Colour(state.FillSpace, page);
                    found.Colour(state.StrokeSpace, page);
                    break;
                case "Tj" or "TJ" or "'" or "\"":
                    Text(state);
                    break;
                case "sh" when operands.Count > 0 && operands[^1].Name is { } name:
                    var shading = resources?.Elements.GetDictionary("/Shading")?.Elements.GetDictionary("/" + name);
                    found.Colour(ColourSpace.Resolve(shading?.Elements["/ColorSpace"], resources), page);
                    break;
                case "gs" when operands.Count > 0 && operands[^1].Name is { } name:
                    GraphicsState(resources?.Elements.GetDictionary("/ExtGState")?.Elements.GetDictionary("/" + name));
                    break;
                case "BI":
                    InlineImage(scanner.InlineImage, state, resources);
                    break;
                case "Do" when operands.Count > 0 && operands[^1].Name is { } name:
                    var xobject = resources?.Elements.GetDictionary("/XObject")?.Elements.GetDictionary("/" + name);
                    if (xobject is not null) Draw(xobject, resources, state, depth);
                    break;
            }
        }
    }

    private void Text(State state)
    {
        // Render modes 0–2 and 4–6 fill, stroke or both; 3 and 7 draw nothing (PDF 32000-1 §9.3.6).
        var mode = state.RenderMode;
        if (mode is 0 or 2 or 4 or 6) found.Text(state.FillSpace, state.Fill, page);
        if (mode is 1 or 2 or 5 or 6) found.Text(state.StrokeSpace, state.Stroke, page);
    }

    private void Draw(PdfDictionary xobject, PdfDictionary? resources, State state, int depth)
    {
        var subtype = xobject.Elements.GetName("/Subtype");
        if (subtype == "/Image")
        {
            var mask = xobject.Elements.GetBoolean("/ImageMask");
            var space = mask ? state.FillSpace : ColourSpace.Resolve(xobject.Elements["/ColorSpace"], resources);
            found.Colour(space, page);
            if (xobject.Elements.ContainsKey("/SMask") || xobject.Elements.ContainsKey("/SMaskInData"))
                found.Transparency(page, PreflightFindings.SoftMask);
            Image(xobject.Elements.GetInteger("/Width"), xobject.Elements.GetInteger("/Height"), space, mask, state, Pdf.Number(xobject));
            return;
        }
        if (subtype != "/Form" || depth >= MaxDepth) return;
        var number = Pdf.Number(xobject);
        if (number != 0 && !_forms.Add(number)) return;
        try
        {
            if (xobject.Elements.GetDictionary("/Group") is { } group && group.Elements.GetName("/S") == "/Transparency")
                found.Transparency(page, PreflightFindings.FormGroup);
            var matrix = Pdf.Resolve(xobject.Elements["/Matrix"]) is PdfArray { Elements.Count: 6 } m
                ? new Matrix(m.Elements.GetReal(0), m.Elements.GetReal(1), m.Elements.GetReal(2), m.Elements.GetReal(3), m.Elements.GetReal(4), m.Elements.GetReal(5))
                : Matrix.Identity;
            var content = Pdf.Decoded(xobject);
            if (content is null)
            {
                found.Unreadable(page);
                return;
            }
            var own = xobject.Elements.GetDictionary("/Resources") ?? resources;
            Run(content, own, state with { Ctm = matrix.Then(state.Ctm) }, depth + 1);
        }
        finally
        {
            _forms.Remove(number);
        }
    }

    private void InlineImage(Dictionary<string, Operand> image, State state, PdfDictionary? resources)
    {
        var mask = (image.GetValueOrDefault("IM") is { IsNumber: true, Number: 1 }) || (image.GetValueOrDefault("ImageMask") is { IsNumber: true, Number: 1 });
        var spaceName = image.GetValueOrDefault("CS").Name ?? image.GetValueOrDefault("ColorSpace").Name;
        var space = mask || spaceName is null ? state.FillSpace : ColourSpace.Resolve(new PdfName("/" + spaceName), resources);
        found.Colour(space, page);
        var width = image.GetValueOrDefault("W").IsNumber ? image["W"].Number : image.GetValueOrDefault("Width").Number;
        var height = image.GetValueOrDefault("H").IsNumber ? image["H"].Number : image.GetValueOrDefault("Height").Number;
        Image((int)width, (int)height, space, mask, state, 0);
    }

    private void Image(int width, int height, ColourSpace space, bool mask, State state, int number)
    {
        var (w, h) = state.Ctm.UnitSquare;
        if (width <= 0 || height <= 0 || w <= 0 || h <= 0) return;
        var ppi = Math.Min(width / (w / 72), height / (h / 72));
        found.Image(new ImageFact(page, number, width, height, ppi, space, mask));
    }

    private void GraphicsState(PdfDictionary? gs)
    {
        if (gs is null) return;
        if (gs.Elements.ContainsKey("/SMask") && gs.Elements.GetName("/SMask") != "/None")
            found.Transparency(page, PreflightFindings.SoftMask);
        foreach (var alpha in new[] { "/CA", "/ca" })
            if (gs.Elements.ContainsKey(alpha) && gs.Elements.GetReal(alpha) < 1)
                found.Transparency(page, PreflightFindings.Alpha);
        var blend = Pdf.Resolve(gs.Elements["/BM"]) switch
        {
            PdfName name => name.Value,
            PdfArray { Elements.Count: > 0 } modes => Pdf.Resolve(modes.Elements[0]) is PdfName first ? first.Value : "",
            _ => "/Normal",
        };
        if (blend is not ("/Normal" or "/Compatible"))
            found.Transparency(page, PreflightFindings.Blend);
    }

    private void Fonts(PdfDictionary? resources)
    {
        var fonts = resources?.Elements.GetDictionary("/Font");
        if (fonts is null) return;
        foreach (var key in fonts.Elements.Keys)
            if (fonts.Elements.GetDictionary(key) is { } font) found.Font(font);
    }

    private static ColourSpace DeviceSpace(string op) => op.ToLowerInvariant() switch
    {
        "g" => ColourSpace.Gray,
        "rg" => ColourSpace.Rgb,
        _ => ColourSpace.Cmyk,
    };

    private static double[] AllNumbers(List<Operand> operands) => operands.Where(o => o.IsNumber).Select(o => o.Number).ToArray();

    private static double[]? Numbers(List<Operand> operands, int count) =>
        operands.Count >= count && operands.TakeLast(count).All(o => o.IsNumber) ? operands.TakeLast(count).Select(o => o.Number).ToArray() : null;
}
