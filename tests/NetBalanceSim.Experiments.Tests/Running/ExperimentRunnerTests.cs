using System.Globalization;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Running;

public sealed class ExperimentRunnerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_OneJobOrTwo_GivesByteIdenticalRunsCsv()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario());

        var serial = RunsCsv(resolved, ExperimentRunner.Run(resolved, jobs: 1));
        var parallel = RunsCsv(resolved, ExperimentRunner.Run(resolved, jobs: 2));
        var again = RunsCsv(resolved, ExperimentRunner.Run(resolved, jobs: 2));

        Assert.Equal(serial, parallel);
        Assert.Equal(serial, again);
    }

    [Fact]
    public void Run_Repetitions_UseBaseSeedPlusIndexAndPairTheVariants()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["baseSeed=40"]);

        var results = ExperimentRunner.Run(resolved, jobs: 2);

        Assert.Equal([40L, 41L, 42L], results.Select(r => r.RunSeed));
        Assert.All(results, r => Assert.Equal(4, r.Sinks.Count));
        Assert.All(results, r => Assert.Equal(r.NetBalance.VirtualDurationSeconds, r.Baseline.VirtualDurationSeconds));
        Assert.All(results, r => Assert.True(r.RelativeRuntime <= 1.0, $"repetition {r.Repetition}: {r.RelativeRuntime}"));
    }

    [Fact]
    public void Run_SameRepetitionAtAnotherTp_SeesTheSameSinks()
    {
        // Common random numbers across a sweep's x-axis: the seed depends on the repetition only.
        var at10 = ExperimentRunner.Run(ScenarioFile.Load(_folder.QuickScenario()), jobs: 1);
        var at4 = ExperimentRunner.Run(ScenarioFile.Load(_folder.QuickScenario(), ["TpSeconds=4"]), jobs: 1);

        Assert.Equal(at10.Select(r => r.Sinks), at4.Select(r => r.Sinks));
        Assert.Equal(at10.Select(r => r.Baseline.RuntimeSeconds), at4.Select(r => r.Baseline.RuntimeSeconds));
    }

    [Fact]
    public void Tables_WrittenUnderAnotherCulture_AreByteIdentical()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario());
        var results = ExperimentRunner.Run(resolved, jobs: 1);
        var invariant = RunsCsv(resolved, results);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, RunsCsv(resolved, results));
            CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
            Assert.Equal(invariant, RunsCsv(resolved, results));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Contains((byte)'.', invariant);
    }

    private static byte[] RunsCsv(ResolvedScenario resolved, IReadOnlyList<RepetitionResult> results)
    {
        using var stream = new MemoryStream();
        ResultTables.Runs(SweepPlan.Of(resolved), [.. results.Select(r => ResultTables.UnitRows(0, r))]).WriteTo(stream);
        return stream.ToArray();
    }
}
