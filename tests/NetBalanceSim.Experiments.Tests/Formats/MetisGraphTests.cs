using NetBalance;
using NetBalanceSim.Experiments.Formats;

namespace NetBalanceSim.Experiments.Tests.Formats;

public sealed class MetisGraphTests
{
    [Fact]
    public void Format_PathWithSinkTreeRates_WritesScaledWeightsAtBothEnds()
    {
        // Path 0-1-2, sink 0: f(2->1) = 10, f(1->0) = 20 Mbit/s (default kFwd = 0.10 per Gbit, cpuIdle = 0.001):
        //   cpu(0) = 0.001 + 0.1 * 20 / 1000 = 0.003, cpu(1) = 0.001 + 0.1 * 30 / 1000 = 0.004, cpu(2) = 0.002.
        // Vertex weights are scaled to a total of 1e9: 0.003 / 0.009 * 1e9 = 333,333,333.3 -> 333333333,
        //   444,444,444.4 -> 444444444, 222,222,222.2 -> 222222222.
        // Edge weights f(u->w) + f(w->u): 20 and 10; listed at both ends they total 60, scaled to 1e9:
        //   20 / 60 * 1e9 = 333,333,333.3 -> 333333333, 10 / 60 * 1e9 = 166,666,666.7 -> 166666667.
        var graph = VnodeGraph.FromEdges(3, [(0, 1), (1, 2)]);
        var load = Load.FromLinkRates(graph, new TestbedCostOptions(), [new DirectedLinkRate(2, 1, 10), new DirectedLinkRate(1, 0, 20)]);

        var text = MetisGraph.Format(load);

        Assert.Equal(
            "3 2 011\n" +
            "333333333 2 333333333\n" +
            "444444444 1 333333333 3 166666667\n" +
            "222222222 2 166666667\n",
            text);
    }

    [Fact]
    public void Format_LinkWithoutTraffic_WeighsOne()
    {
        // Triangle 0-1-2 with traffic only on 1->0: links 0-2 and 1-2 carry nothing, so they weigh 1 (METIS needs > 0).
        var graph = VnodeGraph.FromEdges(3, [(0, 1), (1, 2), (0, 2)]);
        var load = Load.FromLinkRates(graph, new TestbedCostOptions(), [new DirectedLinkRate(1, 0, 10)]);

        var lines = MetisGraph.Format(load).Split('\n');

        Assert.Equal("3 3 011", lines[0]);
        Assert.EndsWith(" 3 1", lines[1], StringComparison.Ordinal);
        Assert.Contains(" 1 500000000", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(" 3 1", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPartition_GivesPartAsVm()
    {
        var placement = MetisGraph.ReadPartition(["3", "0", "3", ""], vnodeCount: 3, parts: 4);

        Assert.Equal(new Placement([3, 0, 3]), placement);
    }

    [Theory]
    [InlineData(new[] { "0", "1" }, "METIS partition: 2 lines, expected 3 (one per vertex)")]
    [InlineData(new[] { "0", "4", "1" }, "METIS partition: line 2 '4' is not a part in 0..3")]
    [InlineData(new[] { "0", "x", "1" }, "METIS partition: line 2 'x' is not a part in 0..3")]
    public void ReadPartition_BadFile_Throws(string[] lines, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => MetisGraph.ReadPartition(lines, vnodeCount: 3, parts: 4));

        Assert.Equal(expected, ex.Message);
    }
}
