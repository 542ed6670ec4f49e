using System.Collections.Concurrent;
using NetBalance;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Initial placements (and oracle runs) shared between sweep points. A placement is a pure function of its inputs (topology,
/// testbed, testbed cost constants, rate, first sink, placer options and run seed), so points that differ only
/// in Tp, To, memory or control-loop settings reuse it: the results are the same as without the cache. Thread-safe.
/// </summary>
public sealed class InitialPlacementCache
{
    private readonly ConcurrentDictionary<PlacementKey, Lazy<InitialPlacementResult>> _placements = new();
    private readonly ConcurrentDictionary<string, Lazy<NetBalanceSim.Testbed.TestbedRunResult>> _runs = new(StringComparer.Ordinal);

    /// <summary>How many distinct placements have been computed.</summary>
    public int Count => _placements.Count;

    /// <summary>The placement for <paramref name="key"/>, computed by <paramref name="place"/> the first time.</summary>
    /// <param name="key">Everything the placement depends on.</param>
    /// <param name="place">Computes it.</param>
    /// <returns>The placement.</returns>
    public InitialPlacementResult GetOrAdd(PlacementKey key, Func<PlacementKey, InitialPlacementResult> place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return _placements.GetOrAdd(key, k => new Lazy<InitialPlacementResult>(() => place(k))).Value;
    }

    /// <summary>A run shared between sweep points (the oracle's), computed by <paramref name="run"/> the first time.</summary>
    /// <param name="key">Everything the run depends on, as text.</param>
    /// <param name="run">Computes it.</param>
    /// <returns>The run.</returns>
    public NetBalanceSim.Testbed.TestbedRunResult GetOrAddRun(string key, Func<NetBalanceSim.Testbed.TestbedRunResult> run) =>
        _runs.GetOrAdd(key, _ => new Lazy<NetBalanceSim.Testbed.TestbedRunResult>(run)).Value;
}
