using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>The paper's workload: every vnode but the sink streams to the sink, which changes every interval.</summary>
/// <remarks>DESIGN §3 "Topology and workload". Draws from the stream <c>sinks</c>, as in the first wave.</remarks>
public static class SinkSwitchWorkload
{
    /// <summary>Draws the sinks and prepares the loads (built when first read).</summary>
    /// <param name="context">The repetition.</param>
    /// <returns>The workload.</returns>
    public static PreparedWorkload Create(WorkloadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Scenario;
        var sinks = SinkSequence.Draw(context.Topology.NodeCount, scenario.SinkChanges, context.Streams.Stream("sinks"));
        var factory = new SinkLoadFactory(context.Topology, scenario.Constants.Testbed, scenario.RateMbps);
        return new PreparedWorkload(LoadSchedule.Uniform(new SinkLoadSequence(factory, sinks), scenario.SinkIntervalSeconds), sinks);
    }
}
