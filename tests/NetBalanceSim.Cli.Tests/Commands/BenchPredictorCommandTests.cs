namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class BenchPredictorCommandTests
{
    private static readonly string DefaultScenario = Path.Combine(RepositoryRoot.Path, "scenarios", "default.json");

    [Fact]
    public void BenchPredictor_ArOnTheGrid_PrintsTheSeriesAndTheTimePerReport()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(
            "bench", "predictor", "--scenario", DefaultScenario, "--set", "predictor=ar", "--set", "arOrder=2", "--reports", "12", "--change-every", "4", "--noise", "0.1");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("predictor: ar, arOrder 2; grid.edges, 1,600 vnodes + 6,240 half-edges = 7,840 series; 12 reports", stdout, StringComparison.Ordinal);
        Assert.Contains("per report   median ", stdout, StringComparison.Ordinal);
        Assert.Contains("allocated ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--reports", "0", "netbalance-sim: --reports must be at least 1 (got 0).")]
    [InlineData("--change-every", "0", "netbalance-sim: --change-every must be at least 1 (got 0).")]
    [InlineData("--noise", "-1", "netbalance-sim: --noise must be from 0 to 10 (got -1).")]
    public void BenchPredictor_BadOption_IsAUsageErrorOnOneLine(string option, string value, string expected)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "predictor", "--scenario", DefaultScenario, option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.TrimEnd());
    }
}
