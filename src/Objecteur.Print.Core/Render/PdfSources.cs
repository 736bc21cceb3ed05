using Objecteur.Print.Layout.Frames;
using PdfSharp.Drawing;

namespace Objecteur.Print.Render;

/// <summary>
/// The PDF files a document draws pages of (a catalogue's thumbnails), opened ahead on the thread
/// pool in drawing order while the pages before them are drawn. Opening one is PDFsharp reading
/// the whole file; each is a document of its own, so they open side by side safely.
/// </summary>
internal sealed class PdfSources : IDisposable
{
    private readonly Dictionary<PdfPageItem, Task<XPdfForm>> _opening = new(ReferenceEqualityComparer.Instance);

    public PdfSources(IEnumerable<PdfPageItem> items)
    {
        foreach (var item in items)
            _opening[item] = Task.Run(() => XPdfForm.FromStream(new MemoryStream(item.Data)));
    }

    /// <summary>The opened file of <paramref name="item"/>, for the caller to dispose; null if it
    /// was not opened here (or was taken already).</summary>
    public XPdfForm? Take(PdfPageItem item)
    {
        if (!_opening.Remove(item, out var opening)) return null;
        return opening.GetAwaiter().GetResult();
    }

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
