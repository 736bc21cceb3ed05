using System.Collections.Concurrent;
using Objecteur.Print.Layout.Text;
using PdfSharp.Fonts;

namespace Objecteur.Print.Render;

/// <summary>
/// Gives PDFsharp the exact faces the layout measured with, by their unique face name. PDFsharp's
/// resolver is process-wide, so faces are registered as documents meet them; an unknown name is a
/// bug (never a silent fallback to a host font, which would change every measurement).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, FontFace> Faces = new(StringComparer.Ordinal);
    private static readonly Lazy<EmbeddedFontResolver> Instance = new(() =>
    {
        var resolver = new EmbeddedFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    /// <summary>Installs the resolver (once) and registers a face for drawing.</summary>
    public static void Register(FontFace face)
    {
        _ = Instance.Value;
        Faces.TryAdd(face.Name, face);
    }

    // Every face is its own family name with the regular style: no synthetic bold or italic.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.ContainsKey(familyName) ? new FontResolverInfo(familyName)
            : throw new InvalidOperationException($"font face '{familyName}' was not registered");

    public byte[]? GetFont(string faceName) =>
        Faces.TryGetValue(faceName, out var face) ? face.Data
            : throw new InvalidOperationException($"font face '{faceName}' was not registered");
}
