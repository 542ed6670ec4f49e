using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed.Tests.Experiment;

public sealed class TestbedExperimentTests
{
    [Fact]
    public void Run_LoadNeverChanges_MigratesNothingAndTakesTheSameTime()
    {
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 5, 5, 5, 5);

        var (with, without) = SmallTestbed.RunBoth(settings, loads, seed: 1);

        Assert.Equal(0, with.ReplacementsDeployed);
        Assert.Equal(0, with.Migrations);
        Assert.Equal(4 * 120 / 10 - 1, with.Reports);
        Assert.Equal(without.RuntimeSeconds, with.RuntimeSeconds);
        Assert.Equal(1.0, with.RuntimeSeconds / without.RuntimeSeconds);
    }

    [Fact]
    public void Run_WithoutNetBalance_RuntimeIsTheSumOfIntervalTimesTau()
    {
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35, 14);
        var start = SmallTestbed.InitialPlacement(settings, loads[0]);
        var cost = new TestbedCostModel(settings.Shape, settings.Coordinator.TestbedCost);

        var without = new TestbedExperiment(settings, loads, start, annealerRandom: null).Run();

        var expected = loads.Sum(load => 120 * cost.Tau(load, start));
        Assert.Equal(expected, without.RuntimeSeconds, 1e-9);
        Assert.Equal(0, without.Reports);
    }

    [Fact]
    public void Run_OneSinkChange_RuntimeIsTheSumOfSegmentsPlusTr()
    {
        // Segment 1: 120 virtual s at tau0 = tau(phi0, load0). At virtual 120 the sink moves to the far corner:
        // tau1 = tau(phi0, load1). The report at 120 starts a search; the experiment runs To = 1 real s at tau1
        // (1 / tau1 virtual s), is suspended for Tr, and runs the remaining 120 - 1 / tau1 virtual s at
        // tau2 = tau(phi', load1). R = 120 tau0 + To + Tr + (120 - To / tau1) tau2.
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35);
        var start = SmallTestbed.InitialPlacement(settings, loads[0]);
        var cost = new TestbedCostModel(settings.Shape, settings.Coordinator.TestbedCost);
        var random = new EngineRandomSource(new RandomStreams(3).Stream("annealer"));

        var with = new TestbedExperiment(settings, loads, start, random).Run();

        Assert.Equal(1, with.ReplacementsDeployed);
        var tau0 = cost.Tau(loads[0], start);
        var tau1 = cost.Tau(loads[1], start);
        var resume = Assert.Single(with.TauTrace, p => p.Cause == "resume");
        var tau2 = resume.Tau;
        Assert.True(tau2 < tau1, $"the re-placement should help: {tau2} vs {tau1}");
        var expected = (120 * tau0) + 1 + with.ReconfigurationSeconds + ((120 - (1 / tau1)) * tau2);
        Assert.Equal(expected, with.RuntimeSeconds, 1e-9);
        Assert.Equal(120 * tau0 + 1, resume.RealSeconds - with.ReconfigurationSeconds, 1e-9);
    }

    [Fact]
    public void Run_ExactPredictions_NeverSlowerWithNetBalance_Over20Seeds()
    {
        // The chi hysteresis: a placement is deployed only if it pays for its migration within Tp.
        var settings = SmallTestbed.Settings();
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var sinks = SinkSequence.Draw(SmallTestbed.Grid.NodeCount, changes: 4, new RandomStreams(seed).Stream("sinks"));
            var loads = SmallTestbed.Loads(settings, sinks);

            var (with, without) = SmallTestbed.RunBoth(settings, loads, seed);

            Assert.True(with.RuntimeSeconds <= without.RuntimeSeconds, $"seed {seed}: {with.RuntimeSeconds} > {without.RuntimeSeconds}");
        }
    }

    [Fact]
    public void Run_SameInputsTwice_GivesTheSameFingerprintAndRuntime()
    {
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35, 7);

        var first = SmallTestbed.RunBoth(settings, loads, seed: 4).With;
        var second = SmallTestbed.RunBoth(settings, loads, seed: 4).With;

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(first.RuntimeSeconds, second.RuntimeSeconds);
        Assert.Equal(first.TauTrace, second.TauTrace);
    }

    [Fact]
    public void Run_ReportsAtSinkChanges_SeeTheNewLoad()
    {
        // Tp = interval: every report coincides with a sink change and must already carry its load,
        // so the run with NETbalance searches at every change.
        var settings = SmallTestbed.Settings(tpSeconds: 10, toSeconds: 0.125, sinkIntervalSeconds: 10);
        var loads = SmallTestbed.Loads(settings, 0, 35, 5, 30, 0);

        var (with, _) = SmallTestbed.RunBoth(settings, loads, seed: 2);

        Assert.Equal(4, with.Reports);
        Assert.Equal(4, with.ReplacementsConsidered);
    }
}
