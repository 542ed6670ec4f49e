using NetBalance;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Routing;

namespace NetBalanceSim.Testbed;

/// <summary>
/// Turns a topology and a sink into the engine's <see cref="Load"/>: the sink tree's directed link rates and
/// every vnode's SuT CPU <c>cpu(v) = cpuIdle + kFwd * (in(v) + out(v))</c>.
/// </summary>
/// <remarks>
/// DESIGN §3 "Topology and workload" and "Testbed cost model". The routing (<see cref="SinkTreeRouter"/>) is
/// O(nodes + links) per sink; the engine's graph is built once per topology. Not thread-safe (one router).
/// </remarks>
public sealed class SinkLoadFactory
{
    private readonly SinkTreeRouter _router;
    private readonly TestbedCostOptions _costOptions;
    private readonly double _rateMbps;

    /// <summary>Prepares the loads of <paramref name="topology"/> at <paramref name="rateMbps"/> per source.</summary>
    /// <param name="topology">A connected topology.</param>
    /// <param name="costOptions">The constants cpuIdle and kFwd.</param>
    /// <param name="rateMbps">Each source's stream rate in Mbit/s of virtual time.</param>
    public SinkLoadFactory(Topology topology, TestbedCostOptions costOptions, double rateMbps)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(costOptions);
        if (!(rateMbps >= 0) || double.IsInfinity(rateMbps))
        {
            throw new ArgumentOutOfRangeException(nameof(rateMbps), rateMbps, "The stream rate must be a finite, non-negative number of Mbit/s.");
        }
        Topology = topology;
        _costOptions = costOptions;
        _rateMbps = rateMbps;
        _router = new SinkTreeRouter(topology);
        Graph = GraphOf(topology);
    }

    /// <summary>The engine's view of <paramref name="topology"/>: one vnode per vertex, same ids, one link per link.</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>The graph.</returns>
    public static VnodeGraph GraphOf(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var links = new (int U, int W)[topology.LinkCount];
        var topologyLinks = topology.Links;
        for (var e = 0; e < links.Length; e++)
        {
            links[e] = (topologyLinks[e].U, topologyLinks[e].V);
        }
        return VnodeGraph.FromEdges(topology.NodeCount, links);
    }

    /// <summary>The topology.</summary>
    public Topology Topology { get; }

    /// <summary>The engine's view of the topology (one vnode per vertex, same ids).</summary>
    public VnodeGraph Graph { get; }

    /// <summary>The load while <paramref name="sink"/> is the sink.</summary>
    /// <param name="sink">The sink vertex.</param>
    /// <returns>A new, immutable load.</returns>
    public Load For(int sink)
    {
        _router.Compute(sink, _rateMbps);
        var nextHop = _router.NextHop;
        var uplinkRate = _router.UplinkRateMbps;
        var rates = new List<DirectedLinkRate>(nextHop.Length);
        for (var v = 0; v < nextHop.Length; v++)
        {
            if (nextHop[v] >= 0)
            {
                rates.Add(new DirectedLinkRate(v, nextHop[v], uplinkRate[v]));
            }
        }
        return Load.FromTraffic(Graph, _costOptions, _router.InMbps.ToArray(), _router.OutMbps.ToArray(), rates);
    }
}
