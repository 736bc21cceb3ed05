using System.Reflection;

namespace Objecteur.Print.Layout.Text;

/// <summary>Four faces of one family; a style the family lacks falls back to regular.</summary>
public sealed record FontFamily(string Name, FontFace Regular, FontFace Bold, FontFace Italic, FontFace BoldItalic)
{
    public FontFace Get(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };
}

/// <summary>
/// The fonts the engine may use: those shipped inside this assembly (Noto Sans and Noto Serif,
/// SIL OFL 1.1). Templates name a family (<c>font="serif"</c>, <c>font="Noto Sans"</c>).
/// Loaded once per process: parsing eight fonts costs ≈ 20 ms and every document shares them.
/// </summary>
public sealed class FontLibrary
{
    private static readonly Lazy<FontLibrary> s_embedded = new(LoadEmbedded);
    private readonly Dictionary<string, FontFamily> _families;

    private FontLibrary(Dictionary<string, FontFamily> families) => _families = families;

    public static FontLibrary Embedded => s_embedded.Value;

    public IEnumerable<FontFamily> Families => _families.Values.Distinct();

    /// <summary>Finds a family by its name or by the generic aliases <c>sans</c> and <c>serif</c>
    /// (case-insensitive).</summary>
    public bool TryGetFamily(string name, out FontFamily family) =>
        _families.TryGetValue(name, out family!);

    /// <summary>Names accepted by <see cref="TryGetFamily"/>, for error messages.</summary>
    public IEnumerable<string> FamilyNames => _families.Keys.Order(StringComparer.Ordinal);

    private static FontLibrary LoadEmbedded()
    {
        var assembly = typeof(FontLibrary).Assembly;
        var faces = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("fonts/", StringComparison.Ordinal) && n.EndsWith(".ttf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => FontFace.Load(Resource(assembly, n)))
            .ToList();
        var families = new Dictionary<string, FontFamily>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in faces.GroupBy(f => f.Family))
        {
            FontFace Pick(bool b, bool i) => group.FirstOrDefault(f => f.Bold == b && f.Italic == i)
                ?? group.First(f => !f.Bold && !f.Italic);
            var family = new FontFamily(group.Key, Pick(false, false), Pick(true, false), Pick(false, true), Pick(true, true));
            families[group.Key] = family;
        }
        if (families.TryGetValue("Noto Sans", out var sans)) families["sans"] = sans;
        if (families.TryGetValue("Noto Serif", out var serif)) families["serif"] = serif;
        return new FontLibrary(families);
    }

    /// <summary>The font file where the program holds it, not copied: copying the 4.6 MB of fonts
    /// (through a growing MemoryStream) was a fifth of the time a letter took from a fresh process,
    /// and a job embeds three or four faces of the eight.</summary>
    private static ReadOnlyMemory<byte> Resource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        // The stream only reads the module's memory: that memory outlives it.
        if (stream is UnmanagedMemoryStream unmanaged) return ResourceMemory.Of(unmanaged);
        var data = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(data);
        return data;
    }

    /// <summary>Memory over a resource of the assembly, which stays loaded, and so mapped, for the
    /// life of the process.</summary>
    private sealed unsafe class ResourceMemory(byte* start, int length) : System.Buffers.MemoryManager<byte>
    {
        public static ReadOnlyMemory<byte> Of(UnmanagedMemoryStream stream) =>
            new ResourceMemory(stream.PositionPointer, checked((int)stream.Length)).Memory;

        public override Span<byte> GetSpan() => new(start, length);

        public override System.Buffers.MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
