using NetBalance;
using NetBalanceSim.Testbed.Tests.Experiment;

namespace NetBalanceSim.Testbed.Tests.Control;

public sealed class PredictionErrorMeterTests
{
    private static readonly TestbedRunSettings Settings = SmallTestbed.Settings();
    private static readonly TestbedCostModel Cost = new(Settings.Shape, Settings.Coordinator.TestbedCost);
    private static readonly Load[] Loads = SmallTestbed.Loads(Settings, 0, 35);
    private static readonly Placement Placement = SmallTestbed.InitialPlacement(Settings, Loads[0]);

    [Fact]
    public void An_exact_prediction_scores_zero_and_the_first_report_is_not_scored()
    {
        var meter = new PredictionErrorMeter(Cost);

        meter.OnReport(Loads[0], Loads[0], Placement);
        Assert.True(double.IsNaN(meter.DemandError));
        meter.OnReport(Loads[0], Loads[0], Placement);

        Assert.Equal(0, meter.DemandError);
        Assert.Equal(0, meter.TauError);
    }

    [Fact]
    public void A_prediction_that_misses_a_load_change_scores_its_relative_error()
    {
        // Report 1 predicts load 0 (last value); at report 2 the true load is load 1. Its errors are the mean over VMs
        // of |d0 - d1| / d1 and |tau0 - tau1| / tau1; report 3 predicts load 1 exactly: the means halve.
        var meter = new PredictionErrorMeter(Cost);
        var d0 = Cost.VmDemand(Loads[0], Placement);
        var d1 = Cost.VmDemand(Loads[1], Placement);
        var demandError = d0.Zip(d1, (p, t) => Math.Abs(p - t) / t).Average();
        var tauError = Math.Abs(Cost.Tau(Loads[0], Placement) - Cost.Tau(Loads[1], Placement)) / Cost.Tau(Loads[1], Placement);
        Assert.True(demandError > 0.01);

        meter.OnReport(Loads[0], Loads[0], Placement);
        meter.OnReport(Loads[1], Loads[1], Placement);
        Assert.Equal(demandError, meter.DemandError, 12);
        Assert.Equal(tauError, meter.TauError, 12);
        meter.OnReport(Loads[1], Loads[1], Placement);

        Assert.Equal(demandError / 2, meter.DemandError, 12);
        Assert.Equal(tauError / 2, meter.TauError, 12);
    }
}
