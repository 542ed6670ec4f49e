using NetBalance;
using NetBalanceSim.Kernel;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class HotspotWorkloadTests
{
    private const ulong Seed = 42;

    [Fact]
    public void For_TwoHotspotsOnAPath_SendsToTheNearestAndTiesToTheSmallerId()
    {
        // Path 0-1-2-3-4, hotspots on 4 and 0 (in that order), 10 Mbit/s: 1 -> 0; 3 -> 4; 2 is 2 hops from both and
        // goes to the hotspot on the smaller vnode, 0. So 2->1 carries 10, 1->0 carries 20, 3->4 carries 10.
        var path = new Topology(5, [new Link(0, 1), new Link(1, 2), new Link(2, 3), new Link(3, 4)]);
        var factory = new HotspotLoadFactory(path, SinkLoadFactory.GraphOf(path), new TestbedCostOptions(), 10);

        var load = factory.For([4, 0]);

        Assert.Equal(20, load.RateMbps(1, 0));
        Assert.Equal(10, load.RateMbps(2, 1));
        Assert.Equal(10, load.RateMbps(3, 4));
        Assert.Equal(0, load.RateMbps(2, 3));
        // in = (20, 10, 0, 0, 10), out = (0, 20, 10, 10, 0): cpu = 0.001 + 0.1 * (in + out) / 1000.
        Assert.Equal([0.003, 0.004, 0.002, 0.002, 0.002], load.CpuSecondsPerSecond.ToArray(), (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void For_OneHotspot_IsTheSinkSwitchLoad()
    {
        var grid = new GridTopologyGenerator(new GridOptions { Rows = 5, Columns = 4 }).Generate();
        var hotspots = new HotspotLoadFactory(grid, SinkLoadFactory.GraphOf(grid), new TestbedCostOptions(), 10);
        var sinks = new SinkLoadFactory(grid, new TestbedCostOptions(), 10);

        for (var sink = 0; sink < grid.NodeCount; sink++)
        {
            Assert.Equal(sinks.For(sink).HalfEdgeRatesMbps.ToArray(), hotspots.For([sink]).HalfEdgeRatesMbps.ToArray());
            Assert.Equal(sinks.For(sink).CpuSecondsPerSecond.ToArray(), hotspots.For([sink]).CpuSecondsPerSecond.ToArray());
        }
    }

    [Fact]
    public void Draw_SameSeed_GivesTheSameMoves()
    {
        var a = HotspotSequence.Draw(50, 3, 100, 5000, new RandomStreams(Seed).Stream("hotspots"));
        var b = HotspotSequence.Draw(50, 3, 100, 5000, new RandomStreams(Seed).Stream("hotspots"));
        var c = HotspotSequence.Draw(50, 3, 100, 5000, new RandomStreams(Seed + 1).Stream("hotspots"));

        Assert.Equal(a.StartSeconds, b.StartSeconds);
        Assert.Equal(a.Positions, b.Positions);
        Assert.NotEqual(a.StartSeconds, c.StartSeconds);
    }

    [Fact]
    public void Draw_ManyMoves_OneHotspotMovesAtATimeToAFreeVnode()
    {
        var (starts, positions) = HotspotSequence.Draw(10, 4, 50, 100_000, new RandomStreams(Seed).Stream("hotspots"));

        Assert.Equal(0, starts[0]);
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(p.Second > p.First && p.Second < 100_000));
        Assert.All(positions, p => Assert.Equal(4, p.Distinct().Count()));
        Assert.All(positions.Zip(positions.Skip(1)), p => Assert.Equal(1, p.First.Zip(p.Second).Count(q => q.First != q.Second)));
        // 4 hotspots moving every 50 s on average for 100,000 s: 8,000 moves expected (sd about 90).
        Assert.InRange(starts.Length - 1, 7_600, 8_400);
    }
}
