namespace NetBalance;

/// <summary>Suggests the closest valid name for a misspelt one (for "Did you mean ...?" messages).</summary>
public static class NameSuggestion
{
    /// <summary>The candidate closest to <paramref name="name"/> by case-insensitive Levenshtein distance.</summary>
    /// <param name="name">The name given.</param>
    /// <param name="candidates">The valid names; the first of equally close ones wins.</param>
    /// <returns>The closest candidate, or null if there are none.</returns>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var given = name.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(candidate.ToUpperInvariant(), given);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions turning one string into the other.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other string.</param>
    /// <returns>The distance.</returns>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
