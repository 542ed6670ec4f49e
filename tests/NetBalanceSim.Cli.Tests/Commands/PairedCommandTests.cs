using System.Globalization;
using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary><c>paired.csv</c> of a sweep and the <c>compare</c> command, recomputed here from <c>runs.csv</c>.</summary>
public sealed class PairedCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-paired-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Out => Path.Combine(_root, "out");

    private string Sweep()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "name": "paired", "repetitions": 3, "sweep": { "TpSeconds": [5, 10, 20], "MemoryMB": [10, 100] }, """);
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "-o", Out).ExitCode);
        return scenario;
    }

    [Fact]
    public void PairedCsv_HoldsEveryNeighbouringPair_WithTheDifferencesOfRunsCsv()
    {
        Sweep();

        var paired = CsvDocument.Load(Path.Combine(Out, "paired.csv"));
        var runs = RelativeRuntimes();

        Assert.Equal(["axis", "from", "to", "TpSeconds", "MemoryMB", "n", "fromMean", "toMean", "diffMean", "diffSd", "diffCi95Low", "diffCi95High"], paired.Header);
        Assert.Equal(
            ["TpSeconds 5 10 _ 10", "TpSeconds 10 20 _ 10", "TpSeconds 5 10 _ 100", "TpSeconds 10 20 _ 100", "MemoryMB 10 100 5 _", "MemoryMB 10 100 10 _", "MemoryMB 10 100 20 _"],
            paired.Records.Select(r => string.Join(" ", r.Fields.Take(5).Select(f => f.Length == 0 ? "_" : f))));
        foreach (var row in paired.Records)
        {
            var f = row.Fields;
            var (a, b) = f[0] == "TpSeconds" ? ((f[1], f[4]), (f[2], f[4])) : ((f[3], f[1]), (f[3], f[2]));
            var differences = Enumerable.Range(0, 3).Select(r => runs[(b.Item1, b.Item2, r)] - runs[(a.Item1, a.Item2, r)]).ToArray();
            var mean = differences.Average();
            var sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / 2);
            var halfWidth = 4.302652729749464 * sd / Math.Sqrt(3); // t(0.975, 2)
            Assert.Equal("3", f[5]);
            Assert.Equal(Enumerable.Range(0, 3).Average(r => runs[(a.Item1, a.Item2, r)]), Number(f[6]), 1e-12);
            Assert.Equal(Enumerable.Range(0, 3).Average(r => runs[(b.Item1, b.Item2, r)]), Number(f[7]), 1e-12);
            Assert.Equal(mean, Number(f[8]), 1e-12);
            Assert.Equal(sd, Number(f[9]), 1e-12);
            Assert.Equal(mean - halfWidth, Number(f[10]), 1e-9);
            Assert.Equal(mean + halfWidth, Number(f[11]), 1e-9);
        }
        Assert.Contains("\"name\": \"paired.csv\"", File.ReadAllText(Path.Combine(Out, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void ARunWithoutASweep_WritesNoPairedCsv()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 2, """);

        var (exitCode, stdout, _) = CliRunner.Run("run", scenario, "-o", Out);

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(Path.Combine(Out, "paired.csv")));
        Assert.DoesNotContain("paired.csv", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("paired.csv", File.ReadAllText(Path.Combine(Out, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_PrintsThePairedDifferenceOfPairedCsv_AndTheUnpairedInterval()
    {
        Sweep();
        var row = CsvDocument.Load(Path.Combine(Out, "paired.csv")).Records.Single(r => r.Fields[0] == "MemoryMB" && r.Fields[3] == "20");

        var (exitCode, stdout, stderr) = CliRunner.Run("compare", Out, "--a", "MemoryMB=10,TpSeconds=20", "--b", "TpSeconds=20,MemoryMB=100");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        Assert.Equal("relativeRuntime with NETbalance, b - a", lines[0]);
        Assert.Equal($"  a: TpSeconds=20, MemoryMB=10: mean {G6(row.Fields[6])} (n = 3)", lines[1]);
        Assert.Equal($"  b: TpSeconds=20, MemoryMB=100: mean {G6(row.Fields[7])} (n = 3)", lines[2]);
        Assert.Equal($"  paired:   mean {G6(row.Fields[8])}, sd {G6(row.Fields[9])}, 95% interval [{G6(row.Fields[10])}, {G6(row.Fields[11])}] (n = 3 repetitions at both points)", lines[3]);
        Assert.StartsWith("  unpaired: mean ", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ARepetitionTwice_IsAOneLineErrorNamingTheLine()
    {
        Sweep();
        var runs = Path.Combine(Out, "runs.csv");
        var lines = File.ReadAllLines(runs).ToList();
        lines.Add(lines[1]);
        File.WriteAllLines(runs, lines);

        var tp = lines[1].Split(',')[0];
        var (exitCode, _, stderr) = CliRunner.Run("compare", Out, "--a", $"TpSeconds={tp},MemoryMB=10", "--b", $"TpSeconds={tp},MemoryMB=100");

        Assert.Equal(2, exitCode);
        Assert.Contains($"runs.csv:{lines.Count}: repetition", stderr, StringComparison.Ordinal);
        Assert.Contains("appears twice", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AnotherMetric_PairsThatColumn()
    {
        Sweep();
        var runs = CsvDocument.Load(Path.Combine(Out, "runs.csv"));
        double Migrations(string tp) => runs.Records.Where(r => r.Fields[0] == tp && r.Fields[1] == "10" && r.Fields[2] == "netbalance").Average(r => Number(r.Fields[runs.Require("migrations")]));

        var (exitCode, stdout, _) = CliRunner.Run("compare", Out, "--a", "TpSeconds=5,MemoryMB=10", "--b", "TpSeconds=10,MemoryMB=10", "--metric", "migrations");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("migrations with NETbalance, b - a", stdout, StringComparison.Ordinal);
        Assert.Contains($"  paired:   mean {(Migrations("10") - Migrations("5")).ToString("G6", CultureInfo.InvariantCulture)}, ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--a TpSeconds=5 --b TpSeconds=10,MemoryMB=10", "netbalance-sim: --a TpSeconds=5: matches 2 points; also give MemoryMB")]
    [InlineData("--a Tp=5,MemoryMB=10 --b TpSeconds=10,MemoryMB=10", "netbalance-sim: --a Tp=5,MemoryMB=10: Tp is not swept; the sweep varies TpSeconds, MemoryMB")]
    [InlineData("--a TpSeconds=5,MemoryMB=10 --b TpSeconds=7,MemoryMB=10", "netbalance-sim: --b TpSeconds=7,MemoryMB=10: no point has TpSeconds=7; its values are 5, 10, 20")]
    [InlineData("--a TpSeconds=5,MemoryMB=10 --b MemoryMB=10,TpSeconds=5", "netbalance-sim: --a TpSeconds=5,MemoryMB=10 and --b MemoryMB=10,TpSeconds=5: name the same point")]
    [InlineData("--a TpSeconds --b TpSeconds=10,MemoryMB=10", "netbalance-sim: --a TpSeconds: expected KEY=VALUE[,KEY=VALUE...] with swept keys (TpSeconds, MemoryMB)")]
    [InlineData("--a TpSeconds=5,TpSeconds=10 --b TpSeconds=10,MemoryMB=10", "netbalance-sim: --a TpSeconds=5,TpSeconds=10: TpSeconds is given twice")]
    public void Compare_BadPoints_AreOneLineErrors(string arguments, string expected)
    {
        Sweep();

        var (exitCode, stdout, stderr) = CliRunner.Run(["compare", Out, .. arguments.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.TrimEnd());
    }

    [Fact]
    public void Compare_BadMetric_IsAOneLineErrorListingTheNumericColumns()
    {
        Sweep();

        var (notAColumn, _, notAColumnError) = CliRunner.Run("compare", Out, "--a", "TpSeconds=5,MemoryMB=10", "--b", "TpSeconds=10,MemoryMB=10", "--metric", "nope");
        var (text, _, textError) = CliRunner.Run("compare", Out, "--a", "TpSeconds=5,MemoryMB=10", "--b", "TpSeconds=10,MemoryMB=10", "--metric", "fingerprint");

        Assert.Equal(2, notAColumn);
        Assert.StartsWith($"netbalance-sim: --metric nope: not a numeric column of {Path.Combine(Out, "runs.csv")}; one of runtimeSeconds, relativeRuntime, ", notAColumnError, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint", notAColumnError, StringComparison.Ordinal);
        Assert.Equal(2, text);
        Assert.Equal($"netbalance-sim: --metric fingerprint: holds values that are not numbers in {Path.Combine(Out, "runs.csv")}", textError.TrimEnd());
    }

    [Fact]
    public void Compare_WithoutASweepOrAFolder_IsAOneLineError()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 2, """);
        Assert.Equal(0, CliRunner.Run("run", scenario, "-o", Out).ExitCode);

        var (single, _, singleError) = CliRunner.Run("compare", Out, "--a", "TpSeconds=5", "--b", "TpSeconds=10");
        var (missing, _, missingError) = CliRunner.Run("compare", Path.Combine(_root, "none"), "--a", "TpSeconds=5", "--b", "TpSeconds=10");

        Assert.Equal(2, single);
        Assert.Equal($"netbalance-sim: {Path.Combine(Out, "runs.csv")}: has no swept keys (a single point); compare needs two points of a sweep", singleError.TrimEnd());
        Assert.Equal(2, missing);
        Assert.Equal($"netbalance-sim: {Path.Combine(_root, "none", "runs.csv")}: no such file.", missingError.TrimEnd());
    }

    /// <summary>Each (TpSeconds, MemoryMB, repetition)'s relative runtime with NETbalance, from runs.csv.</summary>
    private Dictionary<(string, string, int), double> RelativeRuntimes()
    {
        var runs = CsvDocument.Load(Path.Combine(Out, "runs.csv"));
        var variant = runs.Require("variant");
        var repetition = runs.Require("repetition");
        var relative = runs.Require("relativeRuntime");
        return runs.Records.Where(r => r.Fields[variant] == "netbalance")
            .ToDictionary(r => (r.Fields[0], r.Fields[1], int.Parse(r.Fields[repetition], CultureInfo.InvariantCulture)), r => Number(r.Fields[relative]));
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string G6(string text) => Number(text).ToString("G6", CultureInfo.InvariantCulture);
}
