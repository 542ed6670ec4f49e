namespace NetBalance;

/// <summary>
/// What the predictors that keep state per series share: a load is <c>VnodeCount</c> CPU series followed by
/// <c>HalfEdgeCount</c> rate series, and every report after the first must have the first one's sizes.
/// </summary>
internal static class LoadSeries
{
    /// <summary>Throws unless <paramref name="measured"/> has <paramref name="vnodes"/> vnodes and <paramref name="halfEdges"/> half-edges.</summary>
    /// <exception cref="ArgumentException">The sizes differ.</exception>
    public static void CheckSameSize(int vnodes, int halfEdges, Load measured)
    {
        if (vnodes != measured.VnodeCount || halfEdges != measured.Graph.HalfEdgeCount)
        {
            throw new ArgumentException("The report's graph differs from the earlier reports'.", nameof(measured));
        }
    }
}
