using System.Xml;
using System.Xml.Linq;

namespace Objecteur.Print.Layout.Markup;

/// <summary>A child of the document element as it is written: where its markup starts and
/// ends, and where an XML reader of the whole markup places it (its line, the column of its name).</summary>
internal readonly record struct MarkupPart(string Name, int Start, int End, int Line, int Column)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>
/// The document element's start tag and its children, found from the markup's characters alone,
/// so that a child written before, character for character and in the same place, is taken from
/// the <see cref="ElementCache"/> without being read again: a merge's letter is its model's markup
/// but for a few lines (the person's name and address), and reading all of it as XML for every
/// row, then writing each block out again as a key, was the largest part of making its elements.
/// </summary>
/// <remarks>
/// <para>An outline is found only for markup whose whole is well-formed when each of its children
/// is: children, white space and comments inside a document element whose start tag declares no
/// namespace, with nothing but white space and comments around it. A child read from its own
/// characters (<see cref="Read(string, MarkupPart)"/>) is then what the whole markup's reader
/// gives, line and column included; every other markup (a DTD, a processing instruction, text
/// beside the blocks, elements nested too deep) is read whole, as before, and any fault is named
/// by that reading.</para>
/// <para>Lines are counted as an XML reader counts them: « \r\n », « \r » and « \n » each end one.</para>
/// </remarks>
internal sealed class MarkupOutline
{
    /// <summary>The document element's start tag.</summary>
    private readonly MarkupPart _root;

    private MarkupOutline(MarkupPart root, List<MarkupPart> parts)
    {
        _root = root;
        Parts = parts;
    }

    /// <summary>The document element's children, in order.</summary>
    public IReadOnlyList<MarkupPart> Parts { get; }

    /// <summary>The document element with its attributes and without its children.</summary>
    public XElement Root(string text) =>
        Load(string.Concat(_root.In(text), "</", _root.Name, ">"), _root.Line, _root.Column);

    /// <summary>A child read from its own characters, placed where it is in the whole markup.</summary>
    public static XElement Read(string text, MarkupPart part) => Load(text.Substring(part.Start, part.End - part.Start), part.Line, part.Column);

    private static XElement Load(string markup, int line, int column)
    {
        // The reader places its first line from the offsets, and the others from their own start.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            LineNumberOffset = line - 1,
            LinePositionOffset = column - 2,
        };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        return XElement.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
    }

    /// <summary>The outline of <paramref name="text"/>, or null when it is not markup an outline reads.</summary>
    public static MarkupOutline? Read(string text)
    {
        var lines = new LineCounter(text);
        var start = Aside(text, 0);
        if (start < 0 || start == text.Length || !IsStartTag(text, start)) return null;
        var rootTagEnd = TagEnd(text, start);
        if (rootTagEnd < 0 || text[rootTagEnd - 2] == '/' || text.AsSpan(start, rootTagEnd - start).Contains("xmlns", StringComparison.Ordinal)) return null;
        var (rootLine, rootColumn) = lines.At(start + 1);
        var root = new MarkupPart(Name(text, start + 1), start, rootTagEnd, rootLine, rootColumn);
        var parts = new List<MarkupPart>();
        var i = rootTagEnd;
        while (true)
        {
            i = Aside(text, i);
            if (i < 0 || i == text.Length) return null;
            var rest = text.AsSpan(i);
            if (rest.StartsWith("</"))
            {
                var name = Name(text, i + 2);
                var close = i + 2 + name.Length;
                while (close < text.Length && IsSpace(text[close])) close++;
                if (name != root.Name || close >= text.Length || text[close] != '>') return null;
                i = close + 1;
                break;
            }
            if (!IsStartTag(text, i)) return null;
            var end = ElementEnd(text, i);
            if (end < 0) return null;
            var (line, column) = lines.At(i + 1);
            parts.Add(new MarkupPart(Name(text, i + 1), i, end, line, column));
            i = end;
        }
        return Aside(text, i) == text.Length ? new MarkupOutline(root, parts) : null;
    }

    /// <summary>Past the white space and comments from <paramref name="from"/>: the index of the
    /// next other character (or the end), or -1 when a comment is not one XML reads.</summary>
    private static int Aside(string text, int from)
    {
        var i = from;
        while (true)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            if (!text.AsSpan(i).StartsWith("<!--")) return i;
            var close = text.IndexOf("--", i + 4, StringComparison.Ordinal);
            // « -- » may only open the comment's end (« --- » does not either).
            if (close < 0 || close + 2 >= text.Length || text[close + 2] != '>') return -1;
            i = close + 3;
        }
    }

    /// <summary>The index just past the end of the element that starts at <paramref name="start"/>,
    /// or -1, as for an element nested deeper than <see cref="DocumentMarkup.MaxNesting"/> with the
    /// document element (whose reading tells the user). Comments, character data and instructions
    /// inside are passed over; the names of its end tags are left to the reader of the element.</summary>
    private static int ElementEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i >= 0 && i < text.Length; i = text.IndexOf('<', i))
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("<!--")) i = Past(text, i, "-->");
            else if (rest.StartsWith("<![CDATA[")) i = Past(text, i, "]]>");
            else if (rest.StartsWith("<?")) i = Past(text, i, "?>");
            else if (rest.StartsWith("<!")) return -1;
            else if (rest.StartsWith("</"))
            {
                i = Past(text, i, ">");
                if (--depth == 0) return i;
            }
            else
            {
                var end = TagEnd(text, i);
                if (end < 0) return -1;
                if (text[end - 2] != '/')
                {
                    if (++depth + 1 > DocumentMarkup.MaxNesting) return -1;
                }
                else if (depth == 0) return end;
                i = end;
            }
        }
        return -1;
    }

    /// <summary>The index just past <paramref name="close"/>, searched from <paramref name="start"/>, or -1.</summary>
    internal static int Past(string text, int start, string close)
    {
        var at = text.IndexOf(close, start + 1, StringComparison.Ordinal);
        return at < 0 ? -1 : at + close.Length;
    }

    /// <summary>The index just past the « &gt; » that closes the start tag at <paramref name="start"/>
    /// (one inside a quoted attribute value does not), or -1.</summary>
    internal static int TagEnd(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '>':
                    return i + 1;
                case '"' or '\'':
                    i = text.IndexOf(text[i], i + 1);
                    if (i < 0) return -1;
                    break;
            }
        }
        return -1;
    }

    private static bool IsStartTag(string text, int at) =>
        at + 1 < text.Length && text[at] == '<' && (char.IsLetter(text[at + 1]) || text[at + 1] == '_');

    /// <summary>The name that starts at <paramref name="start"/>, up to white space, « / » or « &gt; ».</summary>
    private static string Name(string text, int start)
    {
        var end = start;
        while (end < text.Length && !IsSpace(text[end]) && text[end] is not ('/' or '>')) end++;
        return text[start..end];
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>Lines and columns as an XML reader counts them, for positions met in order.</summary>
    private sealed class LineCounter(string text)
    {
        private int _scanned, _line = 1, _lineBreak = -1;

        public (int Line, int Column) At(int index)
        {
            for (; _scanned < index; _scanned++)
            {
                var c = text[_scanned];
                if (c == '\n' || c == '\r' && (_scanned + 1 >= text.Length || text[_scanned + 1] != '\n'))
                {
                    _line++;
                    _lineBreak = _scanned;
                }
            }
            return (_line, index - _lineBreak);
        }
    }
}
