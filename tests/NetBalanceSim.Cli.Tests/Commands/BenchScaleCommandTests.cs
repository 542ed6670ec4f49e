namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class BenchScaleCommandTests
{
    private static readonly string TopologiesDir = Path.Combine(RepositoryRoot.Path, "topologies");
    private static readonly string DefaultScenario = Path.Combine(RepositoryRoot.Path, "scenarios", "default.json");

    [Fact]
    public void Throughput_TwoSizes_PrintsARowPerSizeAgainstTheFirst()
    {
        var (exitCode, stdout, _) = CliRunner.Run(
            "bench", "scale", "--topology", "grid", "--vms", "8,16", "--moves", "2000", "--runs", "2", "--topologies-dir", TopologiesDir);

        Assert.Equal(0, exitCode);
        var rows = stdout.Split('\n').Where(l => l.StartsWith("grid", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("     8 ", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("100 % (100 % .. 100 %)", rows[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("    16 ", rows[1], StringComparison.Ordinal);
        Assert.Matches(@"[\d,]+ % \([\d,]+ % \.\. [\d,]+ %\)$", rows[1].TrimEnd());
    }

    [Fact]
    public void OneRepetition_SmallGeneratedMap_PrintsTheSplitAndTheBounds()
    {
        var (exitCode, stdout, _) = CliRunner.Run(
            "bench", "scale", "--vnodes", "300", "--nodes", "2", "--cpus", "2", "--scenario", DefaultScenario,
            "--set", "sinkChanges=2", "--set", "initialPlacementMovesPerVnode=5", "--set", "coordinatorMovesPerSecond=2000");

        Assert.Equal(0, exitCode);
        Assert.Contains("Waxman topology of 300 vnodes", stdout, StringComparison.Ordinal);
        Assert.Contains("tau / max(tauLB, traffic-tree bound)", stdout, StringComparison.Ordinal);
        Assert.Contains("refined", stdout, StringComparison.Ordinal);
        Assert.Contains("split: placement", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cpus", "0", "netbalance-sim: --cpus must be at least 1 (got 0).")]
    [InlineData("--vms", "60", "netbalance-sim: --vms: '60' is not a positive multiple of --cpus 8; expected e.g. 64,512,4096.")]
    [InlineData("--topology", "mesh", "netbalance-sim: --topology must be all, grid, campus, waxman, internet (got 'mesh').")]
    public void BadOption_IsAUsageErrorOnOneLine(string option, string value, string message)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "scale", option, value, "--topologies-dir", TopologiesDir);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(message, stderr.TrimEnd());
    }
}
