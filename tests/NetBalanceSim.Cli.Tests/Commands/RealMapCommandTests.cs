namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>
/// Maps as researchers download them (a Topology Zoo GML with duplicate links, a Matrix Market file with a
/// single-% banner, a weighted edge list, a map in pieces) through <c>topology stats</c>, <c>run</c> and the other verbs.
/// </summary>
public sealed class RealMapCommandTests : IDisposable
{
    // A 12-vertex ring in three formats; the GML has one link twice, as many Topology Zoo files do.
    private static readonly string ZooGml = "graph [ directed 0\n"
        + string.Concat(Enumerable.Range(0, 12).Select(v => $"  node [ id {v} label \"R{v}\" ]\n"))
        + string.Concat(Enumerable.Range(0, 12).Select(v => $"  edge [ source {v} target {(v + 1) % 12} ]\n"))
        + "  edge [ source 0 target 1 ]\n]\n";

    private static readonly string SinglePercentMtx = "%MatrixMarket matrix coordinate pattern symmetric\n% from a published collection\n12 12 12\n"
        + string.Concat(Enumerable.Range(0, 12).Select(v => $"{Math.Max(v, (v + 1) % 12) + 1} {Math.Min(v, (v + 1) % 12) + 1}\n"));

    private static readonly string WeightedEdges = "# u v weight\n"
        + string.Concat(Enumerable.Range(0, 12).Select(v => $"{v} {(v + 1) % 12} {v + 0.5}\n"));

    private readonly string _root = Directory.CreateTempSubdirectory("nbs-maps-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("zoo.gml", "--lenient")]
    [InlineData("single.mtx", null)]
    [InlineData("weighted.edges", null)]
    public void Stats_PublishedMap_IsRead(string file, string? option)
    {
        var path = WriteMap(file);

        var (exitCode, stdout, stderr) = CliRunner.Run(["topology", "stats", path, "--json", .. option is null ? Array.Empty<string>() : [option]]);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"nodes\": 12,", stdout, StringComparison.Ordinal);
        Assert.Contains("\"links\": 12,", stdout, StringComparison.Ordinal);
        Assert.Equal(option is null ? "" : $"netbalance-sim: {path}:26: warning: duplicate link 0-1 (first on line 14) dropped\n", stderr);
    }

    [Theory]
    [InlineData("zoo.gml", true)]
    [InlineData("single.mtx", false)]
    [InlineData("weighted.edges", false)]
    public void Run_PublishedMap_RunsOneRepetition(string file, bool lenient)
    {
        WriteMap(file);
        var scenario = WriteScenario(file, lenient ? """, "topologyLenient": true""" : "");
        var output = Path.Combine(_root, "out");

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "--reps", "1", "--jobs", "1", "-o", output);

        Assert.Equal(0, exitCode);
        Assert.Contains("relative runtime mean", stdout, StringComparison.Ordinal);
        Assert.Equal(lenient, stderr.Contains("warning: duplicate link 0-1 (first on line 14) dropped", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));
        Assert.Equal(lenient, File.ReadAllText(Path.Combine(output, "manifest.json")).Contains("\"topologyLenient\": true", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DuplicateLinksWithoutLenient_NamesTheScenarioKeyAndTheOption()
    {
        WriteMap("zoo.gml");
        var scenario = WriteScenario("zoo.gml", "");
        var output = Path.Combine(_root, "out");

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "--reps", "1", "-o", output);
        var (lenientExit, _, lenientStderr) = CliRunner.Run("run", scenario, "--reps", "1", "--jobs", "1", "--lenient", "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains("zoo.gml:26: duplicate link 0-1 (first on line 14); expected each link once (set topologyLenient true or use --lenient to drop such links with a warning)", stderr, StringComparison.Ordinal);
        Assert.Equal(0, lenientExit);
        Assert.Contains("dropped", lenientStderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MapInPieces_SuggestsTheKeyAndWithItRunsOnTheLargestComponent()
    {
        File.WriteAllText(Path.Combine(_root, "pieces.edges"), WeightedEdges + "a b\nb c\n");
        var scenario = WriteScenario("pieces.edges", "");
        var output = Path.Combine(_root, "out");

        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "--reps", "1", "-o", output);
        var (keptExit, _, keptStderr) = CliRunner.Run("run", scenario, "--reps", "1", "--jobs", "1", "--set", "topologyLargestComponent=true", "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Contains("(set topologyLargestComponent true or use --largest-component to keep the largest connected component)", stderr, StringComparison.Ordinal);
        Assert.Equal(0, keptExit);
        Assert.Contains("warning: kept the largest connected component (12 vertices, 12 links) of 2; dropped 3 vertices and 2 links", keptStderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_LargestComponent_PrintsTheComponentAndOneWarning()
    {
        var path = Path.Combine(_root, "pieces.edges");
        File.WriteAllText(path, WeightedEdges + "a b\nb c\n");

        var (failed, _, hint) = CliRunner.Run("topology", "stats", path);
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "stats", path, "--largest-component", "--json");

        Assert.Equal(2, failed);
        Assert.Contains("(--largest-component keeps the largest connected component; --allow-disconnected reads the whole graph)", hint, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("\"nodes\": 12,", stdout, StringComparison.Ordinal);
        Assert.Contains("\"components\": 1,", stdout, StringComparison.Ordinal);
        Assert.Equal($"netbalance-sim: {path}: warning: kept the largest connected component (12 vertices, 12 links) of 2; dropped 3 vertices and 2 links\n", stderr);
    }

    [Fact]
    public void Convert_LargestComponentOfNamedMap_KeepsTheLabels()
    {
        var path = Path.Combine(_root, "named.txt");
        File.WriteAllText(path, "x y\nLondon Paris 3\nParis Berlin 1\nBerlin London 2\n");
        var output = Path.Combine(_root, "named.edges");

        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "convert", path, output, "--largest-component");

        Assert.Equal(0, exitCode);
        Assert.Contains("3 nodes, 3 links", stdout, StringComparison.Ordinal);
        Assert.Contains("dropped 2 vertices and 1 links", stderr, StringComparison.Ordinal);
        var written = File.ReadAllText(output);
        Assert.Contains("# vertex 0 London\n# vertex 1 Paris\n# vertex 2 Berlin\n", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("place")]
    [InlineData("evaluate")]
    [InlineData("bench-routing")]
    [InlineData("bench-coordinator")]
    [InlineData("convert")]
    public void EveryVerbReadingATopology_TakesLenientAndLargestComponent(string verb)
    {
        // The zoo map with a duplicate link, plus a separate pair of vertices.
        var path = Path.Combine(_root, "zoo-pieces.gml");
        File.WriteAllText(path, ZooGml.Replace("]\n]\n", "]\n  node [ id 20 ] node [ id 21 ] edge [ source 20 target 21 ]\n]\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_root, "p.csv"), "vnode,vm\n" + string.Concat(Enumerable.Range(0, 12).Select(v => $"{v},{v % 2}\n")));
        string[] args = verb switch
        {
            "place" => ["place", "-t", path, "--sink", "0", "--nodes", "2", "--cpus-per-node", "1", "-o", Path.Combine(_root, "out.csv")],
            "evaluate" => ["evaluate", "-t", path, "--sink", "0", "--nodes", "2", "--cpus-per-node", "1", "-p", Path.Combine(_root, "p.csv")],
            "bench-routing" => ["bench", "routing", "--file", path, "--runs", "1"],
            "bench-coordinator" => ["bench", "coordinator", "--scenario", WriteScenario("zoo-pieces.gml", ""), "--reps", "1"],
            _ => ["topology", "convert", path, Path.Combine(_root, "zoo.edges")],
        };

        var (strictExit, _, strictStderr) = CliRunner.Run(args);
        var (exitCode, _, stderr) = CliRunner.Run([.. args, "--lenient", "--largest-component"]);

        Assert.Equal(2, strictExit);
        Assert.Contains("--lenient", strictStderr, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("warning: duplicate link 0-1 (first on line 14) dropped", stderr, StringComparison.Ordinal);
        Assert.Contains("dropped 2 vertices and 1 links", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FewerVnodesThanVms_WarnsOnceAndStillRuns()
    {
        WriteMap("weighted.edges");
        var scenario = WriteScenario("weighted.edges", "", physicalNodes: 2, cpusPerNode: 8);
        var sweep = Path.Combine(_root, "sweep.json");
        File.WriteAllText(sweep, File.ReadAllText(scenario).Replace("\"description\"", "\"sweep\": { \"TpSeconds\": [5, 10] }, \"description\"", StringComparison.Ordinal));

        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "--reps", "1", "--jobs", "1", "-o", Path.Combine(_root, "out"));
        var (sweepExit, _, sweepStderr) = CliRunner.Run("sweep", sweep, "--reps", "1", "--jobs", "1", "-o", Path.Combine(_root, "sweep-out"));

        var warning = $"netbalance-sim: warning: topology {Path.Combine(_root, "weighted.edges")} has 12 vnodes for 16 VMs: some VMs stay empty and tau reaches 1 trivially\n";
        Assert.Equal(0, exitCode);
        Assert.Single(stderr.Split('\n'), l => l + "\n" == warning);
        Assert.Equal(0, sweepExit);
        Assert.Single(sweepStderr.Split('\n'), l => l + "\n" == warning);
    }

    [Theory]
    [InlineData("place")]
    [InlineData("evaluate")]
    public void PlaceAndEvaluate_FewerVnodesThanVms_Warn(string verb)
    {
        var path = WriteMap("weighted.edges");
        File.WriteAllText(Path.Combine(_root, "p.csv"), "vnode,vm\n" + string.Concat(Enumerable.Range(0, 12).Select(v => $"{v},{v}\n")));
        string[] args = verb == "place"
            ? ["place", "-t", path, "--sink", "0", "--nodes", "2", "--cpus-per-node", "8", "-o", Path.Combine(_root, "out.csv")]
            : ["evaluate", "-t", path, "--sink", "0", "--nodes", "2", "--cpus-per-node", "8", "-p", Path.Combine(_root, "p.csv")];

        var (exitCode, _, stderr) = CliRunner.Run(args);
        var (enoughExit, _, enoughStderr) = CliRunner.Run([.. args[..^6], "--nodes", "2", "--cpus-per-node", "6", .. args[^2..]]);

        Assert.Equal(0, exitCode);
        Assert.Equal($"netbalance-sim: warning: topology {path} has 12 vnodes for 16 VMs: some VMs stay empty and tau reaches 1 trivially\n", stderr);
        Assert.Equal(0, enoughExit);
        Assert.Equal("", enoughStderr);
    }

    private string WriteMap(string file)
    {
        var path = Path.Combine(_root, file);
        File.WriteAllText(path, Path.GetExtension(file) switch
        {
            ".gml" => ZooGml,
            ".mtx" => SinglePercentMtx,
            _ => WeightedEdges,
        });
        return path;
    }

    private string WriteScenario(string topology, string extra, int physicalNodes = 2, int cpusPerNode = 1)
    {
        var path = Path.Combine(_root, Path.GetFileNameWithoutExtension(topology) + ".json");
        File.WriteAllText(path, $$"""
            { "description": "a published map", "topology": "{{topology}}", "physicalNodes": {{physicalNodes}}, "cpusPerNode": {{cpusPerNode}},
              "RateMbps": 800, "sinkChanges": 2, "initialPlacementMovesPerVnode": 50, "coordinatorMovesPerSecond": 1000{{extra}} }
            """);
        return path;
    }
}
