using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>Headers that declare huge vertex counts fail at once, in one line, instead of exhausting memory.</summary>
public sealed class SizeLimitTests : IDisposable
{
    private const string Banner = "%%MatrixMarket matrix coordinate pattern symmetric\n";
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-limit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("huge.net", "*Vertices 2000000000\n*Edges\n1 2\n", 1, "'*Vertices' declares 2000000000 vertices; expected at most 10000000")]
    [InlineData("huge.mtx", Banner + "2000000000 2000000000 1\n2 1\n", 2, "the size line declares 2000000000 vertices; expected at most 10000000")]
    [InlineData("big.net", "*Vertices 5000000\n*Edges\n1 2\n", 1, "5000000 vertices but only 1 links, so the graph is not connected")]
    [InlineData("big.mtx", Banner + "5000000 5000000 1\n2 1\n", 2, "size 5000000 with only 1 entries cannot be connected")]
    public void Read_HugeDeclaredSize_FailsAtOnceNamingFileAndLine(string name, string text, int line, string problem)
    {
        string path = Write(name, text);
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"{path}:{line}: {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PajekDisconnectedAllowed_StillDeclaresEveryVertex()
    {
        string path = Write("isolated.net", "*Vertices 5\n*Edges\n4 2\n");
        var topology = TopologyFile.Read(path, new TopologyReadOptions { RequireConnected = false }).Topology;
        Assert.Equal(5, topology.NodeCount);
        Assert.Equal([new Link(1, 3)], topology.Links.ToArray());
    }

    [Fact]
    public void Read_EdgeListIdsAreRenumbered_SoLargeIdsAreNoProblem()
    {
        string path = Write("sparse.edges", "0 2000000000\n");
        Assert.Equal(2, TopologyFile.Read(path).Topology.NodeCount);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
