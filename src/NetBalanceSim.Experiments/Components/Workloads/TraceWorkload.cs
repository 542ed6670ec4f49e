using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>Replays a flow trace (<c>traceFile</c>, docs/workloads.md); it ends at the last row's time.</summary>
/// <remarks>DESIGN §5 "Workloads, monitoring and predictors". Draws nothing: every repetition replays the same trace.</remarks>
public static class TraceWorkload
{
    /// <summary>Prepares the loads of the scenario's trace (read once per process, <see cref="TraceFiles"/>).</summary>
    /// <param name="context">The repetition.</param>
    /// <returns>The workload.</returns>
    public static PreparedWorkload Create(WorkloadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Scenario.TracePath ?? throw new InvalidOperationException("The trace workload needs a scenario loaded from a file (traceFile resolved).");
        var changes = TraceFiles.Get(path, context.Topology.NodeCount);
        var graph = SinkLoadFactory.GraphOf(context.Topology);
        return new PreparedWorkload(FlowLoadSequence.Create(changes, context.Topology, graph, context.Scenario.Constants.Testbed), []);
    }
}
