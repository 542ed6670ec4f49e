using System.Text.Json;

namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class BenchRoutingCommandTests
{
    [Fact]
    public void BenchRouting_Json_ReportsEverySinkAndNoAllocation()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "routing", "--topology", "grid", "--runs", "1", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("grid", root.GetProperty("topology").GetString());
        Assert.Equal(1600, root.GetProperty("sinksPerRun").GetInt32());
        Assert.True(root.GetProperty("secondsPerRun").GetDouble() > 0);
        Assert.Equal(0, root.GetProperty("bytesAllocatedPerSink").GetDouble());
    }

    [Fact]
    public void BenchRouting_Table_NamesTheMedianAndTheSinkCount()
    {
        var (exitCode, stdout, _) = CliRunner.Run("bench", "routing", "--topology", "grid", "--runs", "1");

        Assert.Equal(0, exitCode);
        Assert.Contains("all 1,600 sinks   median", stdout, StringComparison.Ordinal);
        Assert.Contains("per sink", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--runs", "0", "netbalance-sim: --runs must be at least 1 (got 0).")]
    [InlineData("--topology", "ring", "netbalance-sim: --topology must be one of grid, campus, waxman, internet (got 'ring').")]
    [InlineData("--rate", "NaN", "netbalance-sim: --rate must be a finite number, at least 0 (got NaN).")]
    [InlineData("--rate", "-1", "netbalance-sim: --rate must be a finite number, at least 0 (got -1).")]
    [InlineData("--rate", "Infinity", "netbalance-sim: --rate must be a finite number, at least 0 (got Infinity).")]
    public void BenchRouting_BadOption_IsAUsageErrorOnOneLine(string option, string value, string expected)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "routing", option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.TrimEnd());
    }
}
