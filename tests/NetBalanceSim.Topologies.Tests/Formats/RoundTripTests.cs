using System.Text;
using NetBalanceSim.Topologies.Formats;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Topologies.Tests.Formats;

public sealed class RoundTripTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-topologies-").FullName;

    public static TheoryData<string> Samples => ["waxman", "labelled", "numeric-labels"];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(Samples))]
    public void EdgeList_WriteThenRead_GivesSameTopologyAndLabels(string sample) =>
        AssertSame(Sample(sample), ReadBack(Sample(sample), TopologyFormat.EdgeList));

    [Theory]
    [MemberData(nameof(Samples))]
    public void GraphMl_WriteThenRead_GivesSameTopologyAndLabels(string sample) =>
        AssertSame(Sample(sample), ReadBack(Sample(sample), TopologyFormat.GraphMl));

    [Fact]
    public void Gml_ReferenceTextThenRead_GivesSameLinks()
    {
        var topology = Sample("waxman");
        AssertSameLinks(topology, Read(ReferenceWriters.Gml(topology), TopologyFormat.Gml));
    }

    [Fact]
    public void Pajek_ReferenceTextThenRead_GivesSameLinksWithOneBasedLabels()
    {
        var topology = Sample("waxman");
        var read = Read(ReferenceWriters.Pajek(topology), TopologyFormat.Pajek);
        AssertSameLinks(topology, read);
        Assert.Equal("1", read.LabelOf(0));
        Assert.Equal("60", read.LabelOf(59));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MatrixMarket_ReferenceTextThenRead_GivesSameLinks(bool general)
    {
        var topology = Sample("waxman");
        AssertSameLinks(topology, Read(ReferenceWriters.MatrixMarket(topology, general), TopologyFormat.MatrixMarket));
    }

    [Theory]
    [InlineData("grid.edges", "grid.graphml")]
    [InlineData("grid.graphml", "again.edges")]
    public void TopologyFile_WriteThenRead_GoesThroughFilesAndLeavesNoTemporaryFile(string first, string second)
    {
        var topology = new GridTopologyGenerator(new GridOptions { Rows = 5, Columns = 7 }).Generate();
        string a = Path.Combine(folder, first);
        string b = Path.Combine(folder, second);
        TopologyFile.Write(a, topology, ["first"]);
        TopologyFile.Write(b, TopologyFile.Read(a).Topology, ["second"]);
        AssertSame(topology, TopologyFile.Read(b).Topology);
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void TopologyFile_WriteOverExistingFile_ReplacesIt()
    {
        string path = Path.Combine(folder, "t.edges");
        File.WriteAllText(path, "old content that is not an edge list\n");
        TopologyFile.Write(path, TestGraphs.Path(3), []);
        Assert.Equal("0 1\n1 2\n", File.ReadAllText(path));
    }

    [Fact]
    public void EdgeListWriter_LabelledTopology_WritesVertexCommentsThenLinks()
    {
        var topology = new Topology(2, [new Link(0, 1)], ["a b", "c"]);
        using var writer = new StringWriter();
        EdgeListWriter.Write(writer, topology, ["hello"]);
        Assert.Equal("# hello\n# vertex 0 a b\n# vertex 1 c\n0 1\n", writer.ToString());
    }

    private static Topology Sample(string name) => name switch
    {
        "waxman" => new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = 60, Seed = 3 }).Generate(),
        "labelled" => new Topology(4, [new Link(0, 1), new Link(1, 2), new Link(1, 3)], ["router-a", "x y", "<&\"q\">", "é"]),
        _ => new Topology(3, [new Link(0, 1), new Link(1, 2)], ["5", "17", "230"]),
    };

    private static Topology ReadBack(Topology topology, TopologyFormat format)
    {
        using var stream = new MemoryStream();
        TopologyFile.WriteTo(stream, format, topology, ["header line", "command: netbalance-sim --x 1"]);
        return Read(Encoding.UTF8.GetString(stream.ToArray()), format);
    }

    private static Topology Read(string text, TopologyFormat format)
    {
        var result = TopologyFile.Read(new StringReader(text), format, "sample");
        Assert.Empty(result.Warnings);
        return result.Topology;
    }

    private static void AssertSame(Topology expected, Topology actual)
    {
        AssertSameLinks(expected, actual);
        Assert.Equal(expected.Labels, actual.Labels);
    }

    private static void AssertSameLinks(Topology expected, Topology actual)
    {
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.Links.ToArray(), actual.Links.ToArray());
    }
}
