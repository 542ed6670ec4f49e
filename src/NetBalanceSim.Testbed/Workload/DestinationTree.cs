using NetBalance;
using NetBalanceSim.Topologies.Routing;

namespace NetBalanceSim.Testbed;

/// <summary>
/// One destination's shortest-path tree, kept: every vnode's hop count and next hop towards the destination, the
/// half-edge of the engine's graph it sends on, and an order in which every vnode comes after all vnodes farther away.
/// </summary>
/// <remarks>
/// DESIGN §3 "Topology and workload": the tree of <see cref="SinkTreeRouter"/> (breadth-first by hop count, the
/// smallest-id neighbour one hop closer as next hop), copied out of the router's buffers. Immutable.
/// </remarks>
public sealed class DestinationTree
{
    private readonly int[] _hops;
    private readonly int[] _nextHop;
    private readonly int[] _uplinkHalfEdge;
    private readonly int[] _farthestFirst;

    private DestinationTree(int destination, int[] hops, int[] nextHop, int[] uplinkHalfEdge, int[] farthestFirst)
    {
        Destination = destination;
        _hops = hops;
        _nextHop = nextHop;
        _uplinkHalfEdge = uplinkHalfEdge;
        _farthestFirst = farthestFirst;
    }

    /// <summary>Gets the destination vnode.</summary>
    public int Destination { get; }

    /// <summary>Gets every vnode's hop count to the destination (0 for the destination).</summary>
    public ReadOnlySpan<int> Hops => _hops;

    /// <summary>Gets every vnode's next hop towards the destination (-1 for the destination).</summary>
    public ReadOnlySpan<int> NextHop => _nextHop;

    /// <summary>Gets every vnode's half-edge <c>v -&gt; NextHop[v]</c> in the engine's graph (-1 for the destination).</summary>
    public ReadOnlySpan<int> UplinkHalfEdge => _uplinkHalfEdge;

    /// <summary>Gets the vnodes by decreasing hop count (ties by id): each comes after every vnode of its subtree.</summary>
    public ReadOnlySpan<int> FarthestFirst => _farthestFirst;

    /// <summary>The bytes one tree of <paramref name="vertexCount"/> vnodes keeps, for memory budgets.</summary>
    /// <param name="vertexCount">The vnodes.</param>
    /// <returns>About 16 bytes per vnode.</returns>
    public static long BytesFor(int vertexCount) => (16L * vertexCount) + 128;

    /// <summary>Routes <paramref name="destination"/> with <paramref name="router"/> and keeps the tree.</summary>
    /// <param name="router">The topology's router (its buffers are overwritten).</param>
    /// <param name="graph">The engine's graph of the same topology.</param>
    /// <param name="destination">The destination vnode.</param>
    /// <returns>The tree.</returns>
    public static DestinationTree Compute(SinkTreeRouter router, VnodeGraph graph, int destination)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(graph);
        router.Compute(destination, 0);
        var n = graph.VertexCount;
        var hops = router.HopsToSink.ToArray();
        var nextHop = router.NextHop.ToArray();
        var uplink = new int[n];
        for (var v = 0; v < n; v++)
        {
            uplink[v] = nextHop[v] < 0 ? -1 : graph.FindHalfEdge(v, nextHop[v]);
        }
        return new DestinationTree(destination, hops, nextHop, uplink, FarthestFirstOrder(hops));
    }

    /// <summary>A counting sort of the vnodes by decreasing hop count, ties by increasing id.</summary>
    private static int[] FarthestFirstOrder(int[] hops)
    {
        var maxHops = hops.Length == 0 ? 0 : hops.Max();
        var start = new int[maxHops + 2];
        foreach (var h in hops)
        {
            start[maxHops - h + 1]++;
        }
        for (var i = 1; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }
        var order = new int[hops.Length];
        for (var v = 0; v < hops.Length; v++)
        {
            order[start[maxHops - hops[v]]++] = v;
        }
        return order;
    }
}
