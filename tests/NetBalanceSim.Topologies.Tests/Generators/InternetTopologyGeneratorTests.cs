using NetBalanceSim.Topologies.Generators;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Tests.Generators;

[Collection(SharedDefaultTopologies.Name)]
public class InternetTopologyGeneratorTests(DefaultTopologiesFixture topologies)
{
    // The Rocketfuel router map that the stand-in is tuned to (DESIGN §3).
    private const int RocketfuelNodes = 2113;
    private const int RocketfuelLinks = 6632;

    [Fact]
    public void Default_MatchesRocketfuelSizeWithinTwoPercent()
    {
        var stats = topologies.Statistics("internet");
        Assert.Equal(RocketfuelNodes, stats.Nodes);
        Assert.InRange(stats.Links, RocketfuelLinks * 0.98, RocketfuelLinks * 1.02);
        Assert.Equal(1, stats.Components);
    }

    [Fact]
    public void Default_ClusteringAndPathLengthInDesignBands()
    {
        var stats = topologies.Statistics("internet");
        Assert.InRange(stats.AverageClustering, 0.20, 0.30);
        Assert.InRange(stats.MeanShortestPath, 4.2, 5.0);
    }

    [Fact]
    public void Default_DegreesAreHeavyTailed()
    {
        // A Poisson degree distribution with this mean (about 6.3) would have practically no vertex of degree
        // four times the mean; a heavy tail has many, and a maximum more than eight times the mean.
        var topology = topologies.Topology("internet");
        var stats = topologies.Statistics("internet");
        int hubs = Enumerable.Range(0, topology.NodeCount).Count(v => topology.Degree(v) >= 4 * stats.DegreeMean);
        Assert.True(hubs >= 10, $"only {hubs} vertices of degree >= 4 x mean");
        Assert.True(stats.DegreeMax > 8 * stats.DegreeMean, $"max degree {stats.DegreeMax}");
        Assert.Equal(1, stats.DegreeMin);
    }

    [Fact]
    public void Generate_SmallerMap_IsConnectedAndDeterministic()
    {
        var options = new InternetOptions { Nodes = 300, Seed = 9 };
        var a = new InternetTopologyGenerator(options).Generate();
        var b = new InternetTopologyGenerator(options).Generate();
        Assert.Equal(a.Links.ToArray(), b.Links.ToArray());
        Assert.Equal(1, TopologyStatisticsCalculator.CountComponents(a));
        Assert.InRange(a.LinkCount, 299, 5 * 299);
    }

    [Fact]
    public void Generate_NoTriads_HasLowerClusteringThanDefault()
    {
        var plain = new InternetTopologyGenerator(new InternetOptions { TriadProbability = 0 }).Generate();
        Assert.True(
            TopologyStatisticsCalculator.AverageClustering(plain) < topologies.Statistics("internet").AverageClustering - 0.05,
            "triad formation should raise clustering");
    }

    [Theory]
    [InlineData(0.0001, new[] { 1, 2, 3, 4, 4, 5 })]
    [InlineData(1e-5, new[] { 5 })]
    [InlineData(1e-300, new[] { 5 })]
    public void Generate_TinyBeta_FallsBackToNearestAndStaysConnected(double beta, int[] linkCounts)
    {
        // After the nearest node is chosen every other weight underflows to 0; the draw must still pick a node.
        var topology = new InternetTopologyGenerator(new InternetOptions { Nodes = 50, Beta = beta, LinkCounts = linkCounts }).Generate();
        Assert.Equal(50, topology.NodeCount);
        Assert.Equal(1, TopologyStatisticsCalculator.CountComponents(topology));
        if (linkCounts.Length == 1)
        {
            Assert.Equal(1 + 2 + 3 + 4 + (45 * 5), topology.LinkCount);
        }
    }
}
