namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>One factor of the tornado: the metric with the factor at its low end, at the base point and at its high end.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="LowValue">The factor's low end as run.</param>
/// <param name="BaseValue">The scenario's value of the factor.</param>
/// <param name="HighValue">The factor's high end as run.</param>
/// <param name="MetricLow">The metric at the low end (every other factor at the base).</param>
/// <param name="MetricBase">The metric at the base point.</param>
/// <param name="MetricHigh">The metric at the high end.</param>
public sealed record TornadoRow(string Factor, double LowValue, double BaseValue, double HighValue, double MetricLow, double MetricBase, double MetricHigh)
{
    /// <summary>The swing |metric at high - metric at low|: the tornado's bar length and ranking.</summary>
    public double Swing => Math.Abs(MetricHigh - MetricLow);

    /// <summary>The rank by swing, 1 for the largest (0 before <see cref="Tornado.Rank"/>).</summary>
    public int Rank { get; init; }
}
