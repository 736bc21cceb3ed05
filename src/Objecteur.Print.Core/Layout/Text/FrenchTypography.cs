using System.Globalization;
using System.Text;

namespace Objecteur.Print.Layout.Text;

/// <summary>
/// French typographic conventions applied to content text, so that volunteers typing on an
/// ordinary keyboard (straight quotes, "...", a space or none before « : ») get print-quality
/// output: the right no-break spaces, guillemets, apostrophes and ellipses.
/// </summary>
/// <remarks>
/// The spaces follow the Imprimerie nationale's usage as set by current French typesetting
/// software: a no-break space (U+00A0) before the colon, a narrow no-break space (U+202F) before
/// « ; ! ? » and inside guillemets. Because they are no-break spaces, the line breaker never
/// leaves a mark alone at the start of a line.
/// </remarks>
public static class FrenchTypography
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';
    private const char OpeningGuillemet = '«';
    private const char ClosingGuillemet = '»';
    private const char Apostrophe = '\u2019';
    private const char Ellipsis = '\u2026';

    /// <summary>
    /// Applies French typography to <paramref name="text"/>.
    /// </summary>
    /// <param name="text">Content text (one run of a paragraph).</param>
    /// <param name="previous">The character before <paramref name="text"/> in the same paragraph
    /// (<c>'\n'</c> at its start), either as typed or as already transformed, so that a paragraph
    /// split into runs by styling is treated like one string: a bold word followed by a regular
    /// « : » still gets its no-break space.</param>
    /// <remarks>
    /// <list type="bullet">
    /// <item>U+00A0 before ':'; U+202F before ';', '!', '?', after '«' and before '»'. A space
    /// typed there (ordinary, no-break or thin) is replaced, not doubled.</item>
    /// <item>U+00A0 before a dash set between spaces (« numérique – droits »), so that no line
    /// starts with it; a dash between figures (« 2022–2023 ») is left alone.</item>
    /// <item>Straight double quotes become « » (a quote opens after a space, an opening bracket or
    /// at the start, unless one opened earlier in the text is still open; it closes otherwise), ' becomes ’ and "..." becomes ….</item>
    /// <item>In numbers: a narrow no-break space between groups of thousands (« 200 000 ») and
    /// before « % », a no-break space before a unit (« 12 km », « 10 millions ») and after
    /// « n° »; only a typed ordinary space is replaced, so « 2023-09-15 », « [001] » and codes
    /// are left as they are.</item>
    /// <item>Left alone: URLs (<c>http://</c>, <c>https://</c>, <c>www.</c>) and e-mail addresses
    /// entirely, times and ratios (<c>10:55</c>), "(?)", "?!", "!?", and a mark that starts the
    /// paragraph or a forced line.</item>
    /// <item>If <paramref name="previous"/> is itself a space, a mark at the start of
    /// <paramref name="text"/> gets no extra space: the typed space lies in the previous run,
    /// which this call cannot change, and a doubled gap would look worse than a breakable one.</item>
    /// </list>
    /// </remarks>
    public static string Apply(string text, char previous = '\n')
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;

        var verbatim = VerbatimSpans.Find(text);
        var output = new StringBuilder(text.Length + 8);
        var i = 0;
        var quoteOpen = false; // a straight quote opened in this text: the next one closes it
        if (previous is OpeningGuillemet or NarrowNoBreakSpace)
            while (i < text.Length && IsSpace(text[i])) i++; // the space after « is already there

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (verbatim.Contains(i))
            {
                output.Append(c);
                continue;
            }
            switch (c)
            {
                case '\'':
                    output.Append(Apostrophe);
                    break;
                case '.' when IsThreeDots(text, i, verbatim):
                    output.Append(Ellipsis);
                    i += 2;
                    break;
                case '"' when !quoteOpen && OpensQuote(Last(output, previous)):
                case OpeningGuillemet:
                    quoteOpen = c == '"';
                    output.Append(OpeningGuillemet).Append(NarrowNoBreakSpace);
                    while (i + 1 < text.Length && IsSpace(text[i + 1])) i++;
                    break;
                case '"':
                case ClosingGuillemet:
                    quoteOpen = false;
                    AppendMark(output, previous, ClosingGuillemet, NarrowNoBreakSpace);
                    break;
                case ':' when char.IsAsciiDigit(Last(output, previous)) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]):
                    output.Append(c);
                    break;
                case ':':
                    AppendMark(output, previous, c, NoBreakSpace);
                    break;
                case '\u2013' or '\u2014' when IsSpace(Last(output, previous)) && i + 1 < text.Length && IsSpace(text[i + 1]):
                    AppendMark(output, previous, c, NoBreakSpace); // a separating dash never starts a line
                    break;
                case ' ' when NumberSpace(output, previous, text, i) is { } tie:
                    output.Append(tie);
                    break;
                case ';' or '!' or '?' when FollowsWithoutSpace(Last(output, previous), c):
                    output.Append(c);
                    break;
                case ';' or '!' or '?':
                    AppendMark(output, previous, c, NarrowNoBreakSpace);
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
        return output.ToString();
    }

    /// <summary>Units and words of quantity a number is never parted from (« 12 km », « 10 millions »).</summary>
    private static readonly string[] Units =
        ["€", "$", "£", "km", "m", "m²", "cm", "mm", "kg", "g", "t", "ha", "h", "min", "ko", "Ko", "Mo", "Go", "millions", "milliards"];

    /// <summary>
    /// The no-break space a typed space at <paramref name="i"/> becomes in a number, or null: a
    /// narrow one between groups of thousands (« 200 000 », three digits after it and one to
    /// three before, themselves after no other digit or another group) and before « % » and
    /// « ‰ »; a no-break one before a unit and after « n° ». Years side by side (« en 2023 2024 »)
    /// and phone numbers (« 01 23 45 ») keep their space, since neither side is a group of three
    /// after at most three.
    /// </summary>
    private static char? NumberSpace(StringBuilder output, char previous, string text, int i)
    {
        var after = text.AsSpan(i + 1);
        var before = Last(output, previous);
        if (EndsWithNumberSign(output) && after.Length > 0 && char.IsAsciiDigit(after[0])) return NoBreakSpace;
        if (!char.IsAsciiDigit(before)) return null;
        if (after.Length > 0 && after[0] is '%' or '‰' && (after.Length == 1 || !char.IsLetterOrDigit(after[1]))) return NarrowNoBreakSpace;
        if (IsThousandsGroup(after) && LeadingGroupLength(output) is >= 1 and <= 3) return NarrowNoBreakSpace;
        foreach (var unit in Units)
            if (after.StartsWith(unit, StringComparison.Ordinal) && (after.Length == unit.Length || !char.IsLetterOrDigit(after[unit.Length])))
                return NoBreakSpace;
        return null;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> after) =>
        after.Length >= 3 && char.IsAsciiDigit(after[0]) && char.IsAsciiDigit(after[1]) && char.IsAsciiDigit(after[2])
        && (after.Length == 3 || !char.IsAsciiDigit(after[3]));

    /// <summary>How many digits end the output, back to a non-digit: a group after a narrow space
    /// (« 1 200 » then « 000 ») is one of three.</summary>
    private static int LeadingGroupLength(StringBuilder output)
    {
        var n = 0;
        while (n < output.Length && char.IsAsciiDigit(output[output.Length - 1 - n])) n++;
        var start = output.Length - n;
        // Part of a code, a date or a decimal (« L112 », « 2023-09 », « 0,5 »): not a number to group.
        return start > 0 && (char.IsLetter(output[start - 1]) || output[start - 1] is '-' or '/' or '.' or ',' or '[') ? 0 : n;
    }

    private static bool EndsWithNumberSign(StringBuilder output)
    {
        var n = output.Length;
        return n >= 2 && output[n - 1] is '°' or 'º' && output[n - 2] is 'n' or 'N' && (n == 2 || !char.IsLetter(output[n - 3]));
    }

    /// <summary>
    /// Appends a mark that takes a space before it, replacing whatever spaces were typed there.
    /// </summary>
    private static void AppendMark(StringBuilder output, char previous, char mark, char space)
    {
        var spaces = 0;
        while (spaces < output.Length && IsSpace(output[output.Length - 1 - spaces])) spaces++;
        var before = spaces < output.Length ? output[output.Length - 1 - spaces] : previous;
        if (before == '\n')
        {
            output.Append(mark); // at the start of the paragraph or of a forced line: left as typed
            return;
        }
        output.Length -= spaces;
        if (!IsSpace(before)) output.Append(space);
        output.Append(mark);
    }

    private static char Last(StringBuilder output, char previous) => output.Length > 0 ? output[^1] : previous;

    /// <summary>"(?)", "[!]", "?!", "!?", "!!": the mark hugs what precedes it.</summary>
    private static bool FollowsWithoutSpace(char before, char mark) =>
        before is '(' or '[' || (mark is '!' or '?' && before is '!' or '?');

    private static bool OpensQuote(char before) =>
        before == '\n' || char.IsWhiteSpace(before) || before is '\'' or Apostrophe ||
        CharUnicodeInfo.GetUnicodeCategory(before) is UnicodeCategory.OpenPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.DashPunctuation;

    private static bool IsThreeDots(string text, int i, VerbatimSpans verbatim) =>
        i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.' && !verbatim.Contains(i + 2);

    /// <summary>Spaces that typing conventions put before a mark: ordinary, no-break, narrow, thin.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or NoBreakSpace or NarrowNoBreakSpace or '\u2009';

    /// <summary>
    /// Ranges of the text that must be kept byte for byte: URLs and e-mail addresses, where a
    /// space or a curly apostrophe would break the address. Found once per call; most texts have
    /// none, so the common case allocates nothing.
    /// </summary>
    private readonly struct VerbatimSpans
    {
        private readonly List<(int Start, int End)>? _spans;

        private VerbatimSpans(List<(int Start, int End)> spans) => _spans = spans;

        public bool Contains(int index)
        {
            if (_spans is null) return false;
            foreach (var (start, end) in _spans)
                if (index >= start && index < end) return true;
            return false;
        }

        public static VerbatimSpans Find(string text)
        {
            if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains('@')
                && !text.Contains("www.", StringComparison.OrdinalIgnoreCase))
                return default;

            var spans = new List<(int, int)>();
            var i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                var token = text.AsSpan(start, i - start);
                var from = AddressStart(token);
                if (from < 0) continue;
                var end = token.Length;
                while (end > from + 1 && IsTrailingPunctuation(token[end - 1])) end--;
                spans.Add((start + from, start + end));
            }
            return spans.Count == 0 ? default : new VerbatimSpans(spans);
        }

        /// <summary>Where a URL or e-mail address starts inside a whitespace-delimited token, or -1.</summary>
        private static int AddressStart(ReadOnlySpan<char> token)
        {
            foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://", "www."])
            {
                var at = token.IndexOf(scheme, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || !char.IsLetterOrDigit(token[at - 1]))) return at;
            }
            var atSign = token.IndexOf('@');
            if (atSign <= 0 || atSign == token.Length - 1
                || !char.IsLetterOrDigit(token[atSign - 1]) || !char.IsLetterOrDigit(token[atSign + 1]))
                return -1;
            var first = 0;
            while (!char.IsLetterOrDigit(token[first])) first++;
            return first;
        }

        /// <summary>Sentence punctuation glued to the end of an address belongs to the sentence.</summary>
        private static bool IsTrailingPunctuation(char c) =>
            c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'' or Apostrophe or ClosingGuillemet or Ellipsis;
    }
}
