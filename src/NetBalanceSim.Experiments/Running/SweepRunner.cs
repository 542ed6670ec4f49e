using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Runs the units (every point's repetitions) of one plan or of several plans through one work queue, heaviest first
/// (<see cref="UnitCost"/>), up to a number of jobs at once, skipping those a journal already holds and appending each
/// finished unit to it. A plan's units come back ordered by point and repetition, so the tables do not depend on
/// thread timing or on the queue's order.
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
        IReadOnlyList<UnitResult> units = [];
        RunAll([new SweepJob(plan, journal, done => units = done)], jobs, cache, progress);
        return units;
    }

    /// <summary>
    /// Runs what is left of every plan through one queue, heaviest units first across all plans, and hands each plan's
    /// units to its <see cref="SweepJob.Completed"/> as soon as its last unit is done (one call at a time, while the
    /// other plans' units go on running).
    /// </summary>
    /// <param name="sweeps">The plans with their journals and what to do with their units.</param>
    /// <param name="jobs">How many units may run at once (at least 1).</param>
    /// <param name="cache">Initial placements shared between the plans, or null for a fresh one.</param>
    /// <param name="progress">Told the number of units finished in this call, over all plans, after each one.</param>
    /// <param name="loaded">Topologies already read by <see cref="LoadTopologies"/>, by <see cref="ResolvedScenario.TopologyKey"/>; any others are read here.</param>
    /// <param name="work">
    /// Told the share of the estimated work (<see cref="UnitCost"/>) finished in this call, 0 to 1, after each unit: a
    /// sounder basis for the time left than the count, since the heaviest units run first.
    /// </param>
    public static void RunAll(IReadOnlyList<SweepJob> sweeps, int jobs, InitialPlacementCache? cache = null, IProgress<int>? progress = null, IReadOnlyDictionary<string, Topology>? loaded = null, IProgress<double>? work = null)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        cache ??= new InitialPlacementCache();
        var states = sweeps.Select(s => new SweepState(s)).ToArray();
        var topologies = new Dictionary<string, Topology>(loaded ?? new Dictionary<string, Topology>(), StringComparer.Ordinal);
        foreach (var state in states)
        {
            LoadTopologies(state.Sweep.Plan, topologies);
        }

        var queue = new List<QueuedUnit>();
        for (var i = 0; i < states.Length; i++)
        {
            var plan = states[i].Sweep.Plan;
            foreach (var (point, repetition) in states[i].Units.Where(u => !states[i].Finished.ContainsKey(u)))
            {
                var resolved = plan.Points[point].Resolved;
                var topology = topologies[resolved.TopologyKey];
                queue.Add(new QueuedUnit(i, point, repetition, UnitCost.Moves(resolved.Scenario, topology.NodeCount, topology.LinkCount)));
            }
        }

        foreach (var state in states.Where(s => s.Left == 0))
        {
            state.Sweep.Completed(state.Ordered());
        }

        // Heaviest first; ties in plan, point and repetition order. Taken one at a time, so the order holds across threads.
        var ordered = queue.OrderByDescending(u => u.Cost).ThenBy(u => u.Sweep).ThenBy(u => u.Point).ThenBy(u => u.Repetition).ToArray();
        var done = 0;
        var totalCost = ordered.Sum(u => u.Cost);
        var costDone = 0.0;
        var workLock = new Lock();
        var completion = new Lock();
        try
        {
            Parallel.ForEach(Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = jobs }, unit =>
            {
                var state = states[unit.Sweep];
                var point = state.Sweep.Plan.Points[unit.Point];
                var resolved = point.Resolved;
                var result = RepetitionRunner.Run(resolved.Scenario, topologies[resolved.TopologyKey], unit.Repetition, resolved.TopologyKey, cache);
                var rows = ResultTables.UnitRows(point.Index, result);
                state.Sweep.Journal?.Append(rows);
                state.Finished[(unit.Point, unit.Repetition)] = rows;
                if (work is not null)
                {
                    lock (workLock)
                    {
                        costDone += unit.Cost;
                        work.Report(totalCost > 0 ? Math.Min(1, costDone / totalCost) : 1);
                    }
                }
                progress?.Report(Interlocked.Increment(ref done));
                if (Interlocked.Decrement(ref state.Left) == 0)
                {
                    lock (completion)
                    {
                        state.Sweep.Completed(state.Ordered());
                    }
                }
            });
        }
        catch (AggregateException ex)
        {
            // A unit or a plan's completion failed: rethrow one failure itself (the first the loop recorded), so the
            // command reports it as it would report it from a sequential run.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>The units of <paramref name="plan"/> as (point, repetition), point-major.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The units in order.</returns>
    public static IEnumerable<(int Point, int Repetition)> Units(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Points.SelectMany(p => Enumerable.Range(0, plan.Repetitions).Select(r => (p.Index, r)));
    }

    /// <summary>
    /// Reads every topology the plans use, once each, so that a caller can refuse a bad topology file before it
    /// creates anything (a results folder, a journal).
    /// </summary>
    /// <param name="plans">The plans.</param>
    /// <param name="warn">Told each warning of reading (a dropped link, a dropped component) and, once per topology and testbed, a topology with fewer vnodes than VMs.</param>
    /// <returns>The topologies by <see cref="ResolvedScenario.TopologyKey"/> (the file and how it is read).</returns>
    /// <exception cref="ScenarioException">A topology file or a trace cannot be read, or a workload does not fit its topology; the message names the scenario key and the file.</exception>
    public static IReadOnlyDictionary<string, Topology> LoadTopologies(IEnumerable<SweepPlan> plans, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var topologies = new Dictionary<string, Topology>(StringComparer.Ordinal);
        var warned = new HashSet<(string, int, int)>();
        foreach (var plan in plans)
        {
            LoadTopologies(plan, topologies, warn);
            foreach (var resolved in plan.Points.Select(p => p.Resolved))
            {
                var topology = topologies[resolved.TopologyKey];
                if (warned.Add((resolved.TopologyKey, resolved.Scenario.PhysicalNodes, resolved.Scenario.CpusPerNode))
                    && ScenarioTopology.FewerVnodesThanVms(resolved.TopologyPath, topology.NodeCount, resolved.Scenario.Shape) is { } warning)
                {
                    warn?.Invoke(warning);
                }
            }
        }
        return topologies;
    }

    private static void LoadTopologies(SweepPlan plan, Dictionary<string, Topology> topologies, Action<string>? warn = null)
    {
        foreach (var resolved in plan.Points.Select(p => p.Resolved).DistinctBy(r => r.TopologyKey, StringComparer.Ordinal).Where(r => !topologies.ContainsKey(r.TopologyKey)))
        {
            var read = ScenarioTopology.Read(resolved);
            foreach (var warning in read.Warnings)
            {
                warn?.Invoke(warning);
            }
            topologies[resolved.TopologyKey] = read.Topology;
        }
        foreach (var resolved in plan.Points.Select(p => p.Resolved))
        {
            ScenarioWorkload.Check(resolved, topologies[resolved.TopologyKey]);
        }
    }

    private readonly record struct QueuedUnit(int Sweep, int Point, int Repetition, double Cost);

    private sealed class SweepState
    {
        public SweepState(SweepJob sweep)
        {
            Sweep = sweep;
            foreach (var unit in (sweep.Journal?.Finished ?? []).Concat(sweep.Done ?? []))
            {
                Finished[(unit.Point, unit.Repetition)] = unit;
            }

            Units = sweep.Units ?? [.. SweepRunner.Units(sweep.Plan)];
            Left = Units.Count(u => !Finished.ContainsKey(u));
        }

        public IReadOnlyList<(int Point, int Repetition)> Units { get; }

        public SweepJob Sweep { get; }

        public ConcurrentDictionary<(int, int), UnitResult> Finished { get; } = new();

#pragma warning disable SA1401 // Decremented with Interlocked, which needs a field.
        public int Left;
#pragma warning restore SA1401

        public IReadOnlyList<UnitResult> Ordered() => [.. Units.Select(u => Finished[u])];
    }
}

/// <summary>A plan to run through <see cref="SweepRunner.RunAll"/>.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Journal">Its journal (finished units are skipped and new ones appended), or null.</param>
/// <param name="Completed">Receives all of the plan's units (or of <see cref="Units"/>), ordered by point and repetition, once the last is done.</param>
public sealed record SweepJob(SweepPlan Plan, Journal? Journal, Action<IReadOnlyList<UnitResult>> Completed)
{
    /// <summary>The units to run (a shard's share, in point and repetition order), or null for all of the plan's.</summary>
    public IReadOnlyList<(int Point, int Repetition)>? Units { get; init; }

    /// <summary>Units finished since the journal was opened (an earlier batch of a sequential run), skipped like the journal's own.</summary>
    public IReadOnlyList<UnitResult>? Done { get; init; }
}
