namespace Objecteur.Print;

/// <summary>Finds the closest valid name to a misspelt one, for « vouliez-vous dire… ? » hints.</summary>
public static class Suggest
{
    /// <summary>The candidate at the smallest edit distance, if it is close enough to be a likely typo.</summary>
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    /// <summary>French hint text: « vouliez-vous dire « x » ? » or the list of valid names.</summary>
    public static string Hint(string wrong, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(wrong, candidates);
        return closest is not null
            ? $"vouliez-vous dire « {closest} » ?"
            : $"valeurs possibles : {string.Join(", ", candidates)}";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
