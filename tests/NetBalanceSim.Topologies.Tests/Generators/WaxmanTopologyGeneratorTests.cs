using NetBalanceSim.Topologies.Generators;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Tests.Generators;

[Collection(SharedDefaultTopologies.Name)]
public class WaxmanTopologyGeneratorTests(DefaultTopologiesFixture topologies)
{
    [Fact]
    public void Default_2500Nodes_Has5000LinksAndIsConnected()
    {
        var stats = topologies.Statistics("waxman");
        Assert.Equal(2500, stats.Nodes);
        Assert.Equal(5000, stats.Links);
        Assert.Equal(1, stats.Components);
        Assert.Equal(2, stats.DegreeMin);
        Assert.Equal(4.0, stats.DegreeMean);
    }

    [Fact]
    public void Generate_Twice_GivesIdenticalLinks()
    {
        var again = new WaxmanTopologyGenerator(new WaxmanOptions()).Generate();
        Assert.Equal(topologies.Topology("waxman").Links.ToArray(), again.Links.ToArray());
    }

    [Fact]
    public void Generate_FirstNodes_AddTheirOwnMLinksToLaterNodes()
    {
        // Nodes 0 and 1 receive links from node 2 (which must link to both) and then add m = 2 links each to
        // nodes 2..N-1, so each has at least 3 neighbours, at least two of them beyond node 1.
        var topology = new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = 50 }).Generate();
        Assert.Equal([0, 1], topology.Neighbours(2).ToArray()[..2]);
        Assert.True(topology.Neighbours(0).ToArray().Count(w => w >= 2) >= 3);
        Assert.True(topology.Neighbours(1).ToArray().Count(w => w >= 2) >= 3);
    }

    [Theory]
    [InlineData(300, 2, 1UL)]
    [InlineData(64, 3, 7UL)]
    public void Generate_OtherSizes_GivesNTimesMLinksConnected(int nodes, int m, ulong seed)
    {
        var topology = new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = nodes, LinksPerNode = m, Seed = seed }).Generate();
        Assert.Equal(nodes * m, topology.LinkCount);
        Assert.Equal(1, TopologyStatisticsCalculator.CountComponents(topology));
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentGraphs()
    {
        var a = new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = 200, Seed = 1 }).Generate();
        var b = new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = 200, Seed = 2 }).Generate();
        Assert.NotEqual(a.Links.ToArray(), b.Links.ToArray());
    }
}
