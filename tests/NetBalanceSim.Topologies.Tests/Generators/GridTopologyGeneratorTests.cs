using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Topologies.Tests.Generators;

[Collection(SharedDefaultTopologies.Name)]
public class GridTopologyGeneratorTests(DefaultTopologiesFixture topologies)
{
    [Fact]
    public void Default_40x40_Has1600NodesAnd3120Links()
    {
        var stats = topologies.Statistics("grid");
        Assert.Equal(1600, stats.Nodes);
        Assert.Equal(3120, stats.Links);
        Assert.Equal(1, stats.Components);
        Assert.Equal((2, 4), (stats.DegreeMin, stats.DegreeMax));
        Assert.Equal(0.0, stats.AverageClustering);
        Assert.Equal(78, stats.Diameter);
        // Mean Manhattan distance over ordered pairs of distinct cells: 2 (k^2 - 1) / (3 k) * n / (n - 1), k = 40.
        Assert.Equal(2.0 * ((40 * 40) - 1) / (3 * 40) * 1600 / 1599, stats.MeanShortestPath, 9);
    }

    [Fact]
    public void Generate_3x4_LinksRowNeighboursAndColumnNeighboursOnly()
    {
        var topology = new GridTopologyGenerator(new GridOptions { Rows = 3, Columns = 4 }).Generate();
        Assert.Equal(12, topology.NodeCount);
        Assert.Equal((3 * 3) + (2 * 4), topology.LinkCount);
        Assert.Equal([1, 4], topology.Neighbours(0).ToArray());
        Assert.Equal([1, 4, 6, 9], topology.Neighbours(5).ToArray());
        Assert.Equal([7, 10], topology.Neighbours(11).ToArray());
    }

    [Fact]
    public void Generate_ZeroRows_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridTopologyGenerator(new GridOptions { Rows = 0 }).Generate());
    }
}
