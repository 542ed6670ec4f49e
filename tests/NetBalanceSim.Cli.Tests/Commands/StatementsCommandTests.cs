namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class StatementsCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-statements-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Statements_ChecksEveryStatementOfTheFiguresInAFolder()
    {
        new SyntheticFigures().Set("fig7", 0.40, ("TpSeconds", 8), ("topology", "grid")).WriteTo(_root);

        var (exit, stdout, stderr) = CliRunner.Run("statements", _root);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("S5  FAILS", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("measured: Tp 8 s: internet 0.650, grid 0.400, campus 0.600, waxman 0.660", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("S10 holds", StringComparison.Ordinal));
        Assert.Equal("9 of 10 hold (calibration 4 of 5, validation 5 of 5)", lines[^1]);
    }

    [Fact]
    public void StatementsMarkdown_IsATableWithOneRowPerStatement()
    {
        new SyntheticFigures().WriteTo(_root);

        var (exit, stdout, _) = CliRunner.Run("statements", _root, "--markdown");

        Assert.Equal(0, exit);
        var rows = stdout.Split('\n').Where(l => l.StartsWith("| S", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.EndsWith("| yes |", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Statements_WithoutFigureResults_IsAOneLineErrorWithExitCode2()
    {
        var (exit, _, stderr) = CliRunner.Run("statements", _root);
        var (missingExit, _, missing) = CliRunner.Run("statements", Path.Combine(_root, "nowhere"));

        Assert.Equal(2, exit);
        Assert.Contains("holds none of fig6, fig7, fig8, fig9, fig10", stderr, StringComparison.Ordinal);
        Assert.Equal(2, missingExit);
        Assert.Contains("no such folder", missing, StringComparison.Ordinal);
        Assert.Single(missing.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void StatementsBootstrap_OnTheReferences_GivesEachStatementsShareOfResamples()
    {
        var (exit, stdout, stderr) = CliRunner.Run("statements", Path.Combine(RepositoryRoot.Path, "results"), "--bootstrap", "50", "--markdown");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("paired bootstrap over the repetitions (50 resamples, seed 1)", stdout, StringComparison.Ordinal);
        var rows = stdout.Split('\n').Where(l => l.StartsWith("| S", StringComparison.Ordinal) && l.EndsWith("% |", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Contains("| S3 | yes | 100.0% |", rows);
        Assert.Contains("| S5 | no | 0.0% |", rows);
    }

    [Theory]
    [InlineData("0", "--bootstrap 0: expected a number of resamples of at least 1")]
    [InlineData("10", "has a runs.csv to resample")]
    public void StatementsBootstrap_WithoutRunsOrResamples_IsAOneLineErrorWithExitCode2(string resamples, string message)
    {
        new SyntheticFigures().WriteTo(_root);

        var (exit, _, stderr) = CliRunner.Run("statements", _root, "--bootstrap", resamples);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--reps", "3", "at least 5 paired repetitions")]
    [InlineData("--grid", "noSuchKey=1,2", "noSuchKey is not a scenario key")]
    [InlineData("--grid", "sigmaInterPn", "expected KEY=V1,V2")]
    [InlineData("--jobs", "0", "--jobs must be at least 1")]
    [InlineData("--grid", "TpSeconds=2,4", "a candidate cannot set TpSeconds: fig7 sweeps it")]
    [InlineData("--grid", "baseSeed=1,2", "every candidate runs the same seeds")]
    [InlineData("--grid", "sigmaInterPn=x", "sigmaInterPn=x: expected a number")]
    public void Calibrate_RefusesBadOptions_BeforeRunningAnything(string option, string value, string message)
    {
        var output = Path.Combine(_root, "calibration");

        var (exit, stdout, stderr) = CliRunner.Run("calibrate", option, value, "-o", output);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void CalibrateAnalyse_WithoutFinishedResults_IsAOneLineError()
    {
        var (exit, stdout, stderr) = CliRunner.Run("calibrate", "--analyse", "--grid", "sigmaInterPn=0.45,0.6", "-o", _root);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("--analyse: ", stderr, StringComparison.Ordinal);
        Assert.Contains("does not hold the finished results of this candidate", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "calibration.csv")));
    }
}
