using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>
/// k sinks (<c>hotspots</c>), each moving to a random free vnode at exponential intervals
/// (<c>hotspotMeanIntervalSeconds</c>); every other vnode streams <c>RateMbps</c> to its nearest sink.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors"; docs/model.md ("Workloads"). Draws stream <c>hotspots</c>; the run
/// lasts <see cref="WorkloadContext.SyntheticEndSeconds"/>.
/// </remarks>
public static class HotspotsWorkload
{
    /// <summary>Draws the hotspots' moves and prepares the loads (built when first read).</summary>
    /// <param name="context">The repetition.</param>
    /// <returns>The workload.</returns>
    public static PreparedWorkload Create(WorkloadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Scenario;
        var topology = context.Topology;
        if (scenario.Hotspots >= topology.NodeCount)
        {
            throw new ArgumentException($"hotspots ({scenario.Hotspots}) must be fewer than the topology's {topology.NodeCount} vnodes.");
        }
        var (starts, positions) = HotspotSequence.Draw(topology.NodeCount, scenario.Hotspots, scenario.HotspotMeanIntervalSeconds,
            context.SyntheticEndSeconds, context.Streams.Stream("hotspots"));
        var graph = SinkLoadFactory.GraphOf(topology);
        var factory = new HotspotLoadFactory(topology, graph, scenario.Constants.Testbed, scenario.RateMbps);
        var loads = new KeptLoadList(starts.Length, graph, k => factory.For(positions[k]));
        return new PreparedWorkload(LoadSchedule.AtTimes(loads, starts, context.SyntheticEndSeconds), [positions[0][0]]);
    }
}
