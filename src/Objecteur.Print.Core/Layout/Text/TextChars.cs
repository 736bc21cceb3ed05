using System.Globalization;

namespace Objecteur.Print.Layout.Text;

/// <summary>Character classes that decide where a line may break.</summary>
internal static class TextChars
{
    public const char ForcedBreak = '\n';
    public const char SoftHyphen = '\u00AD';
    public const char Hyphen = '-';

    /// <summary>A space the breaker may break at and collapses with its neighbours. The no-break
    /// spaces (U+00A0, U+2007 figure space, U+202F narrow) are part of the word they glue.</summary>
    public static bool IsBreakableSpace(char c) =>
        c != ForcedBreak && char.IsWhiteSpace(c) && !IsNoBreakSpace(c);

    public static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u2007' or '\u202F';

    /// <summary>A hyphen after which a compound may break (U+2011 is the non-breaking hyphen).</summary>
    public static bool IsBreakableHyphen(char c) => c is Hyphen or '\u2010';

    /// <summary>A source reference as the kit writes them, « [001] », possibly followed by
    /// punctuation (« [001]. »), and nothing else.</summary>
    public static bool IsSourceReference(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[0] != '[' || !char.IsAsciiDigit(word[1])) return false;
        var i = 1;
        while (i < word.Length && char.IsAsciiDigit(word[i])) i++;
        if (i == word.Length || word[i] != ']') return false;
        foreach (var c in word[(i + 1)..])
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// Whether an emergency break may fall between <paramref name="before"/> and
    /// <paramref name="c"/>: never inside a surrogate pair, before a combining mark, around a
    /// zero-width joiner, or next to a no-break space (that would be a break at the space).
    /// </summary>
    public static bool CanSplit(char before, char c)
    {
        if (char.IsLowSurrogate(c) || IsNoBreakSpace(c) || IsNoBreakSpace(before) || c == '\u200D' || before == '\u200D')
            return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
    }
}
