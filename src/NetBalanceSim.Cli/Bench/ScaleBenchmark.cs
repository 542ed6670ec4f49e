using System.Diagnostics;
using NetBalance;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Cli.Bench;

/// <summary>
/// The scale benchmark: the annealer's evaluated moves per second as the testbed grows, and one repetition of a
/// scenario on a large topology with its wall time split into placement, searches and the rest.
/// </summary>
/// <remarks>
/// Throughput: the initial placement for sink 0 (default constants, seed 1, not timed) is re-placed for the load of
/// the middle vertex id, as in <see cref="PlacementBenchmark"/>; the median of the measured runs after a short
/// warm-up. Memory is the process's peak working set, which includes the runtime and the topology.
/// </remarks>
internal static class ScaleBenchmark
{
    /// <summary>
    /// Measures every testbed size of one topology in rounds: each round times one run at every size in turn, so that a
    /// machine that slows down or speeds up over the minutes affects all sizes alike; a size's ratio to the first size is
    /// the median of the per-round ratios.
    /// </summary>
    public static IReadOnlyList<ScaleThroughputRow> Throughput(string name, Topology topology, IReadOnlyList<TestbedShape> shapes, long moves, int runs)
    {
        var factory = new SinkLoadFactory(topology, CostModelConstants.Default.Testbed, 10);
        var load = factory.For(PlacementBenchmark.Sink);
        var changed = factory.For(PlacementBenchmark.ChangedSink(topology.NodeCount));
        var placements = new InitialPlacementResult[shapes.Count];
        var placeSeconds = new double[shapes.Count];
        for (var i = 0; i < shapes.Count; i++)
        {
            var placer = new InitialPlacer(shapes[i], CostModelConstants.Default.Testbed, new InitialPlacerOptions());
            var start = Stopwatch.GetTimestamp();
            placements[i] = placer.Place(load, new Xoshiro256StarStarRandom(1));
            placeSeconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            AnnealerThroughputProbe.Run(shapes[i], changed, placements[i].Placement, Math.Min(moves, 200_000), 1);
        }

        var rates = new double[shapes.Count][];
        for (var i = 0; i < shapes.Count; i++)
        {
            rates[i] = new double[runs];
        }

        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < shapes.Count; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var result = AnnealerThroughputProbe.Run(shapes[i], changed, placements[i].Placement, moves, 1);
                rates[i][run] = result.MovesEvaluated / Stopwatch.GetElapsedTime(t0).TotalSeconds;
            }
        }

        var rows = new ScaleThroughputRow[shapes.Count];
        for (var i = 0; i < shapes.Count; i++)
        {
            var ratios = new double[runs];
            for (var run = 0; run < runs; run++)
            {
                ratios[run] = rates[i][run] / rates[0][run];
            }

            var placed = placements[i];
            rows[i] = new ScaleThroughputRow(
                name, topology.NodeCount, shapes[i], placed.Tau / placed.TauLowerBound, placeSeconds[i],
                PlacementBenchmark.Median(rates[i]), rates[i].Min(), rates[i].Max(), PlacementBenchmark.Median(ratios), ratios.Min(), ratios.Max());
        }

        return rows;
    }

    public static ScaleRunRow RunOnce(Scenario scenario, Topology topology, string topologyName)
    {
        var total = Stopwatch.GetTimestamp();
        var steps = new TimedSteps();
        var prepared = RepetitionRunner.Prepare(scenario, topology, 0, topologyName, placementProgress: steps);
        var prepareSeconds = Stopwatch.GetElapsedTime(total).TotalSeconds;
        var control = ComponentCatalog.Get(ComponentCatalog.Strategies, scenario.Strategy).Create(prepared.Context);
        var timed = new TimedStrategy(control.Strategy!);
        var t0 = Stopwatch.GetTimestamp();
        var withNetBalance = prepared.RunWith(control.WithStrategy(timed));
        var netBalanceSeconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        t0 = Stopwatch.GetTimestamp();
        var baseline = prepared.RunWith(RunControl.Static);
        var staticSeconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        RepetitionRunner.BoundSeconds(new TestbedCostModel(scenario.Shape, scenario.Constants.Testbed), prepared.Loads, scenario.SinkIntervalSeconds);
        var totalSeconds = Stopwatch.GetElapsedTime(total).TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return new ScaleRunRow
        {
            Vnodes = topology.NodeCount,
            Links = topology.LinkCount,
            Shape = scenario.Shape,
            Quality = prepared.Initial.Tau / prepared.Initial.TauLowerBound,
            TreeBoundQuality = prepared.Initial.Tau / Math.Max(
                prepared.Initial.TauLowerBound, TrafficTreeBound.Tau(new TestbedCostModel(scenario.Shape, scenario.Constants.Testbed), prepared.Loads[0])),
            RelativeRuntime = withNetBalance.RuntimeSeconds / baseline.RuntimeSeconds,
            PrepareSeconds = prepareSeconds,
            NetBalanceRunSeconds = netBalanceSeconds,
            SearchSeconds = timed.Seconds,
            MovesEvaluated = withNetBalance.MovesEvaluated,
            StaticRunSeconds = staticSeconds,
            TotalSeconds = totalSeconds,
            PeakBytes = process.PeakWorkingSet64,
            PlacementSteps = steps.Steps,
        };
    }

    /// <summary>Records every placement step with the wall time since the previous one.</summary>
    private sealed class TimedSteps : IProgress<PlacementStep>
    {
        private long last = Stopwatch.GetTimestamp();

        public List<(PlacementStep Step, double Seconds)> Steps { get; } = [];

        public void Report(PlacementStep value)
        {
            Steps.Add((value, Stopwatch.GetElapsedTime(last).TotalSeconds));
            last = Stopwatch.GetTimestamp();
        }
    }
}

/// <summary>
/// One topology at one testbed size: the placement's quality and time, the annealer's moves per second (median, min,
/// max over the rounds) and its ratio to the first size (median, min, max of the per-round ratios).
/// </summary>
internal sealed record ScaleThroughputRow(
    string Topology, int Vnodes, TestbedShape Shape, double Quality, double PlaceSeconds, double MovesPerSecond, double MovesPerSecondMin, double MovesPerSecondMax,
    double RatioToFirst, double RatioToFirstMin, double RatioToFirstMax);

/// <summary>One repetition's wall times (seconds) and peak memory.</summary>
internal sealed record ScaleRunRow
{
    public required int Vnodes { get; init; }

    public required int Links { get; init; }

    public required TestbedShape Shape { get; init; }

    public required double Quality { get; init; }

    public required double TreeBoundQuality { get; init; }

    public required double RelativeRuntime { get; init; }

    public required double PrepareSeconds { get; init; }

    public required double NetBalanceRunSeconds { get; init; }

    public required double SearchSeconds { get; init; }

    public required long MovesEvaluated { get; init; }

    public required double StaticRunSeconds { get; init; }

    public required double TotalSeconds { get; init; }

    public required long PeakBytes { get; init; }

    public required IReadOnlyList<(PlacementStep Step, double Seconds)> PlacementSteps { get; init; }
}
