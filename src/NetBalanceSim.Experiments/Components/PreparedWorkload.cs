using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>A workload ready to run: its loads over virtual time, and the sinks it drew (for the results).</summary>
/// <param name="Schedule">The loads over virtual time.</param>
/// <param name="Sinks">The sink of every segment for the sink switch; the first hotspot's first vnode, or the one sink, for the synthetic workloads; empty for a trace.</param>
public sealed record PreparedWorkload(LoadSchedule Schedule, IReadOnlyList<int> Sinks);
