using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Topologies.Tests.Formats;

public class ReaderTests
{
    [Fact]
    public void EdgeList_OneBasedIds_RenumbersToZeroBasedAndKeepsLabels()
    {
        var topology = Read("% konect style\n1 2\n2 3\n\n# comment\n3\t1\n", TopologyFormat.EdgeList);
        Assert.Equal([new Link(0, 1), new Link(0, 2), new Link(1, 2)], topology.Links.ToArray());
        Assert.Equal(["1", "2", "3"], topology.Labels);
    }

    [Fact]
    public void EdgeList_SparseIds_RenumbersByAscendingValue()
    {
        var topology = Read("30 10\n10 200\n", TopologyFormat.EdgeList);
        Assert.Equal(["10", "30", "200"], topology.Labels);
        Assert.Equal([new Link(0, 1), new Link(0, 2)], topology.Links.ToArray());
    }

    [Fact]
    public void EdgeList_IdsZeroToNMinusOne_KeepsIdsWithoutLabels()
    {
        var topology = Read("2 0\n0 1\n", TopologyFormat.EdgeList);
        Assert.Null(topology.Labels);
        Assert.Equal([new Link(0, 1), new Link(0, 2)], topology.Links.ToArray());
    }

    [Fact]
    public void GraphMl_StringIds_NumbersVerticesInDeclarationOrder()
    {
        const string Text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="label" attr.type="string"/>
              <graph id="G" edgedefault="undirected">
                <node id="zurich"><data key="d0">Z</data></node>
                <node id="bern"/>
                <node id="basel"/>
                <edge source="basel" target="zurich"/>
                <edge source="bern" target="zurich"/>
              </graph>
            </graphml>
            """;
        var topology = Read(Text, TopologyFormat.GraphMl);
        Assert.Equal(["zurich", "bern", "basel"], topology.Labels);
        Assert.Equal([new Link(0, 1), new Link(0, 2)], topology.Links.ToArray());
    }

    [Fact]
    public void GraphMl_DirectedWithReverseEdges_MergesThemIntoOneLink()
    {
        const string Text = """
            <graphml><graph edgedefault="directed">
            <node id="0"/><node id="1"/><edge source="0" target="1"/><edge source="1" target="0"/>
            </graph></graphml>
            """;
        Assert.Equal(1, Read(Text, TopologyFormat.GraphMl).LinkCount);
    }

    [Fact]
    public void Gml_TopologyZooStyle_SkipsOtherKeysAndNestedLists()
    {
        const string Text = """
            Creator "Topology Zoo Toolset"
            graph [
              directed 0
              multigraph 1
              GeoLocation "Europe"
              node [ id 0 label "Amsterdam" Longitude 4.9 Latitude 52.37 graphics [ x 1.5 y -2 ] ]
              node [ id 1 label "London" ]
              node [ id 2 label "Paris" ]
              edge [ source 0 target 1 LinkLabel "10 Gbps" ]
              edge [ source 2 target 1 ]
            ]
            """;
        var topology = Read(Text, TopologyFormat.Gml);
        Assert.Null(topology.Labels);
        Assert.Equal([new Link(0, 1), new Link(1, 2)], topology.Links.ToArray());
    }

    [Fact]
    public void Pajek_ArcsAndEdgesLists_ReadAllSections()
    {
        const string Text = """
            % a comment
            *Network example
            *Vertices 5
            1 "a"
            2 "b"
            *Arcs
            1 2 1.0
            2 1 1.0
            *Edgeslist
            3 1 4 5
            """;
        var topology = Read(Text, TopologyFormat.Pajek);
        Assert.Equal([new Link(0, 1), new Link(0, 2), new Link(2, 3), new Link(2, 4)], topology.Links.ToArray());
    }

    [Fact]
    public void MatrixMarket_RealSymmetricWithValues_IgnoresValues()
    {
        const string Text = "%%MatrixMarket matrix coordinate real symmetric\n%\n3 3 2\n2 1 0.5\n3 2 1e3\n";
        Assert.Equal([new Link(0, 1), new Link(1, 2)], Read(Text, TopologyFormat.MatrixMarket).Links.ToArray());
    }

    [Theory]
    [InlineData("a.edges", TopologyFormat.EdgeList)]
    [InlineData("dir/b.EDGELIST", TopologyFormat.EdgeList)]
    [InlineData("c.txt", TopologyFormat.EdgeList)]
    [InlineData("d.graphml", TopologyFormat.GraphMl)]
    [InlineData("e.gml", TopologyFormat.Gml)]
    [InlineData("f.net", TopologyFormat.Pajek)]
    [InlineData("g.mtx", TopologyFormat.MatrixMarket)]
    public void FormatOf_KnownExtension_NamesFormat(string path, TopologyFormat expected) =>
        Assert.Equal(expected, TopologyFile.FormatOf(path));

    private static Topology Read(string text, TopologyFormat format) =>
        TopologyFile.Read(new StringReader(text), format, "sample").Topology;
}
