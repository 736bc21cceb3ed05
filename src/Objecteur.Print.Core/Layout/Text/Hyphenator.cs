namespace Objecteur.Print.Layout.Text;

/// <summary>
/// Finds where a word may be hyphenated, with Frank Liang's pattern method (the one TeX and
/// LibreOffice use) and pattern files in the LibreOffice/<c>hyphen</c> format.
/// </summary>
/// <remarks>
/// <para>The format allows two levels separated by <c>NEXTLEVEL</c>: the first splits compound
/// words, the second hyphenates their parts. Every pattern is applied here as one Liang level.
/// For the shipped <c>hyph_fr.dic</c> this is exactly what libhyphen does, because its first level
/// is empty: compounds are handled by ordinary patterns that treat <c>-</c> like a word boundary
/// (<c>-8a4</c>, <c>4a-</c>). A file with a real compound level would be hyphenated as if both
/// levels were one, which can only add or remove the odd point next to a compound boundary.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Hyphenator
{
    private const string FrenchResource = "hyphenation/hyph_fr.dic";
    private const int StackLimit = 256;

    private static readonly Lazy<Hyphenator> s_french = new(LoadFrench);

    private readonly PatternTrie _patterns;

    private Hyphenator(PatternTrie patterns, int leftHyphenMin, int rightHyphenMin)
    {
        _patterns = patterns;
        LeftHyphenMin = leftHyphenMin;
        RightHyphenMin = rightHyphenMin;
    }

    /// <summary>French patterns shipped inside this assembly (Debian <c>hyphen-fr</c>), parsed on
    /// first use: most documents hyphenate, but a run that never does should not pay for it.</summary>
    /// <remarks>With French typographers' minima rather than the file's 2 and 2: two letters
    /// before a hyphen, three after it (the Imprimerie nationale's rule), so that no line starts
    /// with a two-letter stub such as « aus-/si » or « valori-/sé ».</remarks>
    public static Hyphenator French => s_french.Value;

    private const int FrenchLeftHyphenMin = 2;
    private const int FrenchRightHyphenMin = 3;

    /// <summary>Fewest characters left before a hyphen (<c>LEFTHYPHENMIN</c>).</summary>
    public int LeftHyphenMin { get; }

    /// <summary>Fewest characters carried to the next line (<c>RIGHTHYPHENMIN</c>).</summary>
    public int RightHyphenMin { get; }

    /// <summary>Number of distinct patterns loaded.</summary>
    public int PatternCount => _patterns.Count;

    /// <summary>
    /// Reads a pattern file: first line the character set (only UTF-8 text is expected, since the
    /// reader already decodes), then optional <c>LEFTHYPHENMIN n</c>, <c>RIGHTHYPHENMIN n</c>,
    /// <c>NEXTLEVEL</c> lines, <c>%</c> comments, and one pattern per line.
    /// </summary>
    /// <remarks>libhyphen's non-standard patterns (<c>c1k/k=k,1,2</c>, which change letters at
    /// the break) are skipped: French needs none.</remarks>
    /// <param name="dic">The pattern file.</param>
    /// <param name="leftHyphenMin">Overrides the file's <c>LEFTHYPHENMIN</c> when given.</param>
    /// <param name="rightHyphenMin">Overrides the file's <c>RIGHTHYPHENMIN</c> when given.</param>
    public static Hyphenator Load(TextReader dic, int? leftHyphenMin = null, int? rightHyphenMin = null)
    {
        ArgumentNullException.ThrowIfNull(dic);
        var builder = new PatternTrie.Builder();
        int left = 2, right = 2;
        dic.ReadLine(); // character set
        while (dic.ReadLine() is { } raw)
        {
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty || line[0] == '%' || line.Contains('/')) continue;
            if (TryReadSetting(line, "LEFTHYPHENMIN", ref left) || TryReadSetting(line, "RIGHTHYPHENMIN", ref right)) continue;
            if (IsKeyword(line)) continue; // NEXTLEVEL, COMPOUND…HYPHENMIN, NOHYPHEN: see the class remarks
            builder.Add(line);
        }
        return new Hyphenator(builder.Build(), Math.Max(1, leftHyphenMin ?? left), Math.Max(1, rightHyphenMin ?? right));
    }

    /// <summary>
    /// Positions <c>i</c> (1 … <c>word.Length - 1</c>) where a hyphen may be inserted before
    /// <c>word[i]</c>, in increasing order.
    /// </summary>
    /// <remarks>
    /// Returns nothing for words of fewer than five letters (a two-letter stub on each side is not
    /// worth a hyphen); words with a capital anywhere (proper names, acronyms, brands and
    /// sentence starts: « Collot », « InterHop », « ONU », like TeX's <c>\uchyph=0</c> but also
    /// inside the word); and words with digits, '#', '@', '/', ':' or '.' (numbers, hashtags,
    /// URLs, e-mail addresses, whose readers would take an added hyphen for part of them). Patterns
    /// match case-insensitively; an apostrophe counts as a word boundary, so « l’abonnement »
    /// never breaks right after it.
    /// </remarks>
    public IReadOnlyList<int> Points(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!IsCandidate(word)) return [];

        var n = word.Length;
        Span<char> framed = n + 2 <= StackLimit ? stackalloc char[n + 2] : new char[n + 2];
        Span<byte> values = n + 3 <= StackLimit ? stackalloc byte[n + 3] : new byte[n + 3];
        values.Clear();
        framed[0] = '.';
        for (var i = 0; i < n; i++) framed[i + 1] = char.ToLowerInvariant(word[i]);
        framed[n + 1] = '.';
        _patterns.Score(framed, values);

        // values[k] scores the gap before framed[k]; the gap before word[i] is values[i + 1].
        int first = Math.Max(1, LeftHyphenMin), last = n - RightHyphenMin, count = 0;
        for (var i = first; i <= last; i++)
            if (IsPoint(word, values, i)) count++;
        if (count == 0) return [];
        var points = new int[count];
        count = 0;
        for (var i = first; i <= last; i++)
            if (IsPoint(word, values, i)) points[count++] = i;
        return points;
    }

    /// <summary>An odd score, with the minima counted in letters from the nearest non-letter too:
    /// in « usager·ères » the middle dot ends a part, and « usager·è-/res » would strand one letter.</summary>
    private bool IsPoint(string word, ReadOnlySpan<byte> values, int i)
    {
        if ((values[i + 1] & 1) == 0) return false;
        var before = 0;
        while (before < LeftHyphenMin && i - before - 1 >= 0 && char.IsLetter(word[i - before - 1])) before++;
        var after = 0;
        while (after < RightHyphenMin && i + after < word.Length && char.IsLetter(word[i + after])) after++;
        return before == LeftHyphenMin && after == RightHyphenMin;
    }

    private static bool IsCandidate(string word)
    {
        if (word.Length < 5) return false;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c) || char.IsUpper(c) || c is '#' or '@' or '/' or ':' or '.') return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 5;
    }

    private static bool TryReadSetting(ReadOnlySpan<char> line, string name, ref int value)
    {
        if (!line.StartsWith(name, StringComparison.Ordinal)) return false;
        if (int.TryParse(line[name.Length..].Trim(), out var parsed)) value = parsed;
        return true;
    }

    /// <summary>Header keywords are upper-case ASCII words; patterns are lower-case.</summary>
    private static bool IsKeyword(ReadOnlySpan<char> line) => line[0] is >= 'A' and <= 'Z';

    private static Hyphenator LoadFrench()
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream(FrenchResource)
            ?? throw new InvalidOperationException($"ressource « {FrenchResource} » absente de l'assemblage");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Load(reader, FrenchLeftHyphenMin, FrenchRightHyphenMin);
    }
}
