namespace NetBalance;

/// <summary>
/// Geometric cooling over the budget: <c>T(p) = T0 * ratio^p</c> for the fraction p of the budget
/// used, so move-count and wall-clock budgets cool alike. T0 is calibrated from sampled worsening
/// deltas so that an average one is accepted with a set probability (docs/model.md).
/// </summary>
internal sealed class CoolingSchedule(double initialTemperature, double finalRatio)
{
    public double InitialTemperature { get; } = initialTemperature;

    public double At(double progress) => InitialTemperature * Math.Pow(finalRatio, Math.Clamp(progress, 0, 1));

    /// <summary>Sets T0 from the mean worsening delta: <c>exp(-mean / T0) = acceptance</c>.</summary>
    public static CoolingSchedule Calibrated(double meanWorsening, double acceptance, double finalRatio, double energyScale)
    {
        var t0 = meanWorsening > 0 ? -meanWorsening / Math.Log(acceptance) : 1e-6 * Math.Max(1, Math.Abs(energyScale));
        return new CoolingSchedule(t0, finalRatio);
    }
}
