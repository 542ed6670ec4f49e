namespace NetBalance;

/// <summary>The strategy that never re-places: the placement of the run without NETbalance.</summary>
/// <remarks>DESIGN §5: <c>static</c>, the baseline every other strategy's runtime is divided by.</remarks>
public sealed class StaticStrategy : IReplacementStrategy
{
    /// <inheritdoc/>
    public ReplacementCandidate Search(ReplacementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ReplacementCandidate(request.Current, 0, 0);
    }
}
