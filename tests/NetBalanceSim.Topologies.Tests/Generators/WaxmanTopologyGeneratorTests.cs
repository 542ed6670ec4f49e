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

    [Theory]
    [InlineData(50, 2, 1UL)]
    [InlineData(40, 3, 5UL)]
    public void Generate_FirstNodes_AddTheirOwnMLinksToLaterNodes(int n, int m, ulong seed)
    {
        // The growth order is exact: nodes m..N-1 each add m links to earlier nodes, then each of the first m
        // nodes adds m links to nodes m..N-1; no link joins two of the first m nodes, and no link repeats.
        var links = new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = n, LinksPerNode = m, Seed = seed }).GenerateLinks();

        Assert.Equal(n * m, links.Count);
        Assert.Equal(n * m, links.Distinct().Count());
        int growth = (n - m) * m;
        for (int i = 0; i < growth; i++)
        {
            Assert.Equal(m + (i / m), links[i].V);
            Assert.InRange(links[i].U, 0, links[i].V - 1);
        }
        for (int i = growth; i < n * m; i++)
        {
            Assert.Equal((i - growth) / m, links[i].U);
            Assert.InRange(links[i].V, m, n - 1);
        }
        Assert.DoesNotContain(links, l => l.V < m);
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
