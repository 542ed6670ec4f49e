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

    [Fact]
    public void UnexpectedException_IsOneLineInternalErrorWithExitCode1()
    {
        // A command whose output fails with an exception no command handles stands for any bug below the verbs.
        using var stdout = new FailingWriter();
        using var stderr = new StringWriter();

        int exitCode = CliApp.Run(["--version"], stdout, stderr);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "netbalance-sim: internal error: System.InvalidOperationException: broken output second\\u0001line\n",
            stderr.ToString().ReplaceLineEndings("\n"));
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void WriteLine(string? value) => throw new InvalidOperationException("broken output\nsecond\u0001line");

        public override void Write(string? value) => throw new InvalidOperationException("broken output\nsecond\u0001line");
    }
}
