using System.Runtime.CompilerServices;
using PdfSharp;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Objecteur.Print.Render;

/// <summary>
/// PDFsharp 6.2.4's <c>PdfDocument.PrepareForSave</c>, step by step, with its last steps done
/// here: the objects that cannot be reached from the trailer dropped, the others numbered from 1
/// in the order of their numbers. PDFsharp's walk looks each direct dictionary up in its whole
/// stack (a print file of 500 letters spent a fifth of its saving there), logs at every object
/// and boxes two identifiers at every comparison of its sort.
/// </summary>
/// <remarks>The other steps are PDFsharp's own (the producer, its font table — see <see cref="FontPreparation"/> —, its catalog, the
/// XMP packet), in its order. A document whose objects PDFsharp would number otherwise — two
/// references with one identifier, a reference without its object — is left to PDFsharp's own
/// compaction. Tests compare the files with those PDFsharp saves (<see cref="PdfWriting"/>).</remarks>
internal static class SavePreparation
{
    public static void Prepare(PdfDocument pdf)
    {
        var info = pdf.Info;
        if (info.Elements["/Creator"] is null) info.Creator = PdfSharpProductVersionInformation.Producer;
        var producer = info.Producer;
        if (producer.Length == 0) producer = PdfSharpProductVersionInformation.Creator;
        else if (!producer.StartsWith(PdfSharpProductVersionInformation.Title, StringComparison.Ordinal))
            producer = $"{PdfSharpProductVersionInformation.Creator} (Original: {producer})";
        info.Elements.SetString("/Producer", producer);

        FontPreparation.Prepare(PdfSharpFonts.FontTable(pdf));
        PrepareCatalog(pdf.Internals.Catalog);

        var table = PdfWriting.IrefTable(pdf);
        if (Reachable((PdfDictionary)PdfWriting.Trailer(pdf)) is { } reachable) Renumber(table, reachable);
        else
        {
            Compact(table);
            Renumber(table);
        }

        // Made now, as PDFsharp does, so that its XMP packet says what the information says.
        pdf.Internals.Catalog.Elements.SetReference("/Metadata", new PdfMetadata(pdf));
    }

    /// <summary>The references reached from <paramref name="trailer"/>, as PDFsharp's
    /// <c>TransitiveClosure</c> finds them, or null when its compaction would keep another set.</summary>
    private static List<PdfReference>? Reachable(PdfDictionary trailer)
    {
        var found = new List<PdfReference>();
        var seen = new HashSet<PdfReference>(ReferenceEqualityComparer.Instance);
        var numbers = new HashSet<(int, int)>();
        var pending = new Stack<PdfObject>();
        pending.Push(trailer);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is PdfDictionary dictionary)
            {
                foreach (var item in PdfWriting.Elements(dictionary.Elements).Values)
                    if (!Reach(item)) return null;
            }
            else if (next is PdfArray array)
            {
                foreach (var item in array.Elements)
                    if (!Reach(item)) return null;
            }
        }
        return found;

        // Takes an item as reached; false when PDFsharp would keep another set.
        bool Reach(PdfItem? item)
        {
            if (item is PdfReference reference)
            {
                if (reference.Document is null || !seen.Add(reference)) return true;
                var value = reference.Value;
                if (value is null || (value.Reference?.ObjectNumber ?? 0) == 0) return false;
                if (!numbers.Add((reference.ObjectNumber, reference.GenerationNumber))) return false;
                found.Add(reference);
                if (value is PdfDictionary or PdfArray) pending.Push(value);
            }
            // A direct dictionary or array belongs to one object: it is met once.
            else if (item is PdfDictionary or PdfArray) pending.Push((PdfObject)item);
            return true;
        }
    }

    /// <summary>PDFsharp's <c>Compact</c> and <c>Renumber</c> for the objects <paramref name="kept"/>.</summary>
    private static void Renumber(object table, List<PdfReference> kept)
    {
        kept.Sort(static (a, b) => a.ObjectNumber != b.ObjectNumber ? a.ObjectNumber.CompareTo(b.ObjectNumber) : a.GenerationNumber.CompareTo(b.GenerationNumber));
        var objects = ObjectTable(table);
        objects.Clear();
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].ObjectID = new PdfObjectID(i + 1);
            objects.Add(kept[i].ObjectID, kept[i]);
        }
        SetMaxObjectNumber(table, kept.Count);
    }

    private const string Table = "PdfSharp.Pdf.Advanced.PdfCrossReferenceTable, PdfSharp";

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    private static extern void PrepareCatalog(PdfCatalog catalog);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_objectTable")]
    internal static extern ref Dictionary<PdfObjectID, PdfReference> ObjectTable([UnsafeAccessorType(Table)] object table);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_MaxObjectNumber")]
    private static extern void SetMaxObjectNumber([UnsafeAccessorType(Table)] object table, int value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Compact")]
    private static extern int Compact([UnsafeAccessorType(Table)] object table);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Renumber")]
    private static extern void Renumber([UnsafeAccessorType(Table)] object table);
}
