using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Kernel;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Experiments.Components;

/// <summary>What a workload of the catalog is built from for one repetition.</summary>
/// <param name="Scenario">The scenario (for the workload's parameter keys).</param>
/// <param name="Topology">The topology.</param>
/// <param name="Streams">The repetition's named random streams (a workload takes its own by name).</param>
public sealed record WorkloadContext(Scenario Scenario, Topology Topology, RandomStreams Streams)
{
    /// <summary>
    /// The experiment's virtual length for the synthetic workloads: the sink switch's, <c>(sinkChanges + 1) x
    /// sinkIntervalSeconds</c>, so a scenario keeps its length when it changes workload.
    /// </summary>
    public double SyntheticEndSeconds => (Scenario.SinkChanges + 1) * Scenario.SinkIntervalSeconds;
}
