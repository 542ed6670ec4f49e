using NetBalance;

namespace NetBalanceSim.Experiments.Running;

/// <summary>Everything an initial placement depends on.</summary>
/// <param name="TopologyPath">The topology file.</param>
/// <param name="Shape">The testbed.</param>
/// <param name="Costs">The testbed cost constants.</param>
/// <param name="RateMbps">The stream rate.</param>
/// <param name="FirstSink">The sink the placement is made for (-1 for a workload without one).</param>
/// <param name="Options">The placer's settings.</param>
/// <param name="RunSeed">The run seed (the placer's random stream comes from it).</param>
public readonly record struct PlacementKey(
    string TopologyPath, TestbedShape Shape, TestbedCostOptions Costs, double RateMbps, int FirstSink, InitialPlacerOptions Options, long RunSeed)
{
    /// <summary>Gets what else the first load depends on: the workload, its trace and its keys ("" for the sink switch).</summary>
    public string Workload { get; init; } = "";
}
