using NetBalance;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class SinkLoadSequenceTests
{
    private static readonly Topology Path4 = new(4, [new Link(0, 1), new Link(1, 2), new Link(2, 3)]);

    [Fact]
    public void Indexer_GivesTheLoadOfEachSegmentsSink()
    {
        var sequence = new SinkLoadSequence(new SinkLoadFactory(Path4, new TestbedCostOptions(), rateMbps: 10), [3, 0, 2]);
        var reference = new SinkLoadFactory(Path4, new TestbedCostOptions(), rateMbps: 10);

        Assert.Equal(3, sequence.Count);
        Assert.Equal(0, sequence.Builds);
        for (var k = 0; k < 3; k++)
        {
            var expected = reference.For(new[] { 3, 0, 2 }[k]);
            Assert.Equal(expected.CpuSecondsPerSecond.ToArray(), sequence[k].CpuSecondsPerSecond.ToArray());
            Assert.Equal(expected.HalfEdgeRatesMbps.ToArray(), sequence[k].HalfEdgeRatesMbps.ToArray());
        }
    }

    [Fact]
    public void SmallBudget_KeepsTwoLoadsAndRebuildsTheOldest()
    {
        // A budget of 1 byte keeps the minimum of two loads: reading 0, 1, 0 builds twice; then 2 drops 0 (the oldest),
        // so 1 is still kept and 0 is built again.
        var sequence = new SinkLoadSequence(new SinkLoadFactory(Path4, new TestbedCostOptions(), rateMbps: 10), [0, 1, 2], budgetBytes: 1);
        var first = sequence[0];
        var second = sequence[1];

        Assert.Equal(2, sequence.Capacity);
        Assert.Same(first, sequence[0]);
        Assert.Equal(2, sequence.Builds);
        _ = sequence[2];
        Assert.Same(second, sequence[1]);
        var rebuilt = sequence[0];
        Assert.NotSame(first, rebuilt);
        Assert.Equal(first.CpuSecondsPerSecond.ToArray(), rebuilt.CpuSecondsPerSecond.ToArray());
        Assert.Equal(4, sequence.Builds);
    }

    [Fact]
    public void DefaultBudget_KeepsEverySegmentOfASmallTopology()
    {
        var sequence = new SinkLoadSequence(new SinkLoadFactory(Path4, new TestbedCostOptions(), rateMbps: 10), [0, 1, 2, 3, 0]);

        Assert.Equal(5, sequence.Capacity);
        Assert.Equal(5, sequence.ToList().Count);
        _ = sequence.ToList();
        Assert.Equal(5, sequence.Builds);
    }
}
