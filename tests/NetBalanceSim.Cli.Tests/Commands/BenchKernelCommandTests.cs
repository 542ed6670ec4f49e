using System.Text.Json;

namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class BenchKernelCommandTests
{
    [Fact]
    public void BenchKernel_Json_ReportsRateAndAllocationPerEvent()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "kernel", "--processes", "10", "--timeouts", "20", "--runs", "1", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        // 10 processes x 20 timeouts, plus each process's start and end event.
        Assert.Equal(10 * 20 + 10 + 10, root.GetProperty("eventsPerRun").GetInt64());
        Assert.True(root.GetProperty("eventsPerSecond").GetDouble() > 0);
        Assert.InRange(root.GetProperty("bytesPerEvent").GetDouble(), 1, 1000);
    }

    [Fact]
    public void BenchKernel_Table_NamesTheMedianAndTheBytesPerEvent()
    {
        var (exitCode, stdout, _) = CliRunner.Run("bench", "kernel", "--processes", "5", "--timeouts", "5", "--runs", "3");

        Assert.Equal(0, exitCode);
        Assert.Contains("events per second  median", stdout, StringComparison.Ordinal);
        Assert.Contains("bytes per event", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--processes", "-3")]
    public void BenchKernel_NonPositiveCount_IsAUsageErrorOnOneLine(string option, string value)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "kernel", option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"netbalance-sim: {option} must be at least 1 (got {value}).", stderr.TrimEnd());
    }
}
