using System.Globalization;

namespace Objecteur.Print.Layout.Frames;

/// <summary>An opaque sRGB colour. Print files use "registration black" for marks, which is a
/// CMYK concept; the Render stage maps <see cref="Registration"/> to it.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static readonly Color Black = new(0, 0, 0);
    public static readonly Color White = new(255, 255, 255);

    /// <summary>Marker colour for crop and fold marks (all inks at 100 % in Render).</summary>
    public static readonly Color Registration = new(1, 1, 1);

    /// <summary>Parses <c>#RRGGBB</c> or <c>#RGB</c>; returns false on anything else.</summary>
    public static bool TryParse(string text, out Color color)
    {
        color = Black;
        if (text.Length is not (4 or 7) || text[0] != '#') return false;
        var hex = text.Length == 4
            ? string.Concat(text[1], text[1], text[2], text[2], text[3], text[3])
            : text[1..];
        if (!uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return false;
        color = new Color((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    // Layout dumps (and so every PDF's document ID) write colours by the thousand.
    public override string ToString() => string.Create(7, this, static (chars, c) =>
    {
        chars[0] = '#';
        c.R.TryFormat(chars[1..], out _, "X2", CultureInfo.InvariantCulture);
        c.G.TryFormat(chars[3..], out _, "X2", CultureInfo.InvariantCulture);
        c.B.TryFormat(chars[5..], out _, "X2", CultureInfo.InvariantCulture);
    });
}
