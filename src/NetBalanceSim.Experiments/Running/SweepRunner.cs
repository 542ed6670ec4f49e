using System.Collections.Concurrent;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Runs the units of a plan (every point's repetitions) in parallel up to a number of jobs, skipping those a
/// journal already holds and appending each finished unit to it. The units come back ordered by point and
/// repetition, so the tables do not depend on thread timing.
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs what is left of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="jobs">How many units may run at once (at least 1).</param>
    /// <param name="journal">Where finished units are recorded (and which already holds some), or null.</param>
    /// <param name="cache">Initial placements shared with other plans of the same process, or null for a fresh one.</param>
    /// <param name="progress">Told the number of units finished in this call after each one (from any thread).</param>
    /// <returns>All units of the plan, ordered by point and repetition.</returns>
    public static IReadOnlyList<UnitResult> Run(SweepPlan plan, int jobs, Journal? journal = null, InitialPlacementCache? cache = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        cache ??= new InitialPlacementCache();
        var finished = new ConcurrentDictionary<(int, int), UnitResult>();
        foreach (var unit in journal?.Finished ?? [])
        {
            finished[(unit.Point, unit.Repetition)] = unit;
        }
        var todo = Units(plan).Where(u => !finished.ContainsKey(u)).ToArray();
        var topologies = LoadTopologies(plan);
        var done = 0;
        Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = jobs }, unit =>
        {
            var point = plan.Points[unit.Point];
            var resolved = point.Resolved;
            var result = RepetitionRunner.Run(resolved.Scenario, topologies[resolved.TopologyPath], unit.Repetition, resolved.TopologyPath, cache);
            var rows = ResultTables.UnitRows(point.Index, result);
            journal?.Append(rows);
            finished[unit] = rows;
            progress?.Report(Interlocked.Increment(ref done));
        });
        return [.. Units(plan).Select(u => finished[u])];
    }

    /// <summary>The units of <paramref name="plan"/> as (point, repetition), point-major.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The units in order.</returns>
    public static IEnumerable<(int Point, int Repetition)> Units(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Points.SelectMany(p => Enumerable.Range(0, plan.Repetitions).Select(r => (p.Index, r)));
    }

    private static Dictionary<string, Topology> LoadTopologies(SweepPlan plan)
    {
        var topologies = new Dictionary<string, Topology>(StringComparer.Ordinal);
        foreach (var path in plan.Points.Select(p => p.Resolved.TopologyPath).Distinct(StringComparer.Ordinal))
        {
            try
            {
                topologies[path] = TopologyFile.Read(path).Topology;
            }
            catch (TopologyFormatException ex)
            {
                throw ScenarioException.ForKey(plan.Resolved.ScenarioPath, "topology", ex.Message);
            }
        }
        return topologies;
    }
}
