using Objecteur.Print.Layout.Frames;
using PdfSharp.Drawing;

namespace Objecteur.Print.Render;

/// <summary>
/// The PDF files a document draws pages of (a catalogue's thumbnails). Those known ahead are
/// opened on the thread pool, in drawing order, while the pages before them are drawn: opening one
/// is PDFsharp reading the whole file, and each is a document of its own, so they open side by side
/// safely.
/// </summary>
internal sealed class PdfSources : IDisposable
{
    private readonly Dictionary<PdfPageItem, Task<XPdfForm>> _opening = new(ReferenceEqualityComparer.Instance);

    /// <summary>Starts opening the files of <paramref name="items"/>.</summary>
    public void OpenAhead(IEnumerable<PdfPageItem> items)
    {
        foreach (var item in items)
            _opening.TryAdd(item, Task.Run(() => Open(item)));
    }

    /// <summary>The opened file of <paramref name="item"/>, for the caller to dispose: opened
    /// ahead, or now.</summary>
    public XPdfForm Take(PdfPageItem item) =>
        _opening.Remove(item, out var opening) ? opening.GetAwaiter().GetResult() : Open(item);

    private static XPdfForm Open(PdfPageItem item) => XPdfForm.FromStream(new MemoryStream(item.Data));

    /// <summary>Closes what was opened and not drawn (a drawing that failed half-way).</summary>
    public void Dispose()
    {
        foreach (var opening in _opening.Values)
        {
            try
            {
                opening.GetAwaiter().GetResult().Dispose();
            }
            catch (Exception)
            {
                // The drawing failed already; a file that also failed to open changes nothing.
            }
        }
        _opening.Clear();
    }
}
