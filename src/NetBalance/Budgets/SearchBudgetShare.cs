namespace NetBalance;

/// <summary>The arithmetic of a budget's share, shared by every <see cref="ISearchBudget"/>.</summary>
internal static class SearchBudgetShare
{
    /// <summary>Returns <c>floor(fraction * moves)</c>, exact for whole shares (fraction 1 gives all moves).</summary>
    public static long Of(long moves, double fraction)
    {
        Check(fraction);
        return fraction >= 1 ? moves : (long)Math.Floor(moves * fraction);
    }

    public static void Check(double fraction)
    {
        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A share of a budget must lie in [0, 1].");
        }
    }
}
