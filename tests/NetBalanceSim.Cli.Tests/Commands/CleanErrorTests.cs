namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>Errors in plain words on one line: parse errors without .NET types, options named as given, text escaped.</summary>
public sealed class CleanErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-clean-").FullName;
    private readonly string scenario;

    public CleanErrorTests()
    {
        File.WriteAllText(Path.Combine(folder, "path.edges"), "0 1\n1 2\n");
        scenario = Path.Combine(folder, "s.json");
        File.WriteAllText(scenario, """{ "description": "d", "topology": "path.edges", "repetitions": 1, "sinkChanges": 1 }""");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--reps", "x", "netbalance-sim: --reps: 'x' is not a whole number\nTry 'netbalance-sim --help'.\n")]
    [InlineData("--seed", "x", "netbalance-sim: --seed: 'x' is not a whole number\nTry 'netbalance-sim --help'.\n")]
    [InlineData("--jobs", "1.5", "netbalance-sim: --jobs: '1.5' is not a whole number\nTry 'netbalance-sim --help'.\n")]
    [InlineData("--reps", "0", "netbalance-sim: --reps 0: must be from 1 to 100000\n")]
    [InlineData("--reps", "-1", "netbalance-sim: --reps -1: must be from 1 to 100000\n")]
    [InlineData("--seed", "-1", "netbalance-sim: --seed -1: must be from 0 to 4611686018427387903\n")]
    public void Run_BadRepsSeedOrJobs_NamesTheOptionInPlainWords(string option, string value, string expected)
    {
        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, option, value, "-o", Path.Combine(folder, "out"));

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void UnknownVerb_IsOneLineAndTheHint()
    {
        var (exitCode, _, stderr) = CliRunner.Run("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Equal("netbalance-sim: Required command was not provided. Unrecognized command or argument 'frobnicate'.\nTry 'netbalance-sim --help'.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void SetKeyWithLineBreak_IsOneLine()
    {
        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "--set", "Tp\nSec\u0001onds=1", "-o", Path.Combine(folder, "out"));

        Assert.Equal(2, exitCode);
        Assert.Equal("netbalance-sim: --set: key 'Tp Sec\\u0001onds': unknown key; did you mean 'TpSeconds'?\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void LoneSurrogateInScenarioName_NamesFileAndKey()
    {
        File.WriteAllText(scenario, """{ "description": "d", "topology": "path.edges", "name": "\ud800" }""");

        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "-o", Path.Combine(folder, "out"));

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {scenario}: key 'name': holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair); expected valid text\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void LoneSurrogateInSetValue_IsEscaped()
    {
        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "--set", "name=a\ud800", "-o", Path.Combine(folder, "out"));

        Assert.Equal(2, exitCode);
        Assert.EndsWith("; got \"a\\uD800\"\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void OneLine_EscapesLoneSurrogatesAndKeepsPairs() =>
        Assert.Equal("a\\uD800b\\uDC00c\U0001F600", CliApp.OneLine("a\ud800b\udc00c\U0001F600"));

    [Fact]
    public void Evaluate_HugeTestbed_IsRefusedWithTheEstimate()
    {
        var (exitCode, _, stderr) = CliRunner.Run("evaluate", "-t", Path.Combine(folder, "path.edges"), "--sink", "0",
            "--nodes", "4096", "--cpus-per-node", "1024", "-p", Path.Combine(folder, "none.csv"));

        Assert.Equal(2, exitCode);
        Assert.Equal("netbalance-sim: --nodes 4096 x --cpus-per-node 1024: physicalNodes x cpusPerNode = 4,194,304 VMs for 3 vnodes: estimated 4.3 GB per repetition, above the 4 GB limit (README, \"Limits\")\n", stderr.ReplaceLineEndings("\n"));
    }
}
