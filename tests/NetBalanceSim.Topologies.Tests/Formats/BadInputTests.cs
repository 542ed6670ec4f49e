using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Topologies.Tests.Formats;

public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-bad-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Read_MissingFile_SaysFileNotFound()
    {
        string path = Path.Combine(folder, "nope.edges");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        AssertOneLine(error, $"{path}: file not found; expected an existing topology file");
    }

    [Fact]
    public void Read_UnknownExtension_ListsKnownFormats()
    {
        string path = Write("graph.xyz", "0 1\n");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        AssertOneLine(error, $"{path}: unknown format '.xyz'; expected .edges, .edgelist, .txt, .graphml, .gml, .net or .mtx");
    }

    [Theory]
    [InlineData("0 1\n1 2 heavy\n", 2)]
    [InlineData("# header\n0 1\n1\n", 3)]
    [InlineData("0 1\nx\u0007 2\n", 2)]
    [InlineData("0 1 # trailing comment\n", 1)]
    [InlineData("0 99999999999999999999\n", 1)]
    public void Read_MalformedEdgeListLine_NamesFileAndLine(string text, int line)
    {
        string path = Write("bad.edges", text);
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"{path}:{line}: malformed line", error.Message, StringComparison.Ordinal);
        AssertOneLine(error, "expected two vertex ids or names 'u v', optionally followed by numeric weights (ignored)");
    }

    [Fact]
    public void Read_SelfLoop_IsAnErrorWithItsLine()
    {
        string path = Write("loop.edges", "0 1\n1 1\n");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        AssertOneLine(error, $"{path}:2: self-loop at vertex '1'; expected links between two different vertices");
    }

    [Fact]
    public void Read_DuplicateLink_IsAnErrorNamingBothLines()
    {
        string path = Write("dup.edges", "0 1\n1 2\n1 0\n");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        AssertOneLine(error, $"{path}:3: duplicate link 1-0 (first on line 1); expected each link once");
    }

    [Fact]
    public void Read_Lenient_DropsSelfLoopsAndDuplicatesWithWarnings()
    {
        string path = Write("lenient.edges", "0 1\n1 1\n1 0\n1 2\n");
        var result = TopologyFile.Read(path, new TopologyReadOptions { DropInvalidLinks = true });
        Assert.Equal(2, result.Topology.LinkCount);
        Assert.Equal(
            [$"{path}:2: warning: self-loop at vertex '1' dropped", $"{path}:3: warning: duplicate link 1-0 (first on line 1) dropped"],
            result.Warnings);
    }

    [Fact]
    public void Read_DisconnectedGraph_NamesStrayVertexComponentsAndLine()
    {
        string path = Write("split.edges", "0 1\n1 2\n3 4\n");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        AssertOneLine(error, $"{path}:3: vertex '3' is not connected to vertex '0' (the graph has 2 connected components); expected a connected graph");
    }

    [Fact]
    public void Read_DisconnectedAllowed_ReturnsTheGraph()
    {
        string path = Write("split.edges", "0 1\n2 3\n");
        var result = TopologyFile.Read(path, new TopologyReadOptions { RequireConnected = false });
        Assert.Equal(4, result.Topology.NodeCount);
    }

    [Fact]
    public void Read_EmptyEdgeList_SaysNoVertices()
    {
        string path = Write("empty.edges", "# nothing\n");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        AssertOneLine(error, $"{path}: no vertices found; expected at least one link");
    }

    [Theory]
    [InlineData("bad.graphml", "<graphml><graph>\n<node id=\"0\"/>\n<edge source=\"0\" target=\"1\"/>\n</graph></graphml>", 3, "edge refers to node '1'")]
    [InlineData("bad.graphml", "<graphml><graph>\n<node id=\"0\">\n</graph></graphml>", 3, "malformed XML")]
    [InlineData("bad.graphml", "<graphml><graph>\n<node/>\n</graph></graphml>", 2, "<node> without 'id'")]
    [InlineData("bad.gml", "graph [\n node [ id 0 ]\n node [ id 1 ]\n edge [ source 0 ]\n]", 4, "'edge' without 'target'")]
    [InlineData("bad.gml", "graph [\n node [ id 0 label \"x ]\n]", 2, "unterminated string")]
    [InlineData("bad.gml", "graph [\n node [ id 0 ]\n", 2, "unexpected end of file")]
    [InlineData("bad.net", "*Vertices 2\n*Edges\n1 3\n", 3, "vertex '3' is not a number in 1..2")]
    [InlineData("bad.net", "1 2\n", 1, "data before '*Vertices n'")]
    [InlineData("bad.net", "*Vertices 2\n*Matrix\n", 2, "unsupported section '*Matrix'")]
    [InlineData("bad.mtx", "%%MatrixMarket matrix array real general\n2 2\n", 1, "malformed banner")]
    [InlineData("bad.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n3 3 3\n2 1\n3 2\n", 4, "2 entries; expected 3")]
    [InlineData("bad.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n2 3 1\n2 1\n", 2, "malformed size line")]
    [InlineData("bad.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n2 2 2\n2 1\n2 2\n", 4, "self-loop at vertex '2'")]
    public void Read_MalformedOtherFormats_NamesFileLineAndProblem(string name, string text, int line, string problem)
    {
        string path = Write(name, text);
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
        AssertOneLine(error, problem);
    }

    [Theory]
    [InlineData("out.gml", "cannot write Gml; expected an output file ending in .edges or .graphml")]
    [InlineData("out.dat", "unknown format '.dat'")]
    public void Write_UnwritableFormat_SaysWhichAreWritable(string name, string problem)
    {
        string path = Path.Combine(folder, name);
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Write(path, TestGraphs.Path(2), []));
        AssertOneLine(error, problem);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Write_MissingFolder_IsAFormatErrorNotAnIoException()
    {
        string path = Path.Combine(folder, "no", "such", "dir", "t.edges");
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Write(path, TestGraphs.Path(2), []));
        AssertOneLine(error, $"{path}: folder '{Path.GetDirectoryName(path)}' does not exist; expected an existing output folder");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertOneLine(TopologyFormatException error, string expected)
    {
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
    }
}
