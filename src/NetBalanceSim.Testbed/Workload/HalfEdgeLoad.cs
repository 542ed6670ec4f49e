using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>Builds a load from the directed link rates of every half-edge, as the flow-based workloads keep them.</summary>
/// <remarks>
/// DESIGN §3 "Topology and workload" and "Testbed cost model": <c>in(v)</c> and <c>out(v)</c> are the sums of v's
/// incoming and outgoing link rates, and <c>cpu(v) = cpuIdle + kFwd * (in(v) + out(v))</c> (<see cref="Load.FromTraffic"/>).
/// O(vnodes + links), no allocation but the load's own arrays.
/// </remarks>
public static class HalfEdgeLoad
{
    /// <summary>The load of <paramref name="halfEdgeRatesMbps"/>.</summary>
    /// <param name="graph">The engine's graph.</param>
    /// <param name="costOptions">The constants cpuIdle and kFwd.</param>
    /// <param name="halfEdgeRatesMbps">Every half-edge's rate in Mbit/s, indexed like <see cref="VnodeGraph.Neighbours"/>.</param>
    /// <returns>A new load (the rates are copied).</returns>
    public static Load Build(VnodeGraph graph, TestbedCostOptions costOptions, double[] halfEdgeRatesMbps)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(costOptions);
        ArgumentNullException.ThrowIfNull(halfEdgeRatesMbps);
        var n = graph.VertexCount;
        var offsets = graph.Offsets;
        var neighbours = graph.Neighbours;
        var inMbps = new double[n];
        var outMbps = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var h = offsets[v]; h < offsets[v + 1]; h++)
            {
                outMbps[v] += halfEdgeRatesMbps[h];
                inMbps[neighbours[h]] += halfEdgeRatesMbps[h];
            }
        }
        var cpu = new double[n];
        for (var v = 0; v < n; v++)
        {
            cpu[v] = costOptions.CpuIdleCpuSecondsPerSecond + (costOptions.KFwdCpuSecondsPerGbit * (inMbps[v] + outMbps[v]) / 1000.0);
        }
        return new Load(graph, cpu, halfEdgeRatesMbps);
    }
}
