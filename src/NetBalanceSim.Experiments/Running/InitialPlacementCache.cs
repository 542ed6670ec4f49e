using System.Collections.Concurrent;
using NetBalance;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Initial placements shared between sweep points. A placement is a pure function of its inputs (topology,
/// testbed, testbed cost constants, rate, first sink, placer options and run seed), so points that differ only
/// in Tp, To, memory or control-loop settings reuse it: the results are the same as without the cache. Thread-safe.
/// </summary>
public sealed class InitialPlacementCache
{
    private readonly ConcurrentDictionary<PlacementKey, Lazy<InitialPlacementResult>> _placements = new();

    /// <summary>How many distinct placements have been computed.</summary>
    public int Count => _placements.Count;

    /// <summary>The placement for <paramref name="key"/>, computed by <paramref name="place"/> the first time.</summary>
    /// <param name="key">Everything the placement depends on.</param>
    /// <param name="place">Computes it.</param>
    /// <returns>The placement.</returns>
    public InitialPlacementResult GetOrAdd(PlacementKey key, Func<InitialPlacementResult> place) =>
        _placements.GetOrAdd(key, _ => new Lazy<InitialPlacementResult>(place)).Value;
}
