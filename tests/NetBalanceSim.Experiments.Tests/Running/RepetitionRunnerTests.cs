using System.Globalization;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Tests.Running;

public sealed class RepetitionRunnerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_OneJobOrTwo_GivesByteIdenticalRunsCsv()
    {
        var plan = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario()));

        var serial = RunsCsv(plan, SweepRunner.Run(plan, jobs: 1));
        var parallel = RunsCsv(plan, SweepRunner.Run(plan, jobs: 2));
        var again = RunsCsv(plan, SweepRunner.Run(plan, jobs: 2));

        Assert.Equal(serial, parallel);
        Assert.Equal(serial, again);
    }

    [Fact]
    public void Run_Repetitions_UseBaseSeedPlusIndexAndPairTheVariants()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["baseSeed=40"]);
        var topology = TopologyFile.Read(resolved.TopologyPath).Topology;

        var results = Enumerable.Range(0, 3).Select(r => RepetitionRunner.Run(resolved.Scenario, topology, r)).ToArray();

        Assert.Equal([40L, 41L, 42L], results.Select(r => r.RunSeed));
        Assert.All(results, r => Assert.Equal(4, r.Sinks.Count));
        Assert.All(results, r => Assert.Equal(r.NetBalance.VirtualDurationSeconds, r.Baseline.VirtualDurationSeconds));
        Assert.All(results, r => Assert.True(r.RelativeRuntime <= 1.0, $"repetition {r.Repetition}: {r.RelativeRuntime}"));
    }

    [Fact]
    public void Run_SameRepetitionAtAnotherTp_SeesTheSameSinks()
    {
        // Common random numbers across a sweep's x-axis: the seed depends on the repetition only.
        var at10 = ScenarioFile.Load(_folder.QuickScenario());
        var at4 = ScenarioFile.Load(_folder.QuickScenario(), ["TpSeconds=4"]);
        var topology = TopologyFile.Read(at10.TopologyPath).Topology;

        for (var r = 0; r < 3; r++)
        {
            var a = RepetitionRunner.Run(at10.Scenario, topology, r);
            var b = RepetitionRunner.Run(at4.Scenario, topology, r);
            Assert.Equal(a.Sinks, b.Sinks);
            Assert.Equal(a.Baseline.RuntimeSeconds, b.Baseline.RuntimeSeconds);
        }
    }

    [Fact]
    public void Tables_WrittenUnderAnotherCulture_AreByteIdentical()
    {
        var plan = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario()));
        var units = SweepRunner.Run(plan, jobs: 1);
        var invariant = RunsCsv(plan, units);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, RunsCsv(plan, units));
            CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
            Assert.Equal(invariant, RunsCsv(plan, units));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Contains((byte)'.', invariant);
    }

    private static byte[] RunsCsv(SweepPlan plan, IReadOnlyList<UnitResult> units)
    {
        using var stream = new MemoryStream();
        ResultTables.Runs(plan, units).WriteTo(stream);
        return stream.ToArray();
    }
}
