using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>
/// Every vnode but one sink alternates between streaming <c>RateMbps</c> to the sink and silence, with exponential
/// durations (<c>onOffMeanOnSeconds</c>, <c>onOffMeanOffSeconds</c>); the sink does not move.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors"; docs/model.md ("Workloads"). The sink is the sink switch's first
/// sink (stream <c>sinks</c>), the switching draws stream <c>onOff</c>; the run lasts <see cref="WorkloadContext.SyntheticEndSeconds"/>.
/// </remarks>
public static class OnOffWorkload
{
    /// <summary>Draws the sink and the switches and prepares the loads (built when first read).</summary>
    /// <param name="context">The repetition.</param>
    /// <returns>The workload.</returns>
    public static PreparedWorkload Create(WorkloadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Scenario;
        var topology = context.Topology;
        var sink = SinkSequence.Draw(topology.NodeCount, 0, context.Streams.Stream("sinks"))[0];
        var changes = OnOffFlows.Draw(topology.NodeCount, sink, scenario.RateMbps, scenario.OnOffMeanOnSeconds, scenario.OnOffMeanOffSeconds,
            context.SyntheticEndSeconds, context.Streams.Stream("onOff"));
        var graph = SinkLoadFactory.GraphOf(topology);
        return new PreparedWorkload(FlowLoadSequence.Create(changes, topology, graph, scenario.Constants.Testbed), [sink]);
    }
}
