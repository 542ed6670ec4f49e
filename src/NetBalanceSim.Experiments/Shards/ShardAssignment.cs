using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Experiments.Shards;

/// <summary>
/// Splits a sweep's units (point, repetition) into shards of about equal estimated work (<see cref="UnitCost"/>):
/// longest processing time first, i.e. the units from the heaviest down (ties in point and repetition order), each
/// to the shard where the work so far plus the unit's is least (ties to the lowest shard). A unit costs less on a shard
/// that already holds a unit sharing its initial placement, as the shard computes the placement once
/// (<see cref="InitialPlacementCache"/>). The split depends only on the plan and the topologies' sizes, so every task of
/// a job array computes the same one, on any machine.
/// </summary>
public static class ShardAssignment
{
    /// <summary>The estimated work of every unit of <paramref name="plan"/>, in point-major order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="topologies">Its topologies by <see cref="Scenarios.ResolvedScenario.TopologyKey"/> (<see cref="SweepRunner.LoadTopologies"/>).</param>
    /// <returns>The units with their costs.</returns>
    public static IReadOnlyList<ShardUnit> Costs(SweepPlan plan, IReadOnlyDictionary<string, Topology> topologies)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(topologies);
        // Groups are numbered in order of first appearance; the dictionary only looks them up (value equality of records).
        var groups = new Dictionary<(string, string, NetBalance.TestbedShape, NetBalance.TestbedCostOptions, double, NetBalance.InitialPlacerOptions), int>();
        var points = plan.Points.Select(p =>
        {
            var scenario = p.Resolved.Scenario;
            var topology = topologies[p.Resolved.TopologyKey];
            var key = (p.Resolved.TopologyKey, scenario.Workload, scenario.Shape, scenario.Constants.Testbed, scenario.RateMbps, scenario.ToInitialPlacerOptions());
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = groups.Count;
            }
            return (Cost: UnitCost.Moves(scenario, topology.NodeCount, topology.LinkCount), Placement: UnitCost.PlacementMoves(scenario, topology.NodeCount), Group: group);
        }).ToArray();
        return [.. SweepRunner.Units(plan).Select(u =>
        {
            var point = points[u.Point];
            return new ShardUnit(u.Point, u.Repetition, point.Cost, (point.Group * plan.Repetitions) + u.Repetition, point.Placement);
        })];
    }

    /// <summary>The units of every shard, each shard's in point and repetition order.</summary>
    /// <param name="units">The units with their costs.</param>
    /// <param name="count">How many shards.</param>
    /// <returns><paramref name="count"/> lists (some empty if there are fewer units than shards).</returns>
    public static IReadOnlyList<IReadOnlyList<(int Point, int Repetition)>> Split(IReadOnlyList<ShardUnit> units, int count)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var shards = Enumerable.Range(0, count).Select(_ => new List<(int Point, int Repetition)>()).ToArray();
        var loads = new double[count];
        var byLoad = new SortedSet<(double Load, int Shard)>(Enumerable.Range(0, count).Select(s => (0.0, s)));
        var holders = new Dictionary<int, List<int>>();
        foreach (var unit in units.OrderByDescending(u => u.CostMoves).ThenBy(u => u.Point).ThenBy(u => u.Repetition))
        {
            var shared = unit.CostMoves - unit.PlacementMoves;
            if (!holders.TryGetValue(unit.PlacementGroup, out var holding))
            {
                holders[unit.PlacementGroup] = holding = [];
            }
            // The least loaded shard pays the placement unless it holds it already; a shard holding it pays none.
            var least = byLoad.Min.Shard;
            var best = (Load: loads[least] + (holding.Contains(least) ? shared : unit.CostMoves), Shard: least);
            foreach (var shard in holding)
            {
                var load = loads[shard] + shared;
                if (load < best.Load || (load == best.Load && shard < best.Shard))
                {
                    best = (load, shard);
                }
            }
            byLoad.Remove((loads[best.Shard], best.Shard));
            loads[best.Shard] = best.Load;
            byLoad.Add((best.Load, best.Shard));
            shards[best.Shard].Add((unit.Point, unit.Repetition));
            if (!holding.Contains(best.Shard))
            {
                holding.Add(best.Shard);
            }
        }
        return [.. shards.Select(s => (IReadOnlyList<(int, int)>)[.. s.OrderBy(u => u.Point).ThenBy(u => u.Repetition)])];
    }

    /// <summary>The estimated work of one shard: its units', each placement they share counted once.</summary>
    /// <param name="units">All units with their costs.</param>
    /// <param name="shard">The units of the shard.</param>
    /// <returns>The work in annealer moves.</returns>
    public static double Work(IReadOnlyList<ShardUnit> units, IReadOnlyList<(int Point, int Repetition)> shard)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(shard);
        var byUnit = units.ToDictionary(u => (u.Point, u.Repetition));
        var mine = shard.Select(u => byUnit[u]).ToList();
        return mine.Sum(u => u.CostMoves - u.PlacementMoves) + mine.GroupBy(u => u.PlacementGroup).Sum(g => g.First().PlacementMoves);
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
