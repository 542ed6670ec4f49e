namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary><c>sensitivity</c>: a small run end to end, the generated sweep run by <c>sweep</c>, and bad input in one line.</summary>
public sealed class SensitivityCommandTests : IDisposable
{
    private static readonly string[] Outputs = ["tornado.csv", "morris.csv", "tornado.png", "tornado.svg", "morris.png", "morris.svg"];

    private readonly string _root = Directory.CreateTempSubdirectory("nbs-sens-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Scenario(string extra = "") => RingScenario.Write(Path.Combine(_root, "in"), """ "name": "ring", "repetitions": 1, """ + extra);

    [Fact]
    public void SmallRun_WritesTheTablesAndFigures_AndPrintsTheRankedTornado()
    {
        var output = Path.Combine(_root, "out");

        var (exitCode, stdout, stderr) = CliRunner.Run("sensitivity", Scenario(), "--factors", "kFwd,reattachMsPerVnode", "--trajectories", "2", "-j", "1", "-o", output);

        Assert.True(exitCode == 0, stderr);
        Assert.All(Outputs, name => Assert.True(File.Exists(Path.Combine(output, name)), name));
        var tornado = File.ReadAllLines(Path.Combine(output, "tornado.csv"));
        Assert.Equal(3, tornado.Length);
        Assert.StartsWith("rank,factor,range,lowValue,baseValue,highValue,metric,", tornado[0], StringComparison.Ordinal);
        var swings = tornado.Skip(1).Select(line => double.Parse(line.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(swings[0] >= swings[1]);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "morris.csv")).Length);
        Assert.Contains("tornado of relativeRuntimeMean", stdout, StringComparison.Ordinal);
        Assert.Contains("top three constants by tornado swing: ", stdout, StringComparison.Ordinal);
        Assert.Contains("\"tornado.csv\"", File.ReadAllText(Path.Combine(output, "manifest.json")), StringComparison.Ordinal);
        var summary = File.ReadAllText(Path.Combine(output, "summary.csv"));
        Assert.StartsWith("setup,n,", summary, StringComparison.Ordinal);
        Assert.Contains("tornado kFwd high=0.2 base=0.1,", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenScenario_RunBySweep_AnalysesToTheSameTables()
    {
        var scenario = Scenario();
        string[] design = ["--factors", "kFwd,sigmaInterPn", "--trajectories", "1", "--method", "both"];
        var direct = Path.Combine(_root, "direct");
        var file = Path.Combine(_root, "gen", "ring-sensitivity.json");
        var swept = Path.Combine(_root, "swept");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        Assert.Equal(0, CliRunner.Run(["sensitivity", scenario, .. design, "-j", "1", "-o", direct]).ExitCode);
        var (writeExit, writeOut, _) = CliRunner.Run(["sensitivity", scenario, .. design, "--write-scenario", file]);
        var sweepExit = CliRunner.Run("sweep", file, "-j", "1", "-o", swept).ExitCode;
        var (analyseExit, analyseOut, analyseErr) = CliRunner.Run("sensitivity", "--analyse", swept);

        Assert.Equal(0, writeExit);
        Assert.Contains(": 8 points x 1 repetitions", writeOut, StringComparison.Ordinal); // 2 x 2 + 1 tornado, 1 x 3 Morris
        Assert.Equal(0, sweepExit);
        Assert.True(analyseExit == 0, analyseErr);
        Assert.Contains("top three constants", analyseOut, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(direct, "tornado.csv")), File.ReadAllText(Path.Combine(swept, "tornado.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(direct, "morris.csv")), File.ReadAllText(Path.Combine(swept, "morris.csv")));
    }

    [Theory]
    [InlineData("--metric", "relativeRuntime", "netbalance-sim: --metric relativeRuntime: not a metric column of summary.csv")]
    [InlineData("--reps", "0", "netbalance-sim: --reps 0: must be from 1 to 100000")]
    [InlineData("--factors", "kFwd,sigmaInterpn", "netbalance-sim: --factors kFwd,sigmaInterpn: 'sigmaInterpn' is not a factor; did you mean 'sigmaInterPn'?")]
    [InlineData("--levels", "3", "netbalance-sim: --levels 3: must be an even number")]
    [InlineData("--trajectories", "0", "netbalance-sim: --trajectories 0: must be from 1 to 1000")]
    [InlineData("--method", "sobol", "netbalance-sim: --method sobol: expected tornado, morris or both")]
    public void BadInput_IsOneLine_ExitCodeTwo_AndRunsNothing(string option, string value, string expected)
    {
        var output = Path.Combine(_root, "bad");

        var (exitCode, _, stderr) = CliRunner.Run("sensitivity", Scenario(), option, value, "-o", output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AScenarioWithASweep_OrAFolderOfAnotherSweep_IsRefusedInOneLine()
    {
        var (sweepExit, _, sweepErr) = CliRunner.Run("sensitivity", Scenario(""" "sweep": { "TpSeconds": [2, 4] }, """), "-o", Path.Combine(_root, "x"));
        var other = Path.Combine(_root, "other");
        CliRunner.Run("run", Scenario(), "-j", "1", "-o", other);
        var (analyseExit, _, analyseErr) = CliRunner.Run("sensitivity", "--analyse", other);

        Assert.Equal(2, sweepExit);
        Assert.Contains("sensitivity screens one setup, but the scenario sweeps TpSeconds", sweepErr, StringComparison.Ordinal);
        Assert.Equal(2, analyseExit);
        Assert.Contains("needs the swept key 'setup'", analyseErr, StringComparison.Ordinal);
        Assert.Single(analyseErr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }
}
