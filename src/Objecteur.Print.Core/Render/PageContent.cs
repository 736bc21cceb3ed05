using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Drawing;

namespace Objecteur.Print.Render;

/// <summary>
/// A page's content stream as PDFsharp's renderer writes it, reached in place. Closing the
/// graphics would turn its characters into bytes through a string and two copies of it as an
/// array (<c>Encoding.GetBytes(string)</c> on PDFsharp's raw encoding): a tenth of what a merge's
/// letter allocated. Here text is written into the renderer's own buffer (<see cref="PageText"/>)
/// and the page, ended as PDFsharp ends it, is taken as bytes straight from that buffer.
/// </summary>
internal static class PageContent
{
    private const string Renderer = "PdfSharp.Drawing.Pdf.XGraphicsPdfRenderer, PdfSharp";

    /// <summary>The characters of the content stream the graphics write into: this thread's
    /// buffer, put in place of the renderer's own before anything is written (one array of a
    /// page's size, where the renderer's grew chunk by chunk, and emptied without a new one).</summary>
    public static StringBuilder Of(XGraphics graphics)
    {
        ref var content = ref Content(RendererOf(graphics)!);
        if (content.Length == 0)
        {
            content = t_buffer ?? new StringBuilder(16 * 1024);
            t_buffer = null;
        }
        return content;
    }

    /// <summary>Gives the buffer back once the graphics are closed (the renderer is done with it).</summary>
    public static void Release(StringBuilder content)
    {
        if (content.Length == 0 && content.Capacity <= KeptCapacity) t_buffer = content;
    }

    [ThreadStatic] private static StringBuilder? t_buffer;

    private const int KeptCapacity = 1 << 20;

    /// <summary>Ends the page as closing the graphics does (text object closed, graphic states
    /// restored, last line feed removed), then empties the stream into a zlib stream at
    /// <paramref name="level"/>: the graphics, closed after, leave an empty one.</summary>
    /// <remarks>Each character becomes the byte of its value, as PDFsharp's raw encoding makes it.</remarks>
    public static byte[] TakeCompressed(XGraphics graphics, int level)
    {
        var renderer = RendererOf(graphics)!;
        EndPage(renderer);
        var content = Content(renderer);
        var bytes = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            var at = 0;
            foreach (var chunk in content.GetChunks())
                foreach (var c in chunk.Span) bytes[at++] = (byte)c;
            content.Clear();
            return PdfStreams.Zlib(bytes.AsSpan(0, at), level);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The renderer of the graphics: a field of a type internal to PDFsharp, which an
    /// unsafe accessor cannot name as a field's type, so it is read by reflection (kept for
    /// Native AOT by the dependency below).</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicFields, typeof(XGraphics))]
    private static object? RendererOf(XGraphics graphics) => RendererField.GetValue(graphics);

    private static readonly FieldInfo RendererField =
        typeof(XGraphics).GetField("_renderer", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new MissingFieldException(nameof(XGraphics), "_renderer");

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_content")]
    private static extern ref StringBuilder Content([UnsafeAccessorType(Renderer)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "EndPage")]
    private static extern void EndPage([UnsafeAccessorType(Renderer)] object renderer);
}
