namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>Bad input to place and evaluate: one line on stderr naming the file (and line) or option, exit code 2, nothing written.</summary>
public sealed class PlaceEvaluateBadInputTests : IDisposable
{
    private const string Good = "vnode,vm\n0,0\n1,1\n2,1\n";
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-cli-bad-").FullName;
    private readonly string topology;

    public PlaceEvaluateBadInputTests()
    {
        topology = Path.Combine(folder, "path.edges");
        File.WriteAllText(topology, "0 1\n1 2\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("vm,vnode\n0,0\n", ":1: header 'vm,vnode'; expected 'vnode,vm'")]
    [InlineData("vnode,vm\n0,0\n1,1,1\n2,0\n", ":3: 3 columns in '1,1,1'; expected 2 ('vnode,vm')")]
    [InlineData("vnode,vm\n0,0\n1,one\n2,0\n", ":3: vm 'one' is not a non-negative integer")]
    [InlineData("vnode,vm\n0,0\n1,1\n1,0\n", ":4: vnode 1 appears twice (also on line 3); expected each vnode once")]
    [InlineData("vnode,vm\n0,0\n1,2\n2,0\n", ":3: VM 2 out of range; the testbed has 2 VMs (0..1)")]
    [InlineData("vnode,vm\n0,0\n2,0\n", ": 2 vnodes listed, the topology has 3; vnode 1 is missing (expected one line for each of 0..2)")]
    [InlineData("vnode,vm\n0,0\n1,0\n2,0\n3,0\n", ":5: vnode 3 out of range; the topology has 3 vnodes (0..2)")]
    public void Evaluate_MalformedPlacement_NamesFileAndLine(string content, string expectedAfterPath)
    {
        var placement = Write("bad.csv", content);

        var (exitCode, stdout, stderr) = Evaluate("--placement", placement);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"netbalance-sim: {placement}{expectedAfterPath}\n", stderr);
    }

    [Fact]
    public void Evaluate_MalformedFromFile_NamesThatFile()
    {
        var from = Write("from.csv", "vnode;vm\n");

        var (exitCode, _, stderr) = Evaluate("--placement", Write("p.csv", Good), "--from", from);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {from}:1: header 'vnode;vm'; expected 'vnode,vm'\n", stderr);
    }

    [Fact]
    public void Evaluate_MissingPlacement_SaysFileNotFound()
    {
        var missing = Path.Combine(folder, "missing.csv");

        var (exitCode, _, stderr) = Evaluate("--placement", missing);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {missing}: file not found; expected a placement CSV with the header 'vnode,vm'\n", stderr);
    }

    [Theory]
    [InlineData(new[] { "--set", "sigmaIntrPn=0.4" }, "--set: key 'sigmaIntrPn': unknown key; did you mean 'sigmaInterPn'?")]
    [InlineData(new[] { "--set", "sigmaInterPn" }, "--set sigmaInterPn: expected Key=Value, e.g. TpSeconds=8")]
    [InlineData(new[] { "--set", "sigmaInterPn=high" }, "--set: key 'sigmaInterPn': expected a number, got 'high'")]
    [InlineData(new[] { "--set", "rho=2" }, "--set: key 'rho': rho must lie in (0, 1].")]
    [InlineData(new[] { "--scenario", "missing.json" }, "missing.json: file not found; expected a scenario file (JSON)")]
    [InlineData(new[] { "--sink", "3" }, "--sink 3 out of range; {topology} has 3 vnodes (0..2).")]
    [InlineData(new[] { "--nodes", "0" }, "--nodes must be at least 1 (got 0).")]
    [InlineData(new[] { "--rate-mbps", "-1" }, "--rate-mbps must be a finite, non-negative number of Mbit/s (got -1).")]
    public void PlaceAndEvaluate_BadOption_NameTheOptionAndWriteNothing(string[] option, string expected)
    {
        var output = Path.Combine(folder, "out.csv");
        var message = expected.Replace("{topology}", topology, StringComparison.Ordinal);

        var place = CliRunner.Run(["place", .. Arguments(option), "-o", output]);
        var evaluate = CliRunner.Run(["evaluate", .. Arguments(option), "--placement", Write("p.csv", Good)]);

        Assert.Equal(2, place.ExitCode);
        Assert.Equal("", place.Stdout);
        Assert.StartsWith($"netbalance-sim: {message}", place.Stderr, StringComparison.Ordinal);
        Assert.Single(place.Stderr.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(output));
        Assert.Equal(2, evaluate.ExitCode);
        Assert.Equal(place.Stderr, evaluate.Stderr);
    }

    [Fact]
    public void Place_MissingTopology_NamesTheFile()
    {
        var missing = Path.Combine(folder, "none.edges");
        var output = Path.Combine(folder, "out.csv");

        var (exitCode, _, stderr) = CliRunner.Run("place", "--topology", missing, "--sink", "0", "-o", output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"netbalance-sim: {missing}: file not found", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    /// <summary>The common options with the one under test replacing its default (an option given twice is a parse error).</summary>
    private string[] Arguments(string[] option)
    {
        string[] defaults = ["--sink", "0", "--nodes", "1", "--cpus-per-node", "2"];
        var args = new List<string> { "--topology", topology };
        for (var i = 0; i < defaults.Length; i += 2)
        {
            if (defaults[i] != option[0])
            {
                args.AddRange([defaults[i], defaults[i + 1]]);
            }
        }

        return [.. args, .. option];
    }

    private (int ExitCode, string Stdout, string Stderr) Evaluate(params string[] more) =>
        CliRunner.Run(["evaluate", "--topology", topology, "--sink", "0", "--nodes", "1", "--cpus-per-node", "2", .. more]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
