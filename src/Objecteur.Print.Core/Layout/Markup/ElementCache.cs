using System.Text;
using System.Xml;
using System.Xml.Linq;
using Objecteur.Print.Layout.Elements;

namespace Objecteur.Print.Layout.Markup;

/// <summary>
/// Elements built before from the same markup, for the documents of one pipeline: a mail merge's
/// rows write their model's paragraphs again and again (all but the person's name, address and
/// numbers), and an element is an immutable description that holds nothing of the document it
/// was built for (faults are named by the paginator, see <see cref="LayoutFault"/>), so the first
/// row's serves every row. It lives as long as its owner, like the pipeline's break cache, so that
/// a sender's words are not kept once their letter is made.
/// </summary>
/// <remarks>A subtree is the same when its elements, attributes and text are, and where each of
/// its elements starts in the markup (the place an element names in its errors), under the same
/// inherited text settings: it is written out as one string, the key, which is also what keeps
/// the first row's parsed markup from being held by the cache.</remarks>
public sealed class ElementCache
{
    /// <summary>Subtrees kept at most; past this, all are let go and the next documents fill it
    /// again. A merge's model needs a few dozen; what holds a row's own values is kept for the
    /// first row only (see <see cref="Varies"/>), so memory stays flat for any number of rows.</summary>
    private const int Capacity = 2048;

    private readonly KeptValues<(string Markup, TextProps Props), Built> _built = new(Capacity);

    /// <summary>Children of the document element, by their characters and place (see <see cref="MarkupOutline"/>).</summary>
    private readonly KeptValues<PartKey, Built> _parts = new(Capacity, PartComparer.Instance);

    /// <summary>Each place markup was built at, with the first markup built there (its hash) and
    /// whether other markup was built there since: what a row writes at such a place (a name, an
    /// address) is its own, neither kept nor looked for again, which spares writing its key.</summary>
    private readonly KeptValues<(int Line, int Column, string Name), (int Markup, bool Varies)> _places = new(Capacity);

    /// <summary>Whether markup other than the first built at this place was built there since.</summary>
    internal bool Varies(int line, int column, string name) => _places.TryGet((line, column, name), out var place) && place.Varies;

    /// <summary>Notes that markup hashing to <paramref name="markup"/> was built at this place;
    /// true when it is worth keeping (the first built there, or the same again).</summary>
    internal bool Note(int line, int column, string name, int markup) =>
        !_places.Update((line, column, name), (markup, false), place => place.Markup == markup ? place : place with { Varies = true }).Varies;

    /// <summary>An element as built, with what building it told the document besides; for a
    /// running header or footer, the element that says where it runs.</summary>
    internal sealed record Built(Element Element, PageRefSite[] PageRefs, bool DocumentFields, RunningElement? Running = null);

    internal Built? Find(string text, MarkupPart part, TextProps props) =>
        _parts.TryGetByProbe(new PartProbe(part.In(text), part.Line, part.Column, props), out var built) ? built : null;

    internal void Keep(string text, MarkupPart part, TextProps props, Built built)
    {
        if (Note(part.Line, part.Column, part.Name, string.GetHashCode(part.In(text))))
            _parts.Keep(new PartKey(part.In(text).ToString(), part.Line, part.Column, props), built);
    }

    private readonly record struct PartKey(string Markup, int Line, int Column, TextProps Props);

    private readonly ref struct PartProbe(ReadOnlySpan<char> markup, int line, int column, TextProps props)
    {
        public ReadOnlySpan<char> Markup { get; } = markup;
        public int Line { get; } = line;
        public int Column { get; } = column;
        public TextProps Props { get; } = props;
    }

    private sealed class PartComparer : IEqualityComparer<PartKey>, IAlternateEqualityComparer<PartProbe, PartKey>
    {
        public static readonly PartComparer Instance = new();

        public bool Equals(PartKey x, PartKey y) => x.Line == y.Line && x.Column == y.Column && x.Props.Equals(y.Props) && x.Markup == y.Markup;

        public int GetHashCode(PartKey key) => Hash(key.Markup, key.Line, key.Column, key.Props);

        public bool Equals(PartProbe probe, PartKey key) =>
            probe.Line == key.Line && probe.Column == key.Column && probe.Props.Equals(key.Props) && probe.Markup.SequenceEqual(key.Markup);

        public int GetHashCode(PartProbe probe) => Hash(probe.Markup, probe.Line, probe.Column, probe.Props);

        public PartKey Create(PartProbe probe) => new(probe.Markup.ToString(), probe.Line, probe.Column, probe.Props);

        private static int Hash(ReadOnlySpan<char> markup, int line, int column, TextProps props) =>
            HashCode.Combine(string.GetHashCode(markup), line, column, props);
    }

    internal static (string Markup, TextProps Props) Key(XElement node, TextProps props)
    {
        // Each block of a row is written out, nested ones again inside their parent's: the
        // buffer is this thread's, so only the keys themselves are new.
        var key = t_key ?? new StringBuilder(4096);
        t_key = null;
        Write(key, node);
        var written = key.ToString();
        key.Clear();
        t_key = key;
        return (written, props);
    }

    [ThreadStatic] private static StringBuilder? t_key;

    internal Built? Find((string Markup, TextProps Props) key) => _built.TryGet(key, out var built) ? built : null;

    internal void Keep((string Markup, TextProps Props) key, XElement node, Built built)
    {
        var info = (IXmlLineInfo)node;
        if (Note(info.LineNumber, info.LinePosition, node.Name.LocalName, key.Markup.GetHashCode())) _built.Keep(key, built);
    }

    /// <summary>Every length is written before what it measures, so no text can pass for markup.</summary>
    private static void Write(StringBuilder key, XElement element)
    {
        var info = (IXmlLineInfo)element;
        key.Append('<').Append(info.LineNumber).Append(',').Append(info.LinePosition).Append(',');
        Counted(key, element.Name.LocalName);
        foreach (var attribute in element.Attributes())
        {
            key.Append(' ');
            Counted(key, attribute.Name.LocalName);
            Counted(key, attribute.Value);
        }
        foreach (var child in element.Nodes())
        {
            switch (child)
            {
                case XElement e:
                    Write(key, e);
                    break;
                case XText t:
                    key.Append('t');
                    Counted(key, t.Value);
                    break;
            }
        }
        key.Append('>');
    }

    private static void Counted(StringBuilder key, string text) => key.Append(text.Length).Append(':').Append(text);
}
