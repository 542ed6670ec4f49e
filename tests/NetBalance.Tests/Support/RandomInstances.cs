namespace NetBalance.Tests.Support;

/// <summary>Random but seeded test instances: connected graphs with random rates and placements.</summary>
internal static class RandomInstances
{
    /// <summary>A connected graph: a random spanning tree plus extra random links.</summary>
    public static VnodeGraph ConnectedGraph(int n, int extraLinks, IRandomSource random)
    {
        var links = new HashSet<(int, int)>();
        var ordered = new List<(int U, int W)>();
        for (var v = 1; v < n; v++)
        {
            Add(v, random.NextInt(v));
        }

        while (ordered.Count < n - 1 + extraLinks)
        {
            Add(random.NextInt(n), random.NextInt(n));
        }

        return VnodeGraph.FromEdges(n, ordered);

        void Add(int u, int w)
        {
            var key = (Math.Min(u, w), Math.Max(u, w));
            if (u != w && links.Add(key))
            {
                ordered.Add(key);
            }
        }
    }

    /// <summary>A load with rates up to <paramref name="maxRateMbps"/> on about half the half-edges and cpu from the traffic.</summary>
    public static Load RandomLoad(VnodeGraph graph, IRandomSource random, double maxRateMbps)
    {
        var rates = new double[graph.HalfEdgeCount];
        for (var h = 0; h < rates.Length; h++)
        {
            rates[h] = random.NextDouble() < 0.5 ? random.NextDouble() * maxRateMbps : 0;
        }

        var inMbps = new double[graph.VertexCount];
        var outMbps = new double[graph.VertexCount];
        for (var u = 0; u < graph.VertexCount; u++)
        {
            for (var h = graph.Offsets[u]; h < graph.Offsets[u + 1]; h++)
            {
                outMbps[u] += rates[h];
                inMbps[graph.Neighbours[h]] += rates[h];
            }
        }

        var links = new List<DirectedLinkRate>();
        for (var u = 0; u < graph.VertexCount; u++)
        {
            for (var h = graph.Offsets[u]; h < graph.Offsets[u + 1]; h++)
            {
                links.Add(new DirectedLinkRate(u, graph.Neighbours[h], rates[h]));
            }
        }

        return Load.FromTraffic(graph, new TestbedCostOptions(), inMbps, outMbps, links);
    }

    public static Placement RandomPlacement(int n, int vmCount, IRandomSource random) =>
        new(Enumerable.Range(0, n).Select(_ => random.NextInt(vmCount)).ToArray());

    /// <summary>A sink-tree load on a w x h grid: every vnode sends rate Mbit/s to the sink along a BFS tree.</summary>
    public static Load GridSinkLoad(int width, int height, int sink, double rateMbps, TestbedCostOptions options, out VnodeGraph graph)
    {
        var links = new List<(int U, int W)>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = (y * width) + x;
                if (x + 1 < width)
                {
                    links.Add((v, v + 1));
                }

                if (y + 1 < height)
                {
                    links.Add((v, v + width));
                }
            }
        }

        graph = VnodeGraph.FromEdges(width * height, links);
        return SinkTreeLoad(graph, sink, rateMbps, options);
    }

    /// <summary>The video-sensor workload of DESIGN §3 on any graph: BFS tree to the sink, smallest-id next hop.</summary>
    public static Load SinkTreeLoad(VnodeGraph graph, int sink, double rateMbps, TestbedCostOptions options)
    {
        var n = graph.VertexCount;
        var depth = Enumerable.Repeat(-1, n).ToArray();
        var order = new List<int> { sink };
        depth[sink] = 0;
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var w in graph.NeighboursOf(order[i]))
            {
                if (depth[w] < 0)
                {
                    depth[w] = depth[order[i]] + 1;
                    order.Add(w);
                }
            }
        }

        var next = new int[n];
        for (var v = 0; v < n; v++)
        {
            next[v] = v == sink ? -1 : graph.NeighboursOf(v).ToArray().Where(w => depth[w] == depth[v] - 1).Min();
        }

        var carried = Enumerable.Repeat(1, n).ToArray();
        for (var i = order.Count - 1; i > 0; i--)
        {
            carried[next[order[i]]] += carried[order[i]];
        }

        var inMbps = new double[n];
        var outMbps = new double[n];
        var rates = new List<DirectedLinkRate>();
        for (var v = 0; v < n; v++)
        {
            if (v == sink)
            {
                continue;
            }

            var f = carried[v] * rateMbps;
            outMbps[v] += f;
            inMbps[next[v]] += f;
            rates.Add(new DirectedLinkRate(v, next[v], f));
        }

        // out(v) = f(v -> next) includes v's own stream; in(v) sums what its children forward.
        return Load.FromTraffic(graph, options, inMbps, outMbps, rates);
    }
}
