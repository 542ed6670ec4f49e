using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Experiments.Shards;

/// <summary>
/// Splits a sweep's units (point, repetition) into shards of about equal estimated work (<see cref="UnitCost"/>):
/// longest processing time first, i.e. the units from the heaviest down (ties in point and repetition order), each
/// to the shard with the least work so far (ties to the lowest shard). The split depends only on the plan and the
/// topologies' sizes, so every task of a job array computes the same one.
/// </summary>
public static class ShardAssignment
{
    /// <summary>The estimated work of every unit of <paramref name="plan"/>, in point-major order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="topologies">Its topologies by <see cref="Scenarios.ResolvedScenario.TopologyKey"/> (<see cref="SweepRunner.LoadTopologies"/>).</param>
    /// <returns>The units with their costs in annealer moves.</returns>
    public static IReadOnlyList<(int Point, int Repetition, double CostMoves)> Costs(SweepPlan plan, IReadOnlyDictionary<string, Topology> topologies)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(topologies);
        var perPoint = plan.Points.Select(p =>
        {
            var topology = topologies[p.Resolved.TopologyKey];
            return UnitCost.Moves(p.Resolved.Scenario, topology.NodeCount, topology.LinkCount);
        }).ToArray();
        return [.. SweepRunner.Units(plan).Select(u => (u.Point, u.Repetition, perPoint[u.Point]))];
    }

    /// <summary>The units of every shard, each shard's in point and repetition order.</summary>
    /// <param name="units">The units with their costs.</param>
    /// <param name="count">How many shards.</param>
    /// <returns><paramref name="count"/> lists (some empty if there are fewer units than shards).</returns>
    public static IReadOnlyList<IReadOnlyList<(int Point, int Repetition)>> Split(IReadOnlyList<(int Point, int Repetition, double CostMoves)> units, int count)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var shards = Enumerable.Range(0, count).Select(_ => new List<(int Point, int Repetition)>()).ToArray();
        var loads = new PriorityQueue<int, (double Load, int Shard)>(count, Comparer<(double Load, int Shard)>.Create((a, b) =>
            a.Load != b.Load ? a.Load.CompareTo(b.Load) : a.Shard.CompareTo(b.Shard)));
        for (var s = 0; s < count; s++)
        {
            loads.Enqueue(s, (0, s));
        }
        foreach (var unit in units.OrderByDescending(u => u.CostMoves).ThenBy(u => u.Point).ThenBy(u => u.Repetition))
        {
            loads.TryDequeue(out var shard, out var load);
            shards[shard].Add((unit.Point, unit.Repetition));
            loads.Enqueue(shard, (load.Load + unit.CostMoves, shard));
        }
        return [.. shards.Select(s => (IReadOnlyList<(int, int)>)[.. s.OrderBy(u => u.Point).ThenBy(u => u.Repetition)])];
    }

    /// <summary>The units of <paramref name="shard"/> of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="topologies">Its topologies (<see cref="SweepRunner.LoadTopologies"/>).</param>
    /// <param name="shard">The shard.</param>
    /// <returns>Its units in point and repetition order.</returns>
    public static IReadOnlyList<(int Point, int Repetition)> UnitsOf(SweepPlan plan, IReadOnlyDictionary<string, Topology> topologies, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        return Split(Costs(plan, topologies), shard.Count)[shard.Index];
    }
}
