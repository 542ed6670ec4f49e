namespace NetBalance.Tests.Model;

public sealed class LoadTests
{
    [Fact]
    public void FromTraffic_InAndOut_ConvertsMbpsToGbit()
    {
        // cpu = cpuIdle + kFwd x (in + out) = 0.001 + 0.10 x (0.1 + 0.2) Gbit/s = 0.031.
        var graph = VnodeGraph.FromEdges(2, [(0, 1)]);
        var load = Load.FromTraffic(graph, new TestbedCostOptions(), [100, 0], [200, 0], [new DirectedLinkRate(1, 0, 7)]);

        Assert.Equal(0.031, load.CpuSecondsPerSecond[0], 12);
        Assert.Equal(0.001, load.CpuSecondsPerSecond[1], 12);
        Assert.Equal(7.0, load.RateMbps(1, 0));
        Assert.Equal(0.0, load.RateMbps(0, 1));
    }

    [Fact]
    public void FromTraffic_LinkNotInGraph_Throws()
    {
        var graph = VnodeGraph.FromEdges(3, [(0, 1)]);

        Assert.Throws<ArgumentException>(() =>
            Load.FromTraffic(graph, new TestbedCostOptions(), [0, 0, 0], [0, 0, 0], [new DirectedLinkRate(0, 2, 1)]));
    }

    [Fact]
    public void VnodeGraph_FromEdges_SortsRowsAndPairsHalfEdges()
    {
        var graph = VnodeGraph.FromEdges(4, [(0, 3), (2, 0), (1, 0)]);

        Assert.Equal([1, 2, 3], graph.NeighboursOf(0).ToArray());
        var h = graph.FindHalfEdge(0, 2);
        Assert.Equal(graph.FindHalfEdge(2, 0), graph.ReverseHalfEdge(h));
        Assert.Equal(3, graph.LinkCount);
    }

    [Fact]
    public void VnodeGraph_DuplicateLink_Throws()
    {
        Assert.Throws<ArgumentException>(() => VnodeGraph.FromEdges(2, [(0, 1), (1, 0)]));
    }

    [Fact]
    public void FromLinkRates_Chain_DerivesInAndOutFromRates()
    {
        // Chain 0 - 1 - 2, sink 2, 10 Mbit/s per source: f(0->1) = 10, f(1->2) = 20.
        // cpu(1) = 0.001 + 0.1 x (10 + 20) / 1000 = 0.004; cpu(2) = 0.001 + 0.1 x 0.020 = 0.003.
        var graph = VnodeGraph.FromEdges(3, [(0, 1), (1, 2)]);

        var load = Load.FromLinkRates(graph, new TestbedCostOptions(), [new DirectedLinkRate(0, 1, 10), new DirectedLinkRate(1, 2, 20)]);

        Assert.Equal(0.002, load.CpuSecondsPerSecond[0], 12);
        Assert.Equal(0.004, load.CpuSecondsPerSecond[1], 12);
        Assert.Equal(0.003, load.CpuSecondsPerSecond[2], 12);
    }
}
