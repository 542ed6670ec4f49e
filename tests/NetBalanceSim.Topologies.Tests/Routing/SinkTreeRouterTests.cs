using NetBalanceSim.Topologies.Generators;
using NetBalanceSim.Topologies.Routing;

namespace NetBalanceSim.Topologies.Tests.Routing;

public class SinkTreeRouterTests
{
    private const double RateMbps = 10;

    [Fact]
    public void Compute_Grid3x3CornerSink_GivesHandCheckedRates()
    {
        // 0 1 2      hops from 0:  0 1 2     next hops (smallest closer id): 1->0, 3->0, 2->1, 4->1,
        // 3 4 5                    1 2 3     6->3, 5->2, 7->4, 8->5. Subtrees: 1: {1,2,4,5,7,8} = 6,
        // 6 7 8                    2 3 4     3: {3,6} = 2, 2: {2,5,8} = 3, 4: {4,7} = 2, 5: {5,8} = 2.
        var router = new SinkTreeRouter(new GridTopologyGenerator(new GridOptions { Rows = 3, Columns = 3 }).Generate());
        router.Compute(0, RateMbps);
        Assert.Equal([0, 1, 2, 1, 2, 3, 2, 3, 4], router.HopsToSink.ToArray());
        Assert.Equal([-1, 0, 1, 0, 1, 2, 3, 4, 5], router.NextHop.ToArray());
        Assert.Equal([0, 60, 30, 20, 20, 20, 10, 10, 10], router.UplinkRateMbps.ToArray());
        Assert.Equal([80, 50, 20, 10, 10, 10, 0, 0, 0], router.InMbps.ToArray());
        Assert.Equal([0, 60, 30, 20, 20, 20, 10, 10, 10], router.OutMbps.ToArray());
    }

    [Fact]
    public void Compute_Grid3x3CornerSink_PutsRatesOnTheRightLinkDirections()
    {
        var topology = new GridTopologyGenerator(new GridOptions { Rows = 3, Columns = 3 }).Generate();
        var router = new SinkTreeRouter(topology);
        router.Compute(0, RateMbps);
        var rates = DirectedRates(topology, router);
        Assert.Equal(60, rates[(1, 0)]);
        Assert.Equal(20, rates[(3, 0)]);
        Assert.Equal(20, rates[(4, 1)]);
        Assert.Equal(10, rates[(8, 5)]);
        Assert.Equal(8, rates.Count);
    }

    [Fact]
    public void Compute_StarWithCentreSink_EachLeafSendsOneStream()
    {
        var router = new SinkTreeRouter(TestGraphs.Star(5));
        router.Compute(0, RateMbps);
        Assert.Equal([0, 10, 10, 10, 10], router.UplinkRateMbps.ToArray());
        Assert.Equal([40, 0, 0, 0, 0], router.InMbps.ToArray());
    }

    [Fact]
    public void Compute_StarWithLeafSink_CentreCarriesAllStreams()
    {
        var router = new SinkTreeRouter(TestGraphs.Star(5));
        router.Compute(3, RateMbps);
        Assert.Equal([3, 0, 0, -1, 0], router.NextHop.ToArray());
        Assert.Equal([40, 10, 10, 0, 10], router.UplinkRateMbps.ToArray());
        Assert.Equal([30, 0, 0, 40, 0], router.InMbps.ToArray());
        Assert.Equal([40, 10, 10, 0, 10], router.OutMbps.ToArray());
    }

    [Fact]
    public void Compute_PathWithMiddleSink_RatesGrowTowardsTheSink()
    {
        // 0 - 1 - 2 - 3 - 4 with sink 2: links (0,1) (1,2) carry 10 and 20 forward; (2,3) (3,4) 20 and 10 backward.
        var router = new SinkTreeRouter(TestGraphs.Path(5));
        router.Compute(2, RateMbps);
        Assert.Equal([10, 20, 0, 0], router.ForwardRateMbps.ToArray());
        Assert.Equal([0, 0, 20, 10], router.BackwardRateMbps.ToArray());
        Assert.Equal([0, 10, 40, 10, 0], router.InMbps.ToArray());
        Assert.Equal([0, 1, -1, 2, 3], router.UplinkLinkId.ToArray());
    }

    [Theory]
    [InlineData("grid")]
    [InlineData("campus")]
    [InlineData("waxman")]
    [InlineData("internet")]
    public void Compute_DefaultTopologies_ConservesTraffic(string name)
    {
        var topology = TopologyGenerators.Default(name).Generate();
        var router = new SinkTreeRouter(topology);
        int n = topology.NodeCount;
        foreach (int sink in new[] { 0, n / 3, n - 1 })
        {
            router.Compute(sink, RateMbps);
            var (inFromLinks, outFromLinks) = InOutFromLinkRates(topology, router);
            Assert.Equal(RateMbps * (n - 1), router.InMbps[sink]);
            Assert.Equal(0, router.OutMbps[sink]);
            for (int v = 0; v < n; v++)
            {
                Assert.Equal(inFromLinks[v], router.InMbps[v]);
                Assert.Equal(outFromLinks[v], router.OutMbps[v]);
                if (v != sink)
                {
                    Assert.Equal(RateMbps, router.OutMbps[v] - router.InMbps[v]);
                }
            }
        }
    }

    [Theory]
    [InlineData("waxman")]
    [InlineData("internet")]
    public void Compute_DefaultTopologies_NextHopIsSmallestNeighbourOneHopCloser(string name)
    {
        var topology = TopologyGenerators.Default(name).Generate();
        var router = new SinkTreeRouter(topology);
        router.Compute(17, RateMbps);
        var hops = router.HopsToSink.ToArray();
        Assert.Equal(ReferenceHops(topology, 17), hops);
        for (int v = 0; v < topology.NodeCount; v++)
        {
            if (v != 17)
            {
                int expected = topology.Neighbours(v).ToArray().Where(w => hops[w] == hops[v] - 1).Min();
                Assert.Equal(expected, router.NextHop[v]);
            }
        }
    }

    [Fact]
    public void Compute_Warm_AllocatesNothing()
    {
        var topology = TopologyGenerators.Default("campus").Generate();
        var router = new SinkTreeRouter(topology);
        router.Compute(0, RateMbps);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int sink = 0; sink < 200; sink++)
        {
            router.Compute(sink, RateMbps);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Constructor_DisconnectedTopology_ThrowsOnceWithAClearMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => new SinkTreeRouter(TestGraphs.FromPairs(4, (0, 1), (2, 3))));
        Assert.StartsWith("The topology is not connected: only 2 of 4 vertices reach vertex 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Compute_InvalidRate_ThrowsAndKeepsThePreviousResult(double rate)
    {
        var router = new SinkTreeRouter(TestGraphs.Path(4));
        router.Compute(1, RateMbps);
        var uplinks = router.UplinkRateMbps.ToArray();

        Assert.Throws<ArgumentOutOfRangeException>(() => router.Compute(3, rate));

        Assert.Equal((1, RateMbps), (router.Sink, router.RateMbps));
        Assert.Equal(uplinks, router.UplinkRateMbps.ToArray());
    }

    [Fact]
    public void Compute_InvalidSink_KeepsSinkAndRateOfTheLastSuccess()
    {
        var router = new SinkTreeRouter(TestGraphs.Path(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => router.Compute(3, 5));
        Assert.Equal((-1, 0.0), (router.Sink, router.RateMbps));
        router.Compute(2, 0);
        Assert.Equal((2, 0.0), (router.Sink, router.RateMbps));
        Assert.All(router.UplinkRateMbps.ToArray(), r => Assert.Equal(0, r));
    }

    private static Dictionary<(int From, int To), double> DirectedRates(Topology topology, SinkTreeRouter router)
    {
        var rates = new Dictionary<(int, int), double>();
        for (int e = 0; e < topology.LinkCount; e++)
        {
            var link = topology.Links[e];
            if (router.ForwardRateMbps[e] > 0)
            {
                rates.Add((link.U, link.V), router.ForwardRateMbps[e]);
            }
            if (router.BackwardRateMbps[e] > 0)
            {
                rates.Add((link.V, link.U), router.BackwardRateMbps[e]);
            }
        }
        return rates;
    }

    private static (double[] In, double[] Out) InOutFromLinkRates(Topology topology, SinkTreeRouter router)
    {
        var inRate = new double[topology.NodeCount];
        var outRate = new double[topology.NodeCount];
        foreach (var ((from, to), rate) in DirectedRates(topology, router).OrderBy(r => r.Key.To).ThenBy(r => r.Key.From))
        {
            outRate[from] += rate;
            inRate[to] += rate;
        }
        return (inRate, outRate);
    }

    /// <summary>Hop counts by QuikGraph's breadth-first search, as an independent reference.</summary>
    private static int[] ReferenceHops(Topology topology, int sink)
    {
        var graph = topology.ToQuikGraph();
        var hops = Enumerable.Repeat(-1, topology.NodeCount).ToArray();
        hops[sink] = 0;
        var bfs = new QuikGraph.Algorithms.Search.UndirectedBreadthFirstSearchAlgorithm<int, QuikGraph.Edge<int>>(graph);
        bfs.TreeEdge += (_, args) => hops[args.Target] = hops[args.Source] + 1;
        bfs.Compute(sink);
        return hops;
    }
}
