using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Press;

namespace Objecteur.Print.Kinds;

/// <summary>
/// A piece cut from a larger sheet (a flyer, a card): besides its own PDF, one copy with bleed and
/// crop marks for a print shop, and with <c>planche:</c> copies on an A4 sheet to print duplex
/// and cut.
/// </summary>
public abstract class CutPieceKind(string name) : DocumentKind(new KindRules(name, CutPiece: true))
{
    /// <summary>Printed recto-verso and cut: its print sheets have room for two sides only.</summary>
    public override int? MaxPages => 2;

    public override Printed Press(IKindContext context, DocumentSpec spec, LayoutDocument layout, byte[] pdf)
    {
        var files = new List<PressFile> { CropMarked(context, spec, layout) };
        if (spec.Planche is { } planche) files.Add(Sheet(context, planche, layout, pdf));
        return new Printed(pdf, layout.Pages.Count, files);
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
        var cmyk = context.DrawCmyk(layout);
        return new PressFile(spec.CropMarkedCopy + ".pdf", NUpImposer.Impose(cmyk, sheet, layout.Title + " – traits de coupe", context.BuildInstant, forShop: true),
            Sides(layout), FileRole.CropMarked);
    }

    /// <summary>Copies of a card or flyer on A4, recto and verso, with crop marks.</summary>
    private static PressFile Sheet(IKindContext context, SheetSpec planche, LayoutDocument layout, byte[] pdf)
    {
        var (width, height) = TrimSize.Mm(layout);
        var sheet = CardGrid.Layout(new CardGridOptions(width, height, planche.FondPerdu)
        {
            Marks = planche.Reperes ? CropMarkSettings.Default : null,
            MaxCells = planche.Nombre,
            // Pieces cut along shared lines fill the sheet: the printer's margin is theirs to keep.
            Margin = planche.Butted ? 0 : 5,
        });
        if (sheet.Cells.Count == 0)
            throw new DiagnosticException(new Diagnostic(Path.Combine("content", KitLoader.FileName), 0, 0,
                $"« {planche.Fichier} » : aucune copie ne tient sur une feuille A4 avec {planche.FondPerdu} mm de fond perdu et des repères",
                "mettez fond_perdu: 0mm et reperes: non pour des copies bord à bord, à couper le long des lignes communes."));
        return new PressFile(planche.Fichier + ".pdf", NUpImposer.Impose(pdf, sheet, layout.Title + " – planche", context.BuildInstant),
            Sides(layout), FileRole.Sheet);
    }

    private static int Sides(LayoutDocument layout) => layout.Pages.Count > 1 ? 2 : 1;
}
