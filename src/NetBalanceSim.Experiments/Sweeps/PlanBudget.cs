using System.Globalization;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>
/// The work and memory a plan would take, estimated before anything runs, and the limits above which it is refused
/// (README, "Limits"): every value a scenario allows on its own can still combine into a run that never ends or does
/// not fit in memory (a 4,096 x 1,024 testbed, a Tp of 1e-300 s, a billion moves per second of To).
/// </summary>
/// <remarks>
/// The estimates are upper bounds of the same terms <see cref="Running.UnitCost"/> counts: the initial placement
/// (1.5 times its finest level's budget), at most one search per report of To x coordinatorMovesPerSecond moves, the
/// oracle's budget at every load change, and one pass over the vnodes and links per report. Memory per repetition is
/// a fixed part, the kept sink loads (at most 256 MB), bytes per VM and per vnode and link, the load predictor's state
/// per load series, and the tau trace. Reports and load changes are the workload's (<see cref="ScenarioWorkload.Extent"/>:
/// a trace is read to know them).
/// </remarks>
public static class PlanBudget
{
    /// <summary>The most annealer moves (and report passes) a whole plan may take: days of work on one core.</summary>
    public const double MaxMoves = 1e12;

    /// <summary>
    /// The most memory one repetition may take, in bytes: 4 GB, so that <c>--jobs</c> repetitions at a time fit a machine
    /// with 4 GB per core (the default <c>--jobs</c> is the number of cores).
    /// </summary>
    public const double MaxBytesPerRepetition = 4e9;

    /// <summary>The most points a sweep may have.</summary>
    public const long MaxPoints = 100_000;

    /// <summary>The most repetitions a plan may run over all its points (each one's rows are kept until the plan is written).</summary>
    public const long MaxUnits = 1_000_000;

    /// <summary>
    /// Bytes per VM a run keeps (VM arrays, trees and per-VM lists of the testbed, coordinator and annealer): measured
    /// 0.78 to 0.83 KB per VM (peak resident memory of one repetition on the Grid from 4,096 to 4,194,304 VMs), rounded up.
    /// </summary>
    public const double BytesPerVm = 1_000;

    /// <summary>
    /// Bytes per vnode and per link a run keeps (graph, placement, loads in the annealer, coarse levels): measured about
    /// 450 bytes (peak working set 1.41 GB for one repetition on a 1,000,000-vnode, 2,000,000-link Waxman map at 512 x 8
    /// VMs, docs/performance.md), rounded up.
    /// </summary>
    public const double BytesPerVnodeOrLink = 512;

    /// <summary>Bytes a run takes whatever its size.</summary>
    public const double FixedBytes = 64e6;

    /// <summary>Bytes per report kept in the tau trace.</summary>
    public const double BytesPerReport = 64;

    /// <summary>The most memory the sink loads of a repetition keep (the testbed's load cache).</summary>
    public const double MaxLoadBytes = 256L << 20;

    /// <summary>The upper bound of the moves (and report passes) of one repetition.</summary>
    /// <param name="scenario">The scenario of a point.</param>
    /// <param name="vnodes">The topology's vertices.</param>
    /// <param name="links">The topology's links.</param>
    /// <returns>The estimate; infinite if a value makes the run endless.</returns>
    public static double MovesPerRepetition(Scenario scenario, int vnodes, int links)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var reports = Reports(scenario, vnodes);
        if (!double.IsFinite(reports))
        {
            return double.PositiveInfinity; // Tp too small to advance virtual time (0 x infinity would hide it as NaN).
        }
        var placement = 1.5 * scenario.Placer.LevelMoves(vnodes);
        var searches = reports * scenario.ToSeconds * scenario.Run.Coordinator.CoordinatorMovesPerSecond;
        var withOracle = scenario.Oracle || scenario.Strategy == ComponentCatalog.OracleStrategy;
        var oracle = withOracle ? Segments(scenario, vnodes) * scenario.OracleMovesPerVnode * vnodes : 0;
        return placement + searches + oracle + (reports * (vnodes + (2.0 * links)));
    }

    /// <summary>The estimated memory of one repetition, in bytes.</summary>
    /// <param name="scenario">The scenario of a point.</param>
    /// <param name="vnodes">The topology's vertices.</param>
    /// <param name="links">The topology's links.</param>
    /// <returns>The estimate.</returns>
    public static double BytesPerRepetition(Scenario scenario, int vnodes, int links)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var series = vnodes + (2.0 * links);
        var loads = Math.Min(MaxLoadBytes, Segments(scenario, vnodes) * ((8.0 * series) + 64));
        var predictor = Components.ComponentCatalog.Get(Components.ComponentCatalog.Predictors, scenario.Predictor).StateBytesPerSeries?.Invoke(scenario) ?? 0;
        return TestbedBytes(scenario.PhysicalNodes, scenario.CpusPerNode, vnodes, links) + loads + (predictor * series) + (BytesPerReport * Reports(scenario, vnodes));
    }

    /// <summary>The estimated memory of a testbed and topology alone (as <c>place</c> and <c>evaluate</c> use them), in bytes.</summary>
    /// <param name="physicalNodes">Physical nodes.</param>
    /// <param name="cpusPerNode">CPUs (VMs) per node.</param>
    /// <param name="vnodes">The topology's vertices.</param>
    /// <param name="links">The topology's links.</param>
    /// <returns>The estimate.</returns>
    public static double TestbedBytes(int physicalNodes, int cpusPerNode, int vnodes, int links) =>
        FixedBytes + (BytesPerVm * ((double)physicalNodes * cpusPerNode)) + (BytesPerVnodeOrLink * ((double)vnodes + links));

    /// <summary>What is wrong with a testbed of this size, or null if it fits in memory.</summary>
    /// <param name="physicalNodes">Physical nodes.</param>
    /// <param name="cpusPerNode">CPUs (VMs) per node.</param>
    /// <param name="vnodes">The topology's vertices.</param>
    /// <param name="links">The topology's links.</param>
    /// <returns>A one-line reason with the estimate, or null.</returns>
    public static string? CheckTestbed(int physicalNodes, int cpusPerNode, int vnodes, int links)
    {
        var bytes = TestbedBytes(physicalNodes, cpusPerNode, vnodes, links);
        return bytes <= MaxBytesPerRepetition ? null : MemoryProblem(physicalNodes, cpusPerNode, vnodes, bytes, null);
    }

    /// <summary>Refuses a point whose repetition would take more memory than the limit, or a plan above the work limit.</summary>
    /// <param name="source">The scenario file (and point) for the message.</param>
    /// <param name="scenario">A point's scenario.</param>
    /// <param name="vnodes">Its topology's vertices.</param>
    /// <param name="links">Its topology's links.</param>
    /// <exception cref="ScenarioException">The point is above a limit.</exception>
    public static void CheckPoint(string source, Scenario scenario, int vnodes, int links)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var moves = MovesPerRepetition(scenario, vnodes, links);
        if (!(moves * scenario.Repetitions <= MaxMoves))
        {
            throw new ScenarioException(Invariant($"{source}: {WorkProblem(scenario, vnodes, moves * scenario.Repetitions)}"));
        }
        var bytes = BytesPerRepetition(scenario, vnodes, links);
        if (!(bytes <= MaxBytesPerRepetition))
        {
            throw new ScenarioException($"{source}: {MemoryProblem(scenario.PhysicalNodes, scenario.CpusPerNode, vnodes, bytes, Reports(scenario, vnodes))}");
        }
    }

    /// <summary>Refuses a plan whose points together are above the work limit or run too many repetitions.</summary>
    /// <param name="source">The scenario file, for the message.</param>
    /// <param name="points">The points' number.</param>
    /// <param name="repetitions">Repetitions per point.</param>
    /// <param name="totalMoves">The estimated moves of all points' repetitions.</param>
    /// <exception cref="ScenarioException">The plan is above a limit.</exception>
    public static void CheckPlan(string source, int points, int repetitions, double totalMoves)
    {
        if ((long)points * repetitions > MaxUnits)
        {
            throw new ScenarioException(Invariant(
                $"{source}: {points:N0} points x {repetitions:N0} repetitions = {(long)points * repetitions:N0} repetitions in all, above the limit of {MaxUnits:N0}; run fewer repetitions or points"));
        }
        if (!(totalMoves <= MaxMoves))
        {
            throw new ScenarioException(Invariant(
                $"{source}: the sweep's {points:N0} points x {repetitions:N0} repetitions need an estimated {Show(totalMoves)} annealer moves, above the limit of 1e12 (README, \"Limits\"); run fewer points or repetitions"));
        }
    }

    /// <summary>Reports per repetition: one every Tp over every segment (infinite if Tp is too small to advance time).</summary>
    private static double Reports(Scenario scenario, int vnodes) => scenario.Workload == ComponentCatalog.DefaultWorkload
        ? (scenario.SinkChanges + 1.0) * Math.Ceiling(scenario.SinkIntervalSeconds / scenario.TpSeconds)
        : Math.Ceiling(ScenarioWorkload.Extent("", scenario, vnodes).LengthSeconds / scenario.TpSeconds);

    /// <summary>Load changes per repetition (the workload's segments).</summary>
    private static double Segments(Scenario scenario, int vnodes) => ScenarioWorkload.Extent("", scenario, vnodes).Segments;

    private static string MemoryProblem(int physicalNodes, int cpusPerNode, int vnodes, double bytes, double? reports) =>
        Invariant($"physicalNodes x cpusPerNode = {(long)physicalNodes * cpusPerNode:N0} VMs for {vnodes:N0} vnodes{(reports is double r ? $" and {Show(r)} reports" : "")}: estimated {Show(bytes / 1e9)} GB per repetition, above the 4 GB limit (README, \"Limits\")");

    private static string WorkProblem(Scenario s, int vnodes, double moves) =>
        Invariant($"estimated {Show(moves)} annealer moves and report passes for {s.Repetitions:N0} repetitions ({s.SinkChanges + 1:N0} segments of {s.SinkIntervalSeconds} s, a report every TpSeconds = {s.TpSeconds} s, To = {s.ToSeconds} s at {s.Run.Coordinator.CoordinatorMovesPerSecond} coordinatorMovesPerSecond, {vnodes:N0} vnodes), above the limit of 1e12 (README, \"Limits\")");

    private static string Show(double value) => !double.IsFinite(value)
        ? "unbounded"
        : value.ToString(value < 1e6 ? "#,0.#" : "0.##e0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
