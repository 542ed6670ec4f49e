using NetBalance;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The load while k hotspots sit on given vnodes: every other vnode sends <c>rate</c> Mbit/s to its nearest hotspot
/// (fewest hops; ties to the hotspot on the smaller vnode id) along that hotspot's shortest-path tree.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors"; docs/model.md ("Workloads"). With one hotspot this is the sink
/// switch's load (<see cref="SinkLoadFactory"/>). Costs O(k x (vnodes + links)) per load, trees kept per destination
/// (<see cref="DestinationTreeCache"/>). Not thread-safe.
/// </remarks>
public sealed class HotspotLoadFactory
{
    private readonly DestinationTreeCache _trees;
    private readonly TestbedCostOptions _costOptions;
    private readonly double _rateMbps;
    private readonly int[] _nearest;
    private readonly double[] _subtreeMbps;

    /// <summary>Prepares the loads of <paramref name="topology"/>.</summary>
    /// <param name="topology">A connected topology.</param>
    /// <param name="graph">The engine's graph of the same topology.</param>
    /// <param name="costOptions">The constants cpuIdle and kFwd.</param>
    /// <param name="rateMbps">Each source's rate in Mbit/s.</param>
    public HotspotLoadFactory(Topology topology, VnodeGraph graph, TestbedCostOptions costOptions, double rateMbps)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(costOptions);
        _trees = new DestinationTreeCache(topology, graph);
        Graph = graph;
        _costOptions = costOptions;
        _rateMbps = rateMbps;
        _nearest = new int[graph.VertexCount];
        _subtreeMbps = new double[graph.VertexCount];
    }

    /// <summary>Gets the engine's graph.</summary>
    public VnodeGraph Graph { get; }

    /// <summary>The load while the hotspots sit on <paramref name="hotspots"/>.</summary>
    /// <param name="hotspots">Distinct vnodes, in hotspot order.</param>
    /// <returns>A new load.</returns>
    public Load For(IReadOnlyList<int> hotspots)
    {
        ArgumentNullException.ThrowIfNull(hotspots);
        var trees = hotspots.Select(_trees.Get).ToArray();
        AssignNearest(trees);
        var rates = new double[Graph.HalfEdgeCount];
        for (var j = 0; j < trees.Length; j++)
        {
            Accumulate(trees[j], j, rates);
        }
        return HalfEdgeLoad.Build(Graph, _costOptions, rates);
    }

    /// <summary>Each vnode's hotspot index (-1 for a hotspot itself, which sends nothing).</summary>
    private void AssignNearest(DestinationTree[] trees)
    {
        for (var v = 0; v < _nearest.Length; v++)
        {
            var best = 0;
            for (var j = 1; j < trees.Length; j++)
            {
                var (hops, bestHops) = (trees[j].Hops[v], trees[best].Hops[v]);
                if (hops < bestHops || (hops == bestHops && trees[j].Destination < trees[best].Destination))
                {
                    best = j;
                }
            }
            _nearest[v] = trees[best].Hops[v] == 0 ? -1 : best;
        }
    }

    /// <summary>Adds the streams to hotspot <paramref name="j"/> to the half-edge rates, subtrees before their roots.</summary>
    private void Accumulate(DestinationTree tree, int j, double[] rates)
    {
        for (var v = 0; v < _subtreeMbps.Length; v++)
        {
            _subtreeMbps[v] = _nearest[v] == j ? _rateMbps : 0;
        }
        var nextHop = tree.NextHop;
        var uplink = tree.UplinkHalfEdge;
        var farthestFirst = tree.FarthestFirst;
        for (var i = 0; i < farthestFirst.Length; i++)
        {
            var v = farthestFirst[i];
            if (v != tree.Destination && _subtreeMbps[v] > 0)
            {
                _subtreeMbps[nextHop[v]] += _subtreeMbps[v];
                rates[uplink[v]] += _subtreeMbps[v];
            }
        }
    }
}
