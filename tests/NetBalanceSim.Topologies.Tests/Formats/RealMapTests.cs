using NetBalanceSim.Topologies.Formats;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>Maps as published collections ship them: weights, names, single-% banners, multigraphs, stray components.</summary>
public sealed class RealMapTests
{
    [Fact]
    public void EdgeList_WeightColumns_AreIgnored()
    {
        var topology = Read("0 1 2.5\n1 2 7 1e-3\n2 0\t-4\n", TopologyFormat.EdgeList).Topology;

        Assert.Equal([new Link(0, 1), new Link(0, 2), new Link(1, 2)], topology.Links.ToArray());
        Assert.Null(topology.Labels);
    }

    [Fact]
    public void EdgeList_NamedNodes_AreNumberedInOrderOfAppearanceAndKeptAsLabels()
    {
        var topology = Read("Amsterdam London 3\nLondon Paris\nParis Amsterdam\n", TopologyFormat.EdgeList).Topology;

        Assert.Equal(["Amsterdam", "London", "Paris"], topology.Labels);
        Assert.Equal([new Link(0, 1), new Link(0, 2), new Link(1, 2)], topology.Links.ToArray());
    }

    [Fact]
    public void EdgeList_NamedNodes_RoundTripThroughTheWriter()
    {
        var topology = Read("r-1 r-2\nr-2 r-3\n", TopologyFormat.EdgeList).Topology;
        using var stream = new MemoryStream();
        TopologyFile.WriteTo(stream, TopologyFormat.EdgeList, topology, []);

        var again = TopologyFile.Read(new StringReader(System.Text.Encoding.UTF8.GetString(stream.ToArray())), TopologyFormat.EdgeList, "again").Topology;

        Assert.Equal(topology.Labels, again.Labels);
        Assert.Equal(topology.Links.ToArray(), again.Links.ToArray());
    }

    [Theory]
    [InlineData("%MatrixMarket matrix coordinate pattern symmetric")]
    [InlineData("%%MatrixMarket matrix coordinate pattern symmetric")]
    [InlineData("%matrixmarket MATRIX Coordinate Pattern SYMMETRIC")]
    public void MatrixMarket_BannerWithOneOrTwoPercentSignsInAnyCase_IsRead(string banner)
    {
        var topology = Read(banner + "\n% a comment\n3 3 2\n2 1\n3 2\n", TopologyFormat.MatrixMarket).Topology;

        Assert.Equal([new Link(0, 1), new Link(1, 2)], topology.Links.ToArray());
    }

    [Theory]
    [InlineData("real", "2 1 0.5\n3 2 -1.25e2\n")]
    [InlineData("integer", "2 1 7\n3 2 0\n")]
    public void MatrixMarket_WeightedEntries_IgnoreTheValue(string field, string entries)
    {
        var topology = Read($"%MatrixMarket matrix coordinate {field} symmetric\n3 3 2\n{entries}", TopologyFormat.MatrixMarket).Topology;

        Assert.Equal([new Link(0, 1), new Link(1, 2)], topology.Links.ToArray());
    }

    [Fact]
    public void MatrixMarket_BannerWithThreePercentSigns_IsStillRefused()
    {
        var error = Assert.Throws<TopologyFormatException>(() => Read("%%%MatrixMarket matrix coordinate pattern symmetric\n2 2 1\n2 1\n", TopologyFormat.MatrixMarket));

        Assert.Contains("malformed banner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gml_TopologyZooDuplicateLinks_FailWithoutLenientAndAreDroppedWithIt()
    {
        const string Zoo = """
            graph [ directed 0
              node [ id 0 label "A" ] node [ id 1 label "B" ] node [ id 2 label "C" ]
              edge [ source 0 target 1 ] edge [ source 0 target 1 ] edge [ source 1 target 2 ]
            ]
            """;

        var error = Assert.Throws<TopologyFormatException>(() => Read(Zoo, TopologyFormat.Gml));
        var lenient = Read(Zoo, TopologyFormat.Gml, new TopologyReadOptions { DropInvalidLinks = true });

        Assert.True(error.IsDroppableLink);
        Assert.Equal(2, lenient.Topology.LinkCount);
        Assert.Contains("duplicate link 0-1", Assert.Single(lenient.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void LargestComponent_KeepsTheBiggestRenumberedWithLabelsAndWarns()
    {
        // Components {a, b}, {c, d, e} (a path) and {f, g}: the middle one is kept.
        var read = Read("a b\nc d\nd e\nf g\n", TopologyFormat.EdgeList, new TopologyReadOptions { KeepLargestComponent = true });

        Assert.Equal(["c", "d", "e"], read.Topology.Labels);
        Assert.Equal([new Link(0, 1), new Link(1, 2)], read.Topology.Links.ToArray());
        Assert.Equal("sample: warning: kept the largest connected component (3 vertices, 2 links) of 3; dropped 4 vertices and 2 links", Assert.Single(read.Warnings));
    }

    [Fact]
    public void LargestComponent_Tie_KeepsTheComponentOfTheSmallestVertexIdAndKeepsNumericIdsAsLabels()
    {
        var read = Read("5 6\n1 2\n", TopologyFormat.EdgeList, new TopologyReadOptions { KeepLargestComponent = true });

        Assert.Equal(["1", "2"], read.Topology.Labels);
        Assert.Equal(1, read.Topology.LinkCount);
    }

    [Fact]
    public void LargestComponent_ConnectedGraph_IsUnchangedWithoutWarning()
    {
        var read = Read("0 1\n1 2\n", TopologyFormat.EdgeList, new TopologyReadOptions { KeepLargestComponent = true });

        Assert.Null(read.Topology.Labels);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public void LargestComponent_MatrixMarketWithTooFewEntriesForItsSize_IsReadInsteadOfRefused()
    {
        const string Text = "%MatrixMarket matrix coordinate pattern symmetric\n5 5 2\n2 1\n3 2\n";

        var error = Assert.Throws<TopologyFormatException>(() => Read(Text, TopologyFormat.MatrixMarket));
        var read = Read(Text, TopologyFormat.MatrixMarket, new TopologyReadOptions { KeepLargestComponent = true });

        Assert.True(error.IsDisconnected);
        Assert.Equal(3, read.Topology.NodeCount);
        Assert.Contains("dropped 2 vertices and 0 links", Assert.Single(read.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Disconnected_WithoutTheOption_IsAnErrorMarkedDisconnected()
    {
        var error = Assert.Throws<TopologyFormatException>(() => Read("0 1\n2 3\n", TopologyFormat.EdgeList));

        Assert.True(error.IsDisconnected);
        Assert.False(error.IsDroppableLink);
    }

    [Fact]
    public void LargestComponentOf_Topology_KeepsLinksInside()
    {
        var topology = new Topology(6, [new Link(0, 5), new Link(1, 2), new Link(2, 3), new Link(1, 3)]);

        var result = LargestComponent.Of(topology);

        Assert.Equal(3, result.Components);
        Assert.Equal(1, result.DroppedLinks);
        Assert.Equal(["1", "2", "3"], result.Topology.Labels);
        Assert.Equal(3, result.DroppedVertices);
    }

    private static TopologyReadResult Read(string text, TopologyFormat format, TopologyReadOptions? options = null) =>
        TopologyFile.Read(new StringReader(text), format, "sample", options);
}
