using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Text;

namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// Text settings inherited down the markup tree, like CSS inheritance: set <c>font</c>,
/// <c>size</c> or <c>align</c> on a column and every paragraph inside follows, so a theme or a
/// large-print version changes one attribute instead of every paragraph.
/// </summary>
public sealed record TextProps(
    FontFamily Family, double Size, bool Bold, bool Italic, Color Color, TextAlign Align,
    double Leading, bool Hyphenate, bool Typography, bool BoldEmphasis = false, bool KeepWords = false)
{
    /// <summary>Attributes any element may carry to change the inherited text settings.</summary>
    public static readonly string[] AttributeNames = ["font", "size", "weight", "style", "color", "align", "leading", "hyphenate", "typography", "emphasis", "keep-words"];

    public static TextProps Default => new(FontLibrary.Embedded.TryGetFamily("serif", out var f) ? f : FontLibrary.Embedded.Families.First(),
        10.5, false, false, Color.Black, TextAlign.Left, 1.3, true, true);

    public TextStyle Style => new(Family.Get(Bold, Italic), Size, Color, Hyphenate, Leading, KeepWords);

    /// <summary>Applies the text attributes present on an element.</summary>
    public TextProps With(AttributeReader a) => this with
    {
        Family = a.Font("font") ?? Family,
        Size = a.Points("size") ?? Size,
        Bold = a.Choice("weight", ["normal", "bold"]) is { } w ? w == "bold" : Bold,
        Italic = a.Choice("style", ["normal", "italic"]) is { } s ? s == "italic" : Italic,
        Color = a.Color("color") ?? Color,
        Align = a.Choice("align", ["left", "center", "right", "justify", "outside"]) switch
        {
            "outside" => TextAlign.Outside,
            "left" => TextAlign.Left,
            "center" => TextAlign.Center,
            "right" => TextAlign.Right,
            "justify" => TextAlign.Justify,
            _ => Align,
        },
        Leading = a.Number("leading") ?? Leading,
        Hyphenate = a.Bool("hyphenate") ?? Hyphenate,
        Typography = a.Bool("typography") ?? Typography,
        BoldEmphasis = a.Choice("emphasis", ["italic", "bold"]) is { } e ? e == "bold" : BoldEmphasis,
        KeepWords = a.Bool("keep-words") ?? KeepWords,
    };

    /// <summary>Emphasised text (<c>&lt;i&gt;</c>): italic, or bold where italics are avoided
    /// (large print: slanted letters are the hardest to read with low vision).</summary>
    public TextProps Emphasised => BoldEmphasis ? this with { Bold = true } : this with { Italic = true };
}
