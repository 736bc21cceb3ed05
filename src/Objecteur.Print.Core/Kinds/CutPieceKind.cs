using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Press;
using Objecteur.Print.Render;

namespace Objecteur.Print.Kinds;

/// <summary>
/// A piece cut from a larger sheet (a flyer, a card): besides its own PDF, one copy with bleed and
/// crop marks for a print shop, and copies on an A4 sheet for an office printer (<see cref="OfficeSheet"/>),
/// to print duplex and cut; with <paramref name="photocopyMaster"/>, that sheet in black and white too
/// (<see cref="PhotocopyMaster"/>), the original for a photocopier.
/// </summary>
public abstract class CutPieceKind(string name, bool photocopyMaster = false)
    : DocumentKind(new KindRules(name, CutPiece: true, PhotocopyMaster: photocopyMaster))
{
    /// <summary>Printed recto-verso and cut: its print sheets have room for two sides only.</summary>
    public override int? MaxPages => 2;

    public override Printed Press(IKindContext context, DocumentSpec spec, LayoutDocument layout, RenderedPdf rendered)
    {
        var pdf = rendered.Pdf;
        // Each file is drawn from the piece alone: they are made side by side, and listed in
        // this order whatever finishes first (a flyer alone: a third of its time, on one core).
        var made = new List<Task<PressFile>>
        {
            Task.Run(() => CropMarked(context, spec, layout)),
            Task.Run(() => Sheet(context, spec, layout, rendered.Pages, () => pdf, spec.OfficeSheet, FileRole.Sheet, " – planche")),
        };
        if (spec.Kind.PhotocopyMaster)
            made.Add(Task.Run(() =>
            {
                var blackAndWhite = PhotocopyMaster.Convert(layout);
                return Sheet(context, spec, layout, context.DrawPages(blackAndWhite), () => context.Redraw(blackAndWhite), spec.BlackAndWhite, FileRole.Photocopy, " – noir et blanc");
            }));
        return new Printed(pdf, layout.Pages.Count, made.Select(file => file.GetAwaiter().GetResult()).ToList());
    }

    /// <summary>One copy on a sheet just large enough for its bleed and crop marks.</summary>
    private static PressFile CropMarked(IKindContext context, DocumentSpec spec, LayoutDocument layout)
    {
        var (width, height) = TrimSize.Mm(layout);
        var marks = CropMarkSettings.Default;
        var around = 3 + marks.Offset + marks.Length + 2;
        var sheet = CardGrid.Layout(new CardGridOptions(width, height, 3)
        {
            Sheet = new SheetSize(width + 2 * around, height + 2 * around),
            Margin = 0,
            MaxCells = 1,
        });
        // Drawn again in CMYK: a form keeps the colours it was drawn in, whatever the sheet's.
        var cmyk = context.DrawPages(layout, cmyk: true);
        return new PressFile(spec.CropMarkedCopy + ".pdf",
            NUpImposer.Impose(cmyk, () => context.DrawCmyk(layout), sheet, layout.Title + " – traits de coupe", context.BuildInstant, forShop: true),
            Sides(layout), FileRole.CropMarked);
    }

    /// <summary>Copies of the piece (its <paramref name="pages"/> as drawn from <paramref name="layout"/>,
    /// or its <paramref name="file"/>) on A4 for an office printer, recto and verso, with the sheet's
    /// own printing note (<c>templates/_note_planche.hbs</c>) where it finds room.</summary>
    private static PressFile Sheet(IKindContext context, DocumentSpec spec, LayoutDocument layout, IReadOnlyList<DrawnPage?> pages, Func<byte[]> file,
        string name, FileRole role, string titled)
    {
        var (width, height) = TrimSize.Mm(layout);
        var sheet = OfficeSheet.Layout(width, height);
        if (sheet.Cells.Count == 0)
            throw new DiagnosticException(new Diagnostic(Path.Combine("content", KitLoader.FileName), spec.Line, spec.Column,
                string.Create(French.Culture, $"« {spec.Id} » : une copie de {width:0.#} × {height:0.#} mm ne tient pas sur une feuille A4 avec {OfficeSheet.Margin} mm de marge"),
                "donnez au document un format plus petit qu'A4 (A5, A6…)."));
        var facts = new SheetFacts(sheet.Flip, sheet.Sheet.IsLandscape, sheet.Frame > 0, sheet.Cells.Count);
        var note = context.Prose("_note_planche", new Dictionary<string, object?>
        {
            ["feuille"] = CatalogueKind.Sheet(facts), ["recto_verso"] = Sides(layout) == 2, ["photocopie"] = role == FileRole.Photocopy,
        });
        return new PressFile(name + ".pdf", NUpImposer.Impose(pages, file, sheet, layout.Title + titled, context.BuildInstant, note: note),
            Sides(layout), role, facts);
    }

    private static int Sides(LayoutDocument layout) => layout.Pages.Count > 1 ? 2 : 1;
}
