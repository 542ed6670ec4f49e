using System.Diagnostics;
using NetBalance;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Cli.Bench;

/// <summary>
/// The placement benchmark on one topology: the initial placement for <see cref="Sink"/> (tau, tauLB, wall time),
/// the annealer's evaluated moves per second when it re-places that placement for the load of
/// <see cref="ChangedSink"/>, and METIS's partition of the same load scored by the same tau.
/// </summary>
/// <remarks>
/// Default constants (DESIGN §3) throughout, as <see cref="AnnealerThroughputProbe"/> uses them. Wall times are the
/// median of the measured runs after one warm-up run of each kind on the same topology; METIS runs once (it is
/// deterministic) and its time is the gpmetis process's, start-up included.
/// </remarks>
internal static class PlacementBenchmark
{
    /// <summary>The sink whose load is placed.</summary>
    public const int Sink = 0;

    /// <summary>The sink after the change that the annealer re-places for: the middle vertex id.</summary>
    public static int ChangedSink(int vnodeCount) => vnodeCount / 2;

    public static PlacementBenchmarkRow Measure(string name, Topology topology, PlacementBenchmarkSettings settings, MetisRunner? metis)
    {
        var factory = new SinkLoadFactory(topology, CostModelConstants.Default.Testbed, settings.RateMbps);
        var load = factory.For(Sink);
        var changed = factory.For(ChangedSink(topology.NodeCount));
        var testbed = new TestbedCostModel(settings.Shape, CostModelConstants.Default.Testbed);
        var placer = new InitialPlacer(settings.Shape, CostModelConstants.Default.Testbed, new InitialPlacerOptions { MovesPerVnode = settings.MovesPerVnode });

        InitialPlacementResult? placed = null;
        var placeSeconds = new double[settings.Runs];
        var movesPerSecond = new double[settings.Runs];
        for (var run = -1; run < settings.Runs; run++)
        {
            var start = Stopwatch.GetTimestamp();
            placed = placer.Place(load, new Xoshiro256StarStarRandom(settings.Seed));
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (run >= 0)
            {
                placeSeconds[run] = seconds;
            }
        }

        for (var run = -1; run < settings.Runs; run++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = AnnealerThroughputProbe.Run(settings.Shape, changed, placed!.Placement, settings.MovesPerRun, settings.Seed);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (run >= 0)
            {
                movesPerSecond[run] = result.MovesEvaluated / seconds;
            }
        }

        var row = new PlacementBenchmarkRow
        {
            Topology = name,
            Vnodes = topology.NodeCount,
            Links = topology.LinkCount,
            ChangedSink = ChangedSink(topology.NodeCount),
            TauLowerBound = placed!.TauLowerBound,
            Tau = placed.Tau,
            PlaceSeconds = Median(placeSeconds),
            MovesPerSecond = Median(movesPerSecond),
            MovesPerSecondMin = movesPerSecond.Min(),
            MovesPerSecondMax = movesPerSecond.Max(),
        };
        return metis is null ? row with { MetisNote = "gpmetis not found" } : WithMetis(row, metis, load, testbed, settings.Shape);
    }

    private static PlacementBenchmarkRow WithMetis(PlacementBenchmarkRow row, MetisRunner metis, Load load, TestbedCostModel testbed, TestbedShape shape)
    {
        try
        {
            var run = metis.Partition(load, shape.VmCount);
            return row with { MetisTau = testbed.Tau(load, run.Placement), MetisWallSeconds = run.WallSeconds, MetisReportedSeconds = run.ReportedSeconds };
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or System.ComponentModel.Win32Exception)
        {
            return row with { MetisNote = $"gpmetis failed: {ex.Message}" };
        }
    }

    internal static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}

/// <summary>The benchmark's settings: testbed, stream rate, measured runs, annealer moves per run, placer budget, seed.</summary>
internal sealed record PlacementBenchmarkSettings(TestbedShape Shape, double RateMbps, int Runs, long MovesPerRun, int MovesPerVnode, ulong Seed);

/// <summary>One topology's figures; the METIS fields are NaN (with <see cref="MetisNote"/> saying why) without METIS.</summary>
internal sealed record PlacementBenchmarkRow
{
    public required string Topology { get; init; }

    public required int Vnodes { get; init; }

    public required int Links { get; init; }

    public required int ChangedSink { get; init; }

    public required double TauLowerBound { get; init; }

    public required double Tau { get; init; }

    public required double PlaceSeconds { get; init; }

    public required double MovesPerSecond { get; init; }

    public required double MovesPerSecondMin { get; init; }

    public required double MovesPerSecondMax { get; init; }

    public double MetisTau { get; init; } = double.NaN;

    public double MetisWallSeconds { get; init; } = double.NaN;

    public double MetisReportedSeconds { get; init; } = double.NaN;

    public string? MetisNote { get; init; }
}
