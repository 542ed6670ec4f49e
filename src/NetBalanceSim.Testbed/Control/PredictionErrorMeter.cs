using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The load predictor's error as the coordinator sees it: at every report after the first, the per-VM demand and tau
/// predicted at the previous report are compared with those of the true load now (without monitor noise), both under
/// the placement the previous decision left in effect; reported as mean absolute percentage errors over the reports.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors". The per-VM error of a report is the mean over the VMs with a
/// positive true demand of <c>|predicted - true| / true</c>. A prediction that is the true load itself (the same
/// object: last value, no noise, no change) scores 0 without being evaluated. Not thread-safe.
/// </remarks>
internal sealed class PredictionErrorMeter(TestbedCostModel costModel)
{
    private Load? _predicted;
    private Placement? _placement;
    private double _demandErrorSum;
    private double _tauErrorSum;
    private int _reports;

    /// <summary>Gets the mean absolute percentage error of the per-VM demand (a fraction), or NaN before two reports.</summary>
    public double DemandError => _reports > 0 ? _demandErrorSum / _reports : double.NaN;

    /// <summary>Gets the mean absolute percentage error of tau (a fraction), or NaN before two reports.</summary>
    public double TauError => _reports > 0 ? _tauErrorSum / _reports : double.NaN;

    /// <summary>Scores the previous report's prediction against the true load now, then keeps this report's.</summary>
    /// <param name="trueLoad">The load the workload generates now.</param>
    /// <param name="predicted">The load predicted at this report for the next window.</param>
    /// <param name="placement">The placement in effect after this report's decision.</param>
    public void OnReport(Load trueLoad, Load predicted, Placement placement)
    {
        if (_predicted is not null && _placement is not null)
        {
            Score(trueLoad);
        }

        _predicted = predicted;
        _placement = placement;
    }

    private void Score(Load trueLoad)
    {
        _reports++;
        if (ReferenceEquals(trueLoad, _predicted))
        {
            return;
        }

        var predictedDemand = costModel.VmDemand(_predicted!, _placement!);
        var trueDemand = costModel.VmDemand(trueLoad, _placement!);
        var sum = 0.0;
        var vms = 0;
        for (var m = 0; m < trueDemand.Length; m++)
        {
            if (trueDemand[m] > 0)
            {
                sum += Math.Abs(predictedDemand[m] - trueDemand[m]) / trueDemand[m];
                vms++;
            }
        }

        _demandErrorSum += vms > 0 ? sum / vms : 0;
        var trueTau = costModel.Tau(trueLoad, _placement!, trueDemand);
        var predictedTau = costModel.Tau(_predicted!, _placement!, predictedDemand);
        _tauErrorSum += Math.Abs(predictedTau - trueTau) / trueTau;
    }
}
