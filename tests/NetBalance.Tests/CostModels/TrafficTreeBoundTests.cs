namespace NetBalance.Tests.CostModels;

public sealed class TrafficTreeBoundTests
{
    private static readonly TestbedCostOptions NoFloor = new() { TauMin = 0, SigmaInterVmCpuSecondsPerGbit = 0.3, SigmaInterPnCpuSecondsPerGbit = 0.6 };

    [Fact]
    public void Tau_PathTowardTheSink_IsTheBestSubtreeHandWorked()
    {
        // Path 0 - 1 - 2, sink 0, 10 Mbit/s per source: 2->1 carries 10, 1->0 carries 20 (0.01 and 0.02 Gbit/s);
        // cpu = 0.001 + 0.1 * (in + out) / 1000 = (0.003, 0.004, 0.002). sigmaIntra 0, sigmaInterVm 0.3:
        // best(2) = 0.002; best(1) = 0.004 + min(0.3 * 0.01, 0.002) = 0.006; best(0) = 0.003 + min(0.3 * 0.02, 0.006) = 0.009.
        var testbed = new TestbedCostModel(new TestbedShape(2, 2), NoFloor);

        Assert.Equal(0.009, TrafficTreeBound.Tau(testbed, PathLoad()), 12);
    }

    [Fact]
    public void Tau_TwoForwardingBranches_IsAboveDesignsLocalBound()
    {
        // Sink 0 with branches 3 -> 1 -> 0 and 4 -> 2 -> 0, 10 Mbit/s per source. cpu(0) = 0.001 + 0.1 * 0.04 = 0.005,
        // cpu(1) = cpu(2) = 0.001 + 0.1 * 0.03 = 0.004, cpu(3) = cpu(4) = 0.002.
        // best(1) = 0.004 + min(0.003, 0.002) = 0.006; best(0) = 0.005 + 2 * min(0.3 * 0.02, 0.006) = 0.017.
        // DESIGN's bound: local(0) = 0.005 + 2 * min(0.006, cpu(1) = 0.004) = 0.013, local(1) = 0.004 + min(0.006, 0.005)
        // + min(0.003, 0.002) = 0.011, total / M = 0.022 / 4: 0.013.
        var graph = VnodeGraph.FromEdges(5, [(0, 1), (0, 2), (1, 3), (2, 4)]);
        var load = Load.FromTraffic(graph, new TestbedCostOptions(), [40, 10, 10, 0, 0], [0, 20, 20, 10, 10],
            [new DirectedLinkRate(3, 1, 10), new DirectedLinkRate(4, 2, 10), new DirectedLinkRate(1, 0, 20), new DirectedLinkRate(2, 0, 20)]);
        var testbed = new TestbedCostModel(new TestbedShape(2, 2), NoFloor);

        Assert.Equal(0.017, TrafficTreeBound.Tau(testbed, load), 12);
        Assert.Equal(0.013, testbed.TauLowerBound(load), 12);
    }

    [Fact]
    public void Tau_SigmaIntraCountsBothEndpoints_AndTauMinFloors()
    {
        // With sigmaIntra 0.1 a co-located neighbour costs best + 2 * 0.1 * f. Rooted at 1: best = 0.004
        // + min(0.3 * 0.02, 0.003 + 0.004) + min(0.3 * 0.01, 0.002 + 0.002) = 0.013 (vnode 1 alone; the pairs cost 0.014,
        // all three 0.015); rooted at 0: 0.003 + min(0.006, 0.004 + min(0.003, 0.004) + 0.004) = 0.009. tauMin 1 floors it.
        var load = PathLoad();
        var intra = new TestbedCostModel(new TestbedShape(2, 2), NoFloor with { SigmaIntraCpuSecondsPerGbit = 0.1 });
        var floored = new TestbedCostModel(new TestbedShape(2, 2), NoFloor with { TauMin = 1 });

        Assert.Equal(0.013, TrafficTreeBound.Tau(intra, load), 12);
        Assert.Equal(1.0, TrafficTreeBound.Tau(floored, load));
    }

    [Fact]
    public void Tau_NeverAboveTheTauOfAnyPlacement()
    {
        // Every placement of the three vnodes on 4 VMs: the VM holding the sink is at least the bound.
        var load = PathLoad();
        var testbed = new TestbedCostModel(new TestbedShape(2, 2), NoFloor);
        var bound = TrafficTreeBound.Tau(testbed, load);
        var best = double.PositiveInfinity;
        for (var code = 0; code < 64; code++)
        {
            var placement = new Placement([code % 4, code / 4 % 4, code / 16]);
            best = Math.Min(best, testbed.Tau(load, placement));
        }

        Assert.True(best >= bound - 1e-12, $"best tau {best} below the bound {bound}");
        Assert.Equal(bound, best, 12);
    }

    [Fact]
    public void Tau_CheaperLinksBetweenNodesThanBetweenVms_StillNeverAboveAnyPlacement()
    {
        // sigmaInterPn 0.1 below sigmaInterVm 0.3: a link leaving the VM may cost 0.1, and the bound must allow it.
        var load = PathLoad();
        var testbed = new TestbedCostModel(new TestbedShape(2, 2), NoFloor with { SigmaInterPnCpuSecondsPerGbit = 0.1 });
        var best = double.PositiveInfinity;
        for (var code = 0; code < 64; code++)
        {
            best = Math.Min(best, testbed.Tau(load, new Placement([code % 4, code / 4 % 4, code / 16])));
        }

        Assert.True(TrafficTreeBound.Tau(testbed, load) <= best + 1e-12);
    }

    [Fact]
    public void Tau_TrafficOnACycle_IsRefused()
    {
        var graph = VnodeGraph.FromEdges(3, [(0, 1), (1, 2), (2, 0)]);
        var load = Load.FromLinkRates(graph, new TestbedCostOptions(), [new DirectedLinkRate(1, 0, 10), new DirectedLinkRate(2, 1, 10), new DirectedLinkRate(0, 2, 10)]);

        var error = Assert.Throws<ArgumentException>(() => TrafficTreeBound.Tau(new TestbedCostModel(new TestbedShape(1, 2), NoFloor), load));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    private static Load PathLoad()
    {
        var graph = VnodeGraph.FromEdges(3, [(0, 1), (1, 2)]);
        return Load.FromTraffic(graph, new TestbedCostOptions(), [20, 10, 0], [0, 20, 10], [new DirectedLinkRate(2, 1, 10), new DirectedLinkRate(1, 0, 20)]);
    }
}
