using NetBalance;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class SinkLoadFactoryTests
{
    [Fact]
    public void For_PathWithEndSink_GivesHandWorkedRatesAndCpu()
    {
        // Path 0 - 1 - 2, sink 0, 10 Mbit/s per source: 2->1 carries 10, 1->0 carries 20.
        // in = (20, 10, 0), out = (0, 20, 10); cpu = 0.001 + 0.1 * (in + out) / 1000 = (0.003, 0.004, 0.002).
        var path = new Topology(3, [new Link(0, 1), new Link(1, 2)]);
        var factory = new SinkLoadFactory(path, new TestbedCostOptions(), rateMbps: 10);

        var load = factory.For(0);

        Assert.Equal(20, load.RateMbps(1, 0));
        Assert.Equal(10, load.RateMbps(2, 1));
        Assert.Equal(0, load.RateMbps(0, 1));
        Assert.Equal(0, load.RateMbps(1, 2));
        Assert.Equal([0.003, 0.004, 0.002], load.CpuSecondsPerSecond.ToArray(), (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void For_AnotherSink_DoesNotChangeAnEarlierLoad()
    {
        var path = new Topology(3, [new Link(0, 1), new Link(1, 2)]);
        var factory = new SinkLoadFactory(path, new TestbedCostOptions(), rateMbps: 10);
        var first = factory.For(0);

        factory.For(2);

        Assert.Equal(20, first.RateMbps(1, 0));
        Assert.Equal(3, factory.Graph.VertexCount);
    }

    [Fact]
    public void For_Grid_SinkReceivesEveryStream()
    {
        // Conservation: the sink's incoming links carry rate * (n - 1).
        var grid = new GridTopologyGenerator(new GridOptions { Rows = 5, Columns = 4 }).Generate();
        var factory = new SinkLoadFactory(grid, new TestbedCostOptions(), rateMbps: 10);

        var load = factory.For(7);

        var intoSink = factory.Graph.NeighboursOf(7).ToArray().Sum(w => load.RateMbps(w, 7));
        Assert.Equal(10.0 * 19, intoSink, 1e-9);
    }
}
