namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class BenchTraceCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-bench-trace-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void BenchTrace_SmallTrace_WritesTheShippedExampleAndReadsItBack()
    {
        // The command that made scenarios/traces/example.csv (docs/workloads.md) makes it again, byte for byte.
        var path = Path.Combine(folder, "example.csv");

        var (exitCode, stdout, stderr) = CliRunner.Run("bench", "trace", "--out", path, "--rows", "200", "--flows", "40", "--rows-per-step", "4",
            "--step-seconds", "60", "--min-rate", "100", "--max-rate", "400");

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("trace: 200 rows", stdout, StringComparison.Ordinal);
        Assert.Contains("ending at 2460 s, 41 segments", stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(NetBalanceSim.Tests.RepositoryRoot.Path, "scenarios", "traces", "example.csv")), File.ReadAllBytes(path));
    }

    [Fact]
    public void BenchTrace_FewerRowsThanFlows_IsAUsageError()
    {
        var (exitCode, _, stderr) = CliRunner.Run("bench", "trace", "--out", Path.Combine(folder, "t.csv"), "--rows", "5", "--flows", "10");

        Assert.Equal(2, exitCode);
        Assert.Contains("--rows above --flows", stderr, StringComparison.Ordinal);
    }
}
