namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>The trace workload from the command line: a broken trace is one line naming file and line, exit 2, nothing written.</summary>
public sealed class TraceWorkloadCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-trace-").FullName;
    private readonly string scenario;

    public TraceWorkloadCommandTests()
    {
        File.WriteAllText(Path.Combine(folder, "path.edges"), "0 1\n1 2\n2 3\n");
        scenario = Path.Combine(folder, "s.json");
        File.WriteAllText(scenario, """
            { "description": "d", "topology": "path.edges", "repetitions": 1, "physicalNodes": 1, "cpusPerNode": 2,
              "workload": "trace", "traceFile": "flows.csv", "initialPlacementMovesPerVnode": 10 }
            """);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Run_TraceNamingAnUnknownVnode_IsOneLineExitTwoAndWritesNothing()
    {
        File.WriteAllText(Path.Combine(folder, "flows.csv"), "timeSeconds,source,destination,rateMbps\n0,0,3,100\n10,0,4,100\n20,0,3,0\n");
        var output = Path.Combine(folder, "out");

        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {scenario}: key 'traceFile': {Path.Combine(folder, "flows.csv")}:3: destination '4'; expected a vnode of the topology, a whole number from 0 to 3\n",
            stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_ValidTrace_RunsOverTheTracesLength()
    {
        File.WriteAllText(Path.Combine(folder, "flows.csv"), "timeSeconds,source,destination,rateMbps\n0,0,3,1000\n10,3,0,2000\n30,0,3,0\n");
        var output = Path.Combine(folder, "out");

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "-o", output);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("trace flows.csv", stdout, StringComparison.Ordinal);
        Assert.Contains("firstSink", File.ReadAllText(Path.Combine(output, "runs.csv")), StringComparison.Ordinal);
    }
}
