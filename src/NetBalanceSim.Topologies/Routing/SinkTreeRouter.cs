namespace NetBalanceSim.Topologies.Routing;

/// <summary>
/// The sink-switch workload's routing and load for one sink at a time: the shortest-path tree towards the
/// sink, the directed link rates and every vnode's in/out traffic, as plain arrays for other libraries.
/// </summary>
/// <remarks>
/// <para>DESIGN §3 "Topology and workload": a breadth-first search from the sink by hop count; each vertex's
/// next hop is, among its neighbours one hop closer to the sink, the one with the smallest id. Every vnode but
/// the sink sends <c>rate</c> Mbit/s to the sink along the tree, so the directed link v→NextHop(v) carries
/// <c>rate * (number of vertices in v's subtree)</c> and every other directed link carries nothing.
/// <c>in(v)</c> is the sum of v's incoming link rates and <c>out(v)</c> the sum of its outgoing ones (its own
/// stream included): for v ≠ sink, <c>out(v) - in(v) = rate</c>; the sink has <c>in = rate * (n - 1)</c>,
/// <c>out = 0</c>.</para>
/// <para><see cref="Compute"/> costs O(nodes + links) and allocates nothing: all results live in buffers
/// allocated once by the constructor and are overwritten by the next call. The spans are views of those
/// buffers; copy them to keep a result. Not thread-safe: use one router per thread.</para>
/// </remarks>
/// <example>
/// Handing one sink's load to a library that takes plain arrays (links as (U, V) pairs, directed rates):
/// <code>
/// var router = new SinkTreeRouter(topology);          // once per topology
/// router.Compute(sink, rateMbps: 10);                 // once per sink change
/// for (int e = 0; e &lt; topology.LinkCount; e++)
/// {
///     var link = topology.Links[e];
///     double uToV = router.ForwardRateMbps[e], vToU = router.BackwardRateMbps[e];
/// }
/// double[] inMbps = router.InMbps.ToArray(), outMbps = router.OutMbps.ToArray();  // copies, if kept
/// </code>
/// </example>
public sealed class SinkTreeRouter
{
    private readonly Topology topology;
    private readonly int[] hops;
    private readonly int[] order;
    private readonly int[] nextHop;
    private readonly int[] uplinkLink;
    private readonly int[] subtree;
    private readonly double[] uplinkRate;
    private readonly double[] inRate;
    private readonly double[] outRate;
    private readonly double[] forwardRate;
    private readonly double[] backwardRate;

    /// <summary>Allocates the buffers for <paramref name="topology"/> and checks once that it is connected.</summary>
    /// <param name="topology">A connected topology.</param>
    /// <exception cref="ArgumentException">The topology is not connected (some vertex could never reach a sink).</exception>
    public SinkTreeRouter(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        this.topology = topology;
        int n = topology.NodeCount;
        hops = new int[n];
        order = new int[n];
        nextHop = new int[n];
        uplinkLink = new int[n];
        subtree = new int[n];
        uplinkRate = new double[n];
        inRate = new double[n];
        outRate = new double[n];
        forwardRate = new double[topology.LinkCount];
        backwardRate = new double[topology.LinkCount];
        Sink = -1;
        int reached = BreadthFirst(0);
        if (reached != n)
        {
            throw new ArgumentException(
                $"The topology is not connected: only {reached} of {n} vertices reach vertex 0; the sink tree needs a connected topology.",
                nameof(topology));
        }
    }

    /// <summary>The topology routed over.</summary>
    public Topology Topology => topology;

    /// <summary>The sink of the last successful <see cref="Compute"/>, or -1 before the first.</summary>
    public int Sink { get; private set; }

    /// <summary>The stream rate of the last successful <see cref="Compute"/>, in Mbit/s.</summary>
    public double RateMbps { get; private set; }

    /// <summary>Per vertex, the hop count to the sink (0 for the sink).</summary>
    public ReadOnlySpan<int> HopsToSink => hops;

    /// <summary>Per vertex, its next hop towards the sink; -1 for the sink.</summary>
    public ReadOnlySpan<int> NextHop => nextHop;

    /// <summary>Per vertex, the index in <see cref="Topology.Links"/> of the link to its next hop; -1 for the sink.</summary>
    public ReadOnlySpan<int> UplinkLinkId => uplinkLink;

    /// <summary>Per vertex, the number of vertices whose stream passes through it (itself included).</summary>
    public ReadOnlySpan<int> SubtreeSize => subtree;

    /// <summary>Per vertex, the rate of the directed link to its next hop, in Mbit/s (0 for the sink).</summary>
    public ReadOnlySpan<double> UplinkRateMbps => uplinkRate;

    /// <summary>Per vertex, in(v): the sum of its incoming link rates, in Mbit/s.</summary>
    public ReadOnlySpan<double> InMbps => inRate;

    /// <summary>Per vertex, out(v): the sum of its outgoing link rates (own stream included), in Mbit/s.</summary>
    public ReadOnlySpan<double> OutMbps => outRate;

    /// <summary>Per link e = (U, V) of <see cref="Topology.Links"/>, the rate of the directed link U→V, in Mbit/s.</summary>
    public ReadOnlySpan<double> ForwardRateMbps => forwardRate;

    /// <summary>Per link e = (U, V) of <see cref="Topology.Links"/>, the rate of the directed link V→U, in Mbit/s.</summary>
    public ReadOnlySpan<double> BackwardRateMbps => backwardRate;

    /// <summary>Computes the tree and loads for <paramref name="sink"/>, overwriting the previous result.</summary>
    /// <param name="sink">The sink vertex, in 0..n-1.</param>
    /// <param name="rateMbps">Each source's stream rate, in Mbit/s (DESIGN default 10): finite and at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The sink is not a vertex, or the rate is negative, infinite or NaN.</exception>
    public void Compute(int sink, double rateMbps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sink);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sink, topology.NodeCount);
        if (!double.IsFinite(rateMbps) || rateMbps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rateMbps), rateMbps, "The stream rate must be a finite number of Mbit/s, at least 0.");
        }
        // The constructor checked connectivity, so every vertex is reached.
        BreadthFirst(sink);
        ChooseNextHops(sink);
        AccumulateLoads(sink, rateMbps);
        Sink = sink;
        RateMbps = rateMbps;
    }

    /// <summary>Fills <c>hops</c> and <c>order</c> from <paramref name="sink"/>; returns the number of vertices reached.</summary>
    private int BreadthFirst(int sink)
    {
        var offsets = topology.CsrOffsets;
        var neighbours = topology.CsrNeighbours;
        Array.Fill(hops, -1);
        hops[sink] = 0;
        order[0] = sink;
        int head = 0;
        int tail = 1;
        while (head < tail)
        {
            int v = order[head++];
            int next = hops[v] + 1;
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                int w = neighbours[slot];
                if (hops[w] < 0)
                {
                    hops[w] = next;
                    order[tail++] = w;
                }
            }
        }
        return tail;
    }

    private void ChooseNextHops(int sink)
    {
        var offsets = topology.CsrOffsets;
        var neighbours = topology.CsrNeighbours;
        var linkIds = topology.CsrLinkIds;
        nextHop[sink] = -1;
        uplinkLink[sink] = -1;
        for (int v = 0; v < nextHop.Length; v++)
        {
            if (v == sink)
            {
                continue;
            }
            int closer = hops[v] - 1;
            int slot = offsets[v];
            // Neighbours are sorted by id, so the first one closer to the sink is the smallest such id.
            while (hops[neighbours[slot]] != closer)
            {
                slot++;
            }
            nextHop[v] = neighbours[slot];
            uplinkLink[v] = linkIds[slot];
        }
    }

    private void AccumulateLoads(int sink, double rateMbps)
    {
        var links = topology.Links;
        Array.Fill(subtree, 1);
        Array.Clear(inRate);
        Array.Clear(forwardRate);
        Array.Clear(backwardRate);
        // Reverse BFS order visits every vertex after all of its descendants.
        for (int i = order.Length - 1; i > 0; i--)
        {
            int v = order[i];
            subtree[nextHop[v]] += subtree[v];
        }
        uplinkRate[sink] = 0;
        outRate[sink] = 0;
        for (int v = 0; v < subtree.Length; v++)
        {
            if (v == sink)
            {
                continue;
            }
            double rate = rateMbps * subtree[v];
            uplinkRate[v] = rate;
            outRate[v] = rate;
            inRate[nextHop[v]] += rate;
            int link = uplinkLink[v];
            if (links[link].U == v)
            {
                forwardRate[link] = rate;
            }
            else
            {
                backwardRate[link] = rate;
            }
        }
    }
}
