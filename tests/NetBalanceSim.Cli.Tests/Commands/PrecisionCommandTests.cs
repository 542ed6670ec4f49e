using System.Globalization;
using System.Text.Json;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>Sequential stopping: <c>--precision H</c> grows every point together until each half-width is at most H, or to <c>--max-reps</c>.</summary>
public sealed class PrecisionCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-precision-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Out => Path.Combine(_root, "out");

    private string Scenario() =>
        RingScenario.Write(Path.Combine(_root, "in"), """ "name": "precise", "repetitions": 3, "sweep": { "TpSeconds": [5, 20], "MemoryMB": [10, 100] }, """);

    [Fact]
    public void Precision_StopsWithEveryHalfWidthAtMostH_AndGivesThePlainRunOfTheRepetitionsReached()
    {
        var scenario = Scenario();

        var (exitCode, stdout, stderr) = CliRunner.Run("sweep", scenario, "-o", Out, "--precision", "0.02", "--max-reps", "80");

        Assert.Equal(0, exitCode);
        var precision = Precision(Out);
        var reached = precision.GetProperty("repetitions").GetInt32();
        Assert.True(reached > 3, "the target needs more than the first batch");
        Assert.True(precision.GetProperty("met").GetBoolean());
        Assert.Equal(0.02, precision.GetProperty("halfWidth").GetDouble());
        Assert.Equal(80, precision.GetProperty("maxRepetitions").GetInt32());
        var batches = precision.GetProperty("batches").EnumerateArray().Select(b => b.GetInt32()).ToList();
        Assert.Equal(3, batches[0]);
        Assert.Equal(reached, batches[^1]);
        var halfWidths = HalfWidths(Out);
        Assert.All(halfWidths, hw => Assert.True(hw <= 0.02, $"half-width {hw} above H"));
        Assert.Equal(halfWidths.Max(), precision.GetProperty("worstHalfWidth").GetDouble(), 1e-15);
        Assert.Contains($"precision: every point's 95% half-width is at most 0.02", stdout, StringComparison.Ordinal);
        Assert.Contains(" > 0.02 at 3 repetitions; every point grows to ", stderr, StringComparison.Ordinal);

        // The batch before the last did not meet the target (else the run would have stopped there).
        var before = Path.Combine(_root, "before");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "-o", before, "--reps", batches[^2].ToString(CultureInfo.InvariantCulture)).ExitCode);
        Assert.Contains(HalfWidths(before), hw => hw > 0.02);

        var plain = Path.Combine(_root, "plain");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "-o", plain, "--reps", reached.ToString(CultureInfo.InvariantCulture)).ExitCode);
        AssertSameTables(plain, Out);
        Assert.Equal(PlanOf(plain), PlanOf(Out));
    }

    [Fact]
    public void Precision_Unreachable_StopsAtMaxReps_AndSaysSo()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 2, """);

        var (exitCode, stdout, _) = CliRunner.Run("run", scenario, "-o", Out, "--precision", "1e-9", "--max-reps", "5");

        Assert.Equal(0, exitCode);
        var precision = Precision(Out);
        Assert.False(precision.GetProperty("met").GetBoolean());
        Assert.Equal(5, precision.GetProperty("repetitions").GetInt32());
        Assert.Equal([2, 4, 5], precision.GetProperty("batches").EnumerateArray().Select(b => b.GetInt32()));
        Assert.True(precision.GetProperty("worstHalfWidth").GetDouble() > 1e-9);
        Assert.Contains("precision NOT met: stopped at --max-reps 5 with a worst 95% half-width of ", stdout, StringComparison.Ordinal);
        Assert.Equal(5, CsvDocument.Load(Path.Combine(Out, "runs.csv")).Records.Count / 2);
        var plain = Path.Combine(_root, "plain");
        Assert.Equal(0, CliRunner.Run("run", scenario, "-o", plain, "--reps", "5").ExitCode);
        AssertSameTables(plain, Out);
    }

    [Fact]
    public void Precision_Resumed_FromAJournalHalfwayThroughABatch_GivesTheSameResults()
    {
        var scenario = Scenario();
        var whole = Path.Combine(_root, "whole");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "-o", whole, "--precision", "0.02", "--max-reps", "80").ExitCode);
        // What an interrupted run leaves: the first batch (3 repetitions) and part of the second (up to 6).
        var first = SweepPlan.Of(ScenarioFile.Load(scenario, ["repetitions=3"]));
        var units = SweepRunner.Run(SweepPlan.Of(ScenarioFile.Load(scenario, ["repetitions=6"])), 1);
        using (var journal = Journal.Create(Out, ResultsWriter.PlanId(first) + "+" + new PrecisionTarget(0.02, 80).Key(), new JournalInvocation("netbalance-sim sweep (killed)", "test", "2026-01-01T00:00:00Z")))
        {
            foreach (var unit in units.Where(u => u.Repetition < 3 || (u.Repetition < 5 && u.Point < 2)))
            {
                journal.Append(unit);
            }
        }

        var refused = CliRunner.Run("sweep", scenario, "-o", Out, "--precision", "0.02", "--max-reps", "80");
        var otherTarget = CliRunner.Run("sweep", scenario, "-o", Out, "--precision", "0.03", "--max-reps", "80", "--resume");
        var otherReps = CliRunner.Run("sweep", scenario, "-o", Out, "--reps", "4", "--precision", "0.02", "--max-reps", "80", "--resume");
        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "-o", Out, "--precision", "0.02", "--max-reps", "80", "--resume");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("holds an unfinished run", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, otherTarget.ExitCode);
        Assert.Contains("is the journal of a --precision run with precision-0.02-max-80", otherTarget.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, otherReps.ExitCode);
        Assert.Contains("is the journal of a --precision run with precision-0.02-max-80 and other --reps, --seed or scenario keys", otherReps.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("resuming, 12 of 12 repetitions already done (and 4 of later batches)", stderr, StringComparison.Ordinal);
        AssertSameTables(whole, Out);
        Assert.Equal(Precision(whole).GetRawText(), Precision(Out).GetRawText());
        Assert.False(File.Exists(Path.Combine(Out, Journal.FileName)));
    }

    [Fact]
    public void Precision_IntoReferenceResultsOfItsFirstBatchsPlan_IsRefusedWithoutForce()
    {
        // The plan a sequential run publishes is not known before it ends, so reference results are never its own.
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 2, """);
        var first = ResultsWriter.PlanId(SweepPlan.Of(ScenarioFile.Load(scenario, ["repetitions=2"])));
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "manifest.json"), $$"""{ "tool": "NetBalanceSim", "format": 2, "complete": true, "reference": true, "plan": "{{first}}", "files": [] }""");

        var (refused, _, stderr) = CliRunner.Run("run", scenario, "-o", Out, "--precision", "1e-9", "--max-reps", "3");
        var forced = CliRunner.Run("run", scenario, "-o", Out, "--precision", "1e-9", "--max-reps", "3", "--force");

        Assert.Equal(2, refused);
        Assert.Contains("holds reference results of another plan", stderr, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("\"reference\": false", File.ReadAllText(Path.Combine(Out, "manifest.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-reps 10", "netbalance-sim: --max-reps: only with --precision")]
    [InlineData("--precision 0", "netbalance-sim: --precision 0: expected a positive half-width, e.g. 0.01")]
    [InlineData("--precision -1", "netbalance-sim: --precision -1: expected a positive half-width, e.g. 0.01")]
    [InlineData("--precision 0.01 --max-reps 2", "netbalance-sim: --max-reps 2: below the 3 repetitions the run starts with")]
    [InlineData("--precision 0.01 --max-reps 100001", "netbalance-sim: --max-reps 100001: must be from 1 to 100000")]
    [InlineData("--precision 0.01 --shard 0/2", "netbalance-sim: --precision: cannot be combined with --shard or --merge; a sequential run decides its repetitions as it goes, on one machine")]
    public void Precision_BadOptions_AreOneLineErrors(string arguments, string expected)
    {
        var scenario = Scenario();

        var (exitCode, _, stderr) = CliRunner.Run(["sweep", scenario, "-o", Out, .. arguments.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, stderr.TrimEnd());
        Assert.False(Directory.Exists(Out));
    }

    private static JsonElement Precision(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("precision").Clone();
    }

    private static string PlanOf(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("plan").GetString()!;
    }

    /// <summary>Each point's 95% half-width of the relative runtime, from summary.csv.</summary>
    private static List<double> HalfWidths(string folder)
    {
        var summary = CsvDocument.Load(Path.Combine(folder, "summary.csv"));
        var low = summary.Require("relativeRuntimeCi95Low");
        var high = summary.Require("relativeRuntimeCi95High");
        return [.. summary.Records.Select(r => (summary.Number(r, high) - summary.Number(r, low)) / 2)];
    }

    private static void AssertSameTables(string expected, string actual)
    {
        foreach (var file in new[] { "runs.csv", "summary.csv", "tau-trace.csv", "paired.csv" }.Where(f => File.Exists(Path.Combine(expected, f))))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(expected, file)), File.ReadAllBytes(Path.Combine(actual, file)));
        }
    }
}
