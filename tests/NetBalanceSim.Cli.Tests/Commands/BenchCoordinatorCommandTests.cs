namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class BenchCoordinatorCommandTests
{
    private static readonly string DefaultScenario = Path.Combine(RepositoryRoot.Path, "scenarios", "default.json");

    [Fact]
    public void BenchCoordinator_TinyRun_PrintsEveryRepetitionAndTheMedianRate()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(
            "bench", "coordinator", "--scenario", DefaultScenario, "--reps", "2",
            "--set", "sinkChanges=2", "--set", "initialPlacementMovesPerVnode=5", "--set", "coordinatorMovesPerSecond=2000", "--set", "strategy=greedy");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("strategy greedy", stdout, StringComparison.Ordinal);
        Assert.Contains("repetition 0:", stdout, StringComparison.Ordinal);
        Assert.Contains("repetition 1:", stdout, StringComparison.Ordinal);
        Assert.Contains("median ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchCoordinator_NoRepetition_IsAUsageErrorOnOneLine()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "coordinator", "--scenario", DefaultScenario, "--reps", "0");

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("netbalance-sim: --reps must be at least 1 (got 0).", stderr.TrimEnd());
    }

    [Fact]
    public void BenchCoordinator_UnknownStrategy_IsAScenarioErrorSuggestingTheClosest()
    {
        var (exitCode, _, stderr) = CliRunner.Run("bench", "coordinator", "--scenario", DefaultScenario, "--set", "strategy=gredy");

        Assert.Equal(2, exitCode);
        Assert.Contains("key 'strategy'", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'greedy'?", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Figure_UnknownName_IsAUsageErrorListingTheFigures()
    {
        var (exitCode, _, stderr) = CliRunner.Run("figure", "strategiez");

        Assert.Equal(2, exitCode);
        Assert.Equal("netbalance-sim: figure strategiez: expected one of 5, 6, 7, 8, 9, 10, strategies.", stderr.TrimEnd());
    }
}
