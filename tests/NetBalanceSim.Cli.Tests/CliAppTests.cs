namespace NetBalanceSim.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void UnknownVerb_IsAUsageError()
    {
        var (exitCode, _, stderr) = CliRunner.Run("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("'frobnicate'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var (exitCode, stdout, _) = CliRunner.Run("--version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.1.0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheBenchVerb()
    {
        var (exitCode, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("bench", stdout, StringComparison.Ordinal);
    }
}
