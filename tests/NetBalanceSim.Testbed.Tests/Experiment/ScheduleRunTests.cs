using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed.Tests.Experiment;

/// <summary>Runs over a <see cref="LoadSchedule"/>: loads change at the schedule's times and the run ends at its end.</summary>
public sealed class ScheduleRunTests
{
    private const ulong Seed = 5;

    [Fact]
    public void Run_ScheduleAtTheSinkSwitchsTimes_IsTheSinkSwitchRun()
    {
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35, 14);
        var start = SmallTestbed.InitialPlacement(settings, loads[0]);

        var uniform = new TestbedExperiment(settings, loads, start, Coordinator()).Run();
        var atTimes = new TestbedExperiment(settings, LoadSchedule.AtTimes(loads, [0, 120, 240], 360), start, Coordinator()).Run();

        Assert.Equal(uniform.Fingerprint, atTimes.Fingerprint);
        Assert.Equal(uniform.RuntimeSeconds, atTimes.RuntimeSeconds);
    }

    [Fact]
    public void Run_UnevenSegments_ChangesTheLoadAtEachStartAndEndsAtTheEnd()
    {
        // Static placement: R = sum over segments of length x tau(load, start) = 50 tau0 + 25 tau1 + 100 tau2.
        var settings = SmallTestbed.Settings();
        var loads = SmallTestbed.Loads(settings, 0, 35, 14);
        var start = SmallTestbed.InitialPlacement(settings, loads[0]);
        var cost = new TestbedCostModel(settings.Shape, settings.Coordinator.TestbedCost);

        var run = new TestbedExperiment(settings, LoadSchedule.AtTimes(loads, [0, 50, 75], 175), start, RunControl.Static).Run();

        Assert.Equal(175, run.VirtualDurationSeconds);
        Assert.Equal([50.0, 75], run.TauTrace.Where(p => p.Cause == "sinkChange").Select(p => p.VirtualSeconds));
        var expected = (50 * cost.Tau(loads[0], start)) + (25 * cost.Tau(loads[1], start)) + (100 * cost.Tau(loads[2], start));
        Assert.Equal(expected, run.RuntimeSeconds, 1e-9);
    }

    private static RunControl Coordinator() =>
        RunControl.Coordinator(new AnnealingStrategy(new AnnealerOptions()), new EngineRandomSource(new RandomStreams(Seed).Stream("annealer")));
}
