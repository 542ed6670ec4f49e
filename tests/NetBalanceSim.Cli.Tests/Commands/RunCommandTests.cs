namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_QuickScenario_PrintsTheSummaryAndWritesTheResultsFolder()
    {
        var scenario = RingScenario.Write(_root);
        var output = Path.Combine(_root, "out");

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "--reps", "2", "--jobs", "2", "-o", output, "--set", "TpSeconds=5");

        Assert.Equal(0, exitCode);
        Assert.Contains("relative runtime mean", stdout, StringComparison.Ordinal);
        Assert.Contains("2/2 done", stderr, StringComparison.Ordinal);
        Assert.Equal([".netbalance-sim.lock", "manifest.json", "runs.csv", "summary.csv", "tau-trace.csv"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(1 + (2 * 2), File.ReadAllLines(Path.Combine(output, "runs.csv")).Length);
        var manifest = File.ReadAllText(Path.Combine(output, "manifest.json"));
        Assert.Contains("\"TpSeconds\": 5", manifest, StringComparison.Ordinal);
        Assert.Contains("\"commandLine\": \"netbalance-sim run ", manifest, StringComparison.Ordinal);
        Assert.Contains("\"tool\": \"NetBalanceSim\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"repetitions\": 2\n", manifest, StringComparison.Ordinal); // the one invocation finished both
    }

    [Theory]
    [InlineData("TpSecnds=5", "--set: key 'TpSecnds': unknown key; did you mean 'TpSeconds'?")]
    [InlineData("ToSeconds=50", "key 'ToSeconds': must not exceed TpSeconds (10); got 50")]
    public void Run_BadOverride_IsAUsageErrorOnOneLineAndWritesNothing(string assignment, string expected)
    {
        var scenario = RingScenario.Write(_root);
        var output = Path.Combine(_root, "out");

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "--set", assignment, "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_IntoReferenceResultsOfAnotherPlan_IsRefusedBeforeRunning()
    {
        var scenario = RingScenario.Write(_root);
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "manifest.json"), """{ "tool": "NetBalanceSim", "format": 2, "complete": true, "reference": true, "plan": "another", "files": [] }""");

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("holds reference results of another plan", stderr, StringComparison.Ordinal);
        Assert.Equal(["manifest.json"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Run_MissingScenario_IsAUsageError()
    {
        var (exitCode, _, stderr) = CliRunner.Run("run", Path.Combine(_root, "nope.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains("nope.json: file not found", stderr, StringComparison.Ordinal);
    }
}
