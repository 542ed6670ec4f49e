using System.Diagnostics;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Routing;

namespace NetBalanceSim.Cli.Bench;

/// <summary>
/// The routing workload: the sink tree, link rates and in/out loads for every vertex of a topology taken as the
/// sink in turn (DESIGN §3: the tree is recomputed for every sink), with one reused <see cref="SinkTreeRouter"/>.
/// </summary>
internal static class RoutingBenchmark
{
    /// <summary>Computes the loads for every sink once and measures it.</summary>
    public static RoutingRunMeasurement RunOnce(SinkTreeRouter router, double rateMbps)
    {
        int n = router.Topology.NodeCount;
        double checksum = 0;
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        for (int sink = 0; sink < n; sink++)
        {
            router.Compute(sink, rateMbps);
            // A cheap, deterministic use of the result, so the work cannot be optimised away.
            checksum += router.UplinkRateMbps[(sink + 1) % n];
        }
        var elapsed = Stopwatch.GetElapsedTime(start);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        return new RoutingRunMeasurement(n, elapsed.TotalSeconds, bytes, checksum);
    }

    /// <summary>A router for <paramref name="topology"/>, warmed up by one full pass.</summary>
    public static SinkTreeRouter WarmRouter(Topology topology, double rateMbps)
    {
        var router = new SinkTreeRouter(topology);
        RunOnce(router, rateMbps);
        return router;
    }
}

/// <summary>One pass over all sinks: sinks computed, wall seconds, bytes allocated, checksum of the results.</summary>
internal readonly record struct RoutingRunMeasurement(int Sinks, double WallSeconds, long AllocatedBytes, double Checksum)
{
    public double MicrosecondsPerSink => WallSeconds * 1e6 / Sinks;
}
