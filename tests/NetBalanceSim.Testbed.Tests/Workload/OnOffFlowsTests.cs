using NetBalance;
using NetBalanceSim.Kernel;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class OnOffFlowsTests
{
    private const ulong Seed = 42;
    private static readonly Topology Path3 = new(3, [new Link(0, 1), new Link(1, 2)]);

    [Fact]
    public void Draw_AlwaysOn_GivesTheSinkSwitchLoadThroughout()
    {
        // Mean on 1e9 s, off 1e-9 s: every source starts on (probability 1 - 1e-18) and stays on for the whole run.
        var changes = OnOffFlows.Draw(3, sink: 0, rateMbps: 10, meanOnSeconds: 1e9, meanOffSeconds: 1e-9, endSeconds: 100, new RandomStreams(Seed).Stream("onOff"));
        var schedule = FlowLoadSequence.Create(changes, Path3, SinkLoadFactory.GraphOf(Path3), new TestbedCostOptions());

        Assert.Equal(1, schedule.Count);
        // As SinkLoadFactory: 2->1 carries 10, 1->0 carries 20; cpu = (0.003, 0.004, 0.002).
        Assert.Equal(20, schedule.Loads[0].RateMbps(1, 0));
        Assert.Equal(10, schedule.Loads[0].RateMbps(2, 1));
        Assert.Equal([0.003, 0.004, 0.002], schedule.Loads[0].CpuSecondsPerSecond.ToArray(), (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void Draw_LongRun_SourcesAreOnForTheirShareOfTheTime()
    {
        // Mean on 1 s, off 3 s: a source is on a quarter of the time; over 200,000 s (50,000 cycles) the share is within
        // about 0.003 (one sd) of it.
        const double End = 200_000;
        var changes = OnOffFlows.Draw(2, sink: 1, rateMbps: 10, 1, 3, End, new RandomStreams(Seed).Stream("onOff"));
        var starts = changes.SegmentStartSeconds;

        var onSeconds = 0.0;
        var on = false;
        for (var k = 0; k < changes.SegmentCount; k++)
        {
            var (first, end) = changes.RowsOf(k);
            for (var row = first; row < end; row++)
            {
                on = changes.Row(row).RateMbps > 0;
            }
            onSeconds += on ? (k + 1 < changes.SegmentCount ? starts[k + 1] : End) - starts[k] : 0;
        }

        Assert.InRange(onSeconds / End, 0.24, 0.26);
        Assert.InRange(changes.RowCount, 98_000, 102_000);
    }

    [Fact]
    public void Draw_SameSeed_GivesTheSameRows()
    {
        FlowChanges Draw(ulong seed) => OnOffFlows.Draw(20, 3, 10, 30, 60, 1000, new RandomStreams(seed).Stream("onOff"));
        var (a, b, c) = (Draw(Seed), Draw(Seed), Draw(Seed + 1));

        Assert.Equal(a.SegmentStartSeconds, b.SegmentStartSeconds);
        Assert.Equal(Enumerable.Range(0, a.RowCount).Select(a.Row), Enumerable.Range(0, b.RowCount).Select(b.Row));
        Assert.NotEqual(a.SegmentStartSeconds, c.SegmentStartSeconds);
        Assert.All(Enumerable.Range(0, a.RowCount).Select(a.Row), r => Assert.Equal(3, r.Destination));
    }
}
