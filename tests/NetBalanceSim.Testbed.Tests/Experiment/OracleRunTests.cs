using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed.Tests.Experiment;

/// <summary>The oracle's run control: decisions at the instant of each load change, no To, chi over the true interval.</summary>
public sealed class OracleRunTests
{
    [Fact]
    public void Run_OneSinkChange_SuspendsAtTheChangeAndTheRuntimeIsTheSegmentsPlusTr()
    {
        // R = 120 tau0 + Tr + 120 tau2: no report delay and no To, unlike the coordinator (see TestbedExperimentTests).
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35);
        var start = SmallTestbed.InitialPlacement(settings, loads[0]);
        var cost = new TestbedCostModel(settings.Shape, settings.Coordinator.TestbedCost);

        var oracle = new TestbedExperiment(settings, loads, start, Oracle(seed: 3)).Run();

        Assert.Equal(1, oracle.ReplacementsDeployed);
        var change = Assert.Single(oracle.TauTrace, p => p.Cause == "sinkChange");
        var suspend = Assert.Single(oracle.TauTrace, p => p.Cause == "suspend");
        Assert.Equal(change.RealSeconds, suspend.RealSeconds);
        Assert.Equal(120, suspend.VirtualSeconds);
        var tau2 = Assert.Single(oracle.TauTrace, p => p.Cause == "resume").Tau;
        var expected = (120 * cost.Tau(loads[0], start)) + oracle.ReconfigurationSeconds + (120 * tau2);
        Assert.Equal(expected, oracle.RuntimeSeconds, 1e-9);
        Assert.True(oracle.MeanQualityAfterDeployment >= 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_SeveralSinkChanges_OracleNoSlowerThanTheAnnealingCoordinator(int seed)
    {
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35, 14, 21, 7);
        var start = SmallTestbed.InitialPlacement(settings, loads[0]);
        var annealer = new EngineRandomSource(new RandomStreams((ulong)seed).Stream("annealer"));

        var coordinator = new TestbedExperiment(settings, loads, start, annealer).Run();
        var oracle = new TestbedExperiment(settings, loads, start, Oracle(seed)).Run();

        Assert.True(oracle.RuntimeSeconds <= coordinator.RuntimeSeconds, $"oracle {oracle.RuntimeSeconds} s, coordinator {coordinator.RuntimeSeconds} s");
        Assert.Equal(loads.Length - 1, oracle.ReplacementsConsidered);
    }

    private static RunControl Oracle(int seed) =>
        RunControl.Oracle(new AnnealingFreshStrategy(new AnnealerOptions()), new MoveCountBudget(300 * 36), new EngineRandomSource(new RandomStreams((ulong)seed).Stream("oracle")));
}
