namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>Inputs that once crashed or hung a topology verb: each must end in success or one line of error.</summary>
public sealed class TopologyRobustnessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-cli-robust-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--beta", "0.0001", "--link-counts", "1,2,3,4,4,5")]
    [InlineData("--beta", "1e-5", "--link-counts", "5")]
    public void Generate_InternetTinyBeta_Succeeds(string betaOption, string beta, string countsOption, string counts)
    {
        string path = Path.Combine(folder, "i.edges");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "generate", "internet", "--nodes", "50", betaOption, beta, countsOption, counts, "-o", path);

        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        Assert.StartsWith($"wrote {path}: 50 nodes", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hugev.net", "*Vertices 2000000000\n*Edges\n1 2\n", ":1: '*Vertices' declares 2000000000 vertices; expected at most 10000000")]
    [InlineData("hugev.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n2000000000 2000000000 1\n2 1\n", ":2: the size line declares 2000000000 vertices")]
    public void Stats_HugeDeclaredVertexCount_ExitsWithCode2AndOneLine(string name, string content, string expected)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);

        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "stats", path);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"netbalance-sim: {path}{expected}", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Convert_LabelsWithLineBreakAndSpaces_WritesAnEdgeListThatReadsBack()
    {
        string gml = Path.Combine(folder, "odd.gml");
        File.WriteAllText(gml, "graph [\n node [ id \"a\nb\" ]\n node [ id \" c \" ]\n node [ id \"d\" ]\n edge [ source \"a\nb\" target \" c \" ]\n edge [ source \" c \" target \"d\" ]\n]\n");
        string edges = Path.Combine(folder, "odd.edges");
        string back = Path.Combine(folder, "back.graphml");

        var first = CliRunner.Run("topology", "convert", gml, edges);
        var second = CliRunner.Run("topology", "convert", edges, back);

        Assert.Equal((0, ""), (first.ExitCode, first.Stderr));
        Assert.Equal((0, ""), (second.ExitCode, second.Stderr));
        Assert.Contains("<node id=\"a&#xA;b\" />", File.ReadAllText(back), StringComparison.Ordinal);
        Assert.Contains("<node id=\" c \" />", File.ReadAllText(back), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "waxman", "--alpha", "1e-300" }, "topology generate waxman: Waxman: node 2 drew 1000000 candidates in a row without a new link; alpha = 1E-300 and beta = 0.2 make the acceptance probability too small.")]
    [InlineData(new[] { "waxman", "--beta", "1e-300" }, "topology generate waxman: Waxman: node 2 drew 1000000 candidates in a row without a new link; alpha = 0.15 and beta = 1E-300 make the acceptance probability too small.")]
    [InlineData(new[] { "grid", "--rows", "100000", "--columns", "100000" }, "topology generate grid: Grid: 100000 x 100000 = 10000000000 nodes exceed the limit of 10000000.")]
    [InlineData(new[] { "campus", "--campuses", "1000000", "--clients-per-lan", "1000" }, "topology generate campus: Campus: 1000000 campuses of 12034 nodes exceed the limit of 10000000 nodes.")]
    [InlineData(new[] { "campus", "--campuses", "2", "--clients-per-lan", "2000000000" }, "topology generate campus: Campus: 2 campuses of 24000000034 nodes exceed the limit of 10000000 nodes.")]
    [InlineData(new[] { "grid", "--rows", "1", "--columns", "1" }, "topology generate grid: Grid: a 1 x 1 grid has no links; expected at least 2 nodes.")]
    public void Generate_ImpossibleOrHugeParameters_ExitsWithCode2AndOneLine(string[] args, string expected)
    {
        string path = Path.Combine(folder, "x.edges");
        var (exitCode, stdout, stderr) = CliRunner.Run(["topology", "generate", .. args, "-o", path]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"netbalance-sim: {expected}", stderr.TrimEnd());
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("waxman", "--beta", "0,2", "netbalance-sim: --beta: '0,2' is not a number; use a decimal point, not a comma (e.g. 0.2).")]
    [InlineData("internet", "--triad-probability", "0,4", "netbalance-sim: --triad-probability: '0,4' is not a number; use a decimal point, not a comma (e.g. 0.2).")]
    [InlineData("waxman", "--alpha", "abc", "netbalance-sim: --alpha: 'abc' is not a number; expected e.g. 0.2 or 1e-3.")]
    [InlineData("waxman", "--beta", "Infinity", "netbalance-sim: --beta must be a finite number greater than 0 (got Infinity).")]
    public void Generate_NumberWithDecimalCommaOrNoNumber_IsAUsageError(string generator, string option, string value, string expected)
    {
        string path = Path.Combine(folder, "x.edges");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "generate", generator, "--nodes", "30", option, value, "-o", path);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.ReplaceLineEndings("\n").Split('\n')[0]);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Generate_ExponentAndDecimalPoint_AreAccepted()
    {
        string path = Path.Combine(folder, "w.edges");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "generate", "waxman", "--nodes", "30", "--alpha", "1.5e-1", "--beta", "0.2", "-o", path);

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Contains("--alpha 0.15 --beta 0.2 ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_LabelXmlCannotHold_ToGraphMlIsAOneLineErrorButEdgesWork()
    {
        string gml = Path.Combine(folder, "ctl.gml");
        File.WriteAllText(gml, "graph [\n node [ id \"a\u0001b\" ]\n node [ id 1 ]\n edge [ source \"a\u0001b\" target 1 ]\n]\n");
        string graphMl = Path.Combine(folder, "ctl.graphml");
        string edges = Path.Combine(folder, "ctl.edges");

        var toGraphMl = CliRunner.Run("topology", "convert", gml, graphMl);
        var toEdges = CliRunner.Run("topology", "convert", gml, edges);

        Assert.Equal(2, toGraphMl.ExitCode);
        Assert.Equal(
            $"netbalance-sim: {graphMl}: the label of vertex 0, 'a\\u0001b', holds a character XML cannot represent; expected labels without control characters (an .edges file can hold it)",
            toGraphMl.Stderr.TrimEnd());
        Assert.False(File.Exists(graphMl));
        Assert.Equal((0, ""), (toEdges.ExitCode, toEdges.Stderr));
        Assert.Contains("# vertex 0 a\\u0001b\n", File.ReadAllText(edges), StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("one.gml", "graph [\n  node [ id 0 ]\n]\n", 2)]
    [InlineData("one.net", "*Vertices 1\n", 1)]
    [InlineData("one.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n1 1 0\n", 2)]
    [InlineData("one.graphml", "<graphml><graph>\n<node id=\"a\"/>\n</graph></graphml>\n", 2)]
    public void EveryVerb_SingleVertexTopology_ExitsWithCode2AndOneLine(string name, string content, int line)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        string output = Path.Combine(folder, "out");
        string scenario = Path.Combine(RepositoryRoot.Path, "scenarios", "default.json");
        string placement = Path.Combine(folder, "p.csv");
        File.WriteAllText(placement, "vnode,vm\n0,0\n");
        string[][] commands =
        [
            ["topology", "stats", path],
            ["topology", "stats", path, "--allow-disconnected", "--lenient"],
            ["topology", "convert", path, Path.Combine(output, "x.edges")],
            ["place", "--topology", path, "--sink", "0", "-o", Path.Combine(output, "p.csv")],
            ["evaluate", "--topology", path, "--placement", placement, "--sink", "0"],
            ["run", scenario, "--set", $"topology={path}", "-o", output],
            ["bench", "coordinator", "--scenario", scenario, "--set", $"topology={path}"],
        ];

        foreach (var args in commands)
        {
            var (exitCode, stdout, stderr) = CliRunner.Run(args);

            Assert.True(exitCode == 2, $"{string.Join(' ', args)}: exit code {exitCode}, {stderr}");
            Assert.Equal("", stdout);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
            Assert.Contains($"{path}:{line}: only one vertex", stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
    }
}
