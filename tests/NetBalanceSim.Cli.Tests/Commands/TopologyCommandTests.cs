using System.Text.Json;

namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class TopologyCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-cli-topology-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Generate_SmallGrid_WritesFileWithHeaderAndReportsSize()
    {
        string path = Path.Combine(folder, "g.edges");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "generate", "grid", "--rows", "2", "--columns", "3", "-o", path);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.StartsWith($"wrote {path}: 6 nodes, 7 links", stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(path);
        Assert.Equal($"# command: netbalance-sim topology generate grid --rows 2 --columns 3 -o {path}", lines[3]);
        Assert.Equal(7, lines.Count(l => !l.StartsWith('#')));
    }

    [Theory]
    [InlineData("grid")]
    [InlineData("campus")]
    [InlineData("waxman")]
    [InlineData("internet")]
    public void Generate_CommandInShippedHeader_ReproducesShippedFile(string name)
    {
        string shipped = Path.Combine(RepositoryRoot.Path, "topologies", name + ".edges");
        string command = File.ReadLines(shipped).First(l => l.StartsWith("# command: ", StringComparison.Ordinal));
        var args = command["# command: netbalance-sim ".Length..].Split(' ');
        string fresh = Path.Combine(folder, name + ".edges");
        args[^1] = fresh;

        var (exitCode, _, _) = CliRunner.Run(args);

        Assert.Equal(0, exitCode);
        string expected = File.ReadAllText(shipped);
        Assert.Equal(expected, File.ReadAllText(fresh).Replace(fresh, $"topologies/{name}.edges", StringComparison.Ordinal));
    }

    [Fact]
    public void Stats_Json_HasTheDocumentedKeysInOrder()
    {
        string path = Write("p.edges", "0 1\n1 2\n2 3\n");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "stats", path, "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(
            ["nodes", "links", "components", "degreeMin", "degreeMean", "degreeMax", "averageClustering", "meanShortestPath", "diameter", "pathsExact", "pathSampleSources", "meanShortestPathCi95HalfWidth"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, json.RootElement.GetProperty("nodes").GetInt32());
        Assert.Equal(1.5, json.RootElement.GetProperty("degreeMean").GetDouble());
        Assert.Equal(10.0 / 6, json.RootElement.GetProperty("meanShortestPath").GetDouble(), 12);
        Assert.Equal(3, json.RootElement.GetProperty("diameter").GetInt32());
    }

    [Fact]
    public void Stats_Table_ListsEveryFigure()
    {
        string path = Write("t.edges", "0 1\n1 2\n2 0\n");
        var (exitCode, stdout, _) = CliRunner.Run("topology", "stats", path);

        Assert.Equal(0, exitCode);
        foreach (var label in new[] { "nodes", "links", "components", "degree min/mean/max", "average clustering", "mean shortest path", "diameter" })
        {
            Assert.Contains(label, stdout, StringComparison.Ordinal);
        }
        Assert.Contains("average clustering   1.0000", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.edges", null, "missing.edges: file not found")]
    [InlineData("graph.xyz", "0 1\n", "graph.xyz: unknown format '.xyz'")]
    [InlineData("bad.edges", "0 1\n1 2 x\n", "bad.edges:2: malformed line '1 2 x'; expected two vertex ids or names 'u v', optionally followed by numeric weights (ignored)")]
    [InlineData("loop.edges", "0 1\n1 1\n", "loop.edges:2: self-loop at vertex '1'")]
    [InlineData("dup.edges", "0 1\n1 0\n", "dup.edges:2: duplicate link 1-0 (first on line 1)")]
    [InlineData("split.edges", "0 1\n2 3\n", "split.edges:2: vertex '2' is not connected to vertex '0' (the graph has 2 connected components)")]
    public void Stats_BadInput_ExitsWithCode2AndOneLineNamingFileAndLine(string name, string? content, string expected)
    {
        string path = content is null ? Path.Combine(folder, name) : Write(name, content);
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "stats", path);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"netbalance-sim: {Path.Combine(folder, expected)}", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Stats_LenientAndAllowDisconnected_ReportWarningsAndComponents()
    {
        string path = Write("multi.edges", "0 1\n1 0\n2 3\n");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "stats", path, "--lenient", "--allow-disconnected", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal($"netbalance-sim: {path}:2: warning: duplicate link 1-0 (first on line 1) dropped", stderr.TrimEnd());
        Assert.Equal(2, JsonDocument.Parse(stdout).RootElement.GetProperty("components").GetInt32());
    }

    [Fact]
    public void Convert_GmlToGraphMlToEdges_KeepsLinksAndLabels()
    {
        string gml = Write("zoo.gml", "graph [ node [ id 10 ] node [ id 20 ] node [ id 30 ] edge [ source 10 target 20 ] edge [ source 30 target 20 ] ]");
        string graphml = Path.Combine(folder, "zoo.graphml");
        string edges = Path.Combine(folder, "zoo.edges");

        Assert.Equal(0, CliRunner.Run("topology", "convert", gml, graphml).ExitCode);
        var (exitCode, stdout, _) = CliRunner.Run("topology", "convert", graphml, edges);

        Assert.Equal(0, exitCode);
        Assert.Contains("3 nodes, 2 links (renumbered; original ids kept as labels)", stdout, StringComparison.Ordinal);
        Assert.Equal(
            ["# vertex 0 10", "# vertex 1 20", "# vertex 2 30", "0 1", "1 2"],
            File.ReadAllLines(edges).Where(l => !l.StartsWith("# converted", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("out.gml", "out.gml: cannot write Gml; expected an output file ending in .edges or .graphml")]
    [InlineData("out", "out: unknown format '(no extension)'")]
    public void Convert_UnwritableOutput_ExitsWithCode2(string output, string expected)
    {
        string input = Write("in.edges", "0 1\n");
        var (exitCode, _, stderr) = CliRunner.Run("topology", "convert", input, Path.Combine(folder, output));

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"netbalance-sim: {Path.Combine(folder, expected)}", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "grid", "--rows", "0" }, "netbalance-sim: --rows must be at least 1 (got 0).")]
    [InlineData(new[] { "internet", "--triad-probability", "1.5" }, "netbalance-sim: --triad-probability must be in [0, 1] (got 1.5).")]
    [InlineData(new[] { "internet", "--link-counts", "1,x" }, "netbalance-sim: --link-counts: 'x' is not a positive integer; expected e.g. 1,2,3,4,4,5")]
    [InlineData(new[] { "waxman", "--nodes", "4" }, "netbalance-sim: topology generate waxman: Waxman needs m >= 1 and more than 2 m nodes; got m = 2 and 4 nodes.")]
    public void Generate_BadParameter_ExitsWithCode2AndOneLine(string[] args, string expected)
    {
        var (exitCode, _, stderr) = CliRunner.Run(["topology", "generate", .. args, "-o", Path.Combine(folder, "x.edges")]);

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, stderr.TrimEnd());
        Assert.False(File.Exists(Path.Combine(folder, "x.edges")));
    }

    [Fact]
    public void Generate_MissingOutputFolder_ExitsWithCode2()
    {
        string path = Path.Combine(folder, "no", "g.edges");
        var (exitCode, _, stderr) = CliRunner.Run("topology", "generate", "grid", "-o", path);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"netbalance-sim: {path}: folder '{Path.Combine(folder, "no")}' does not exist", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
