using System.Globalization;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Statistics;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Sequential stopping (<c>--precision H</c>), as in Akaroa and ns-3 SEM's conditional runner: after each batch of
/// repetitions, the 95% half-width of every point's mean relative runtime is computed; while the worst exceeds
/// <see cref="HalfWidth"/> and the count is below <see cref="MaxRepetitions"/>, every point grows together to the count
/// <see cref="Next"/> estimates (at most twice the count per batch), so repetition r stays paired (seed baseSeed + r) at every point. H holds each point's
/// mean, not the paired differences between points (whose intervals are usually narrower).
/// </summary>
/// <param name="HalfWidth">The target H: the largest acceptable 95% half-width of a point's mean relative runtime (positive).</param>
/// <param name="MaxRepetitions">The most repetitions per point the run may reach.</param>
public sealed record PrecisionTarget(double HalfWidth, int MaxRepetitions)
{
    /// <summary>The default of <c>--max-reps</c>.</summary>
    public const int DefaultMaxRepetitions = 200;

    /// <summary>The margin on the estimated count: 10% more than the variance estimate says, since that estimate is itself noisy.</summary>
    public const double Margin = 1.1;

    /// <summary>The largest 95% half-width of the relative runtime's mean over the points; infinite when a point has fewer than two repetitions.</summary>
    /// <param name="units">The units run so far (NETbalance's row first in each).</param>
    /// <returns>The worst half-width.</returns>
    public static double WorstHalfWidth(IEnumerable<UnitResult> units)
    {
        var worst = 0.0;
        foreach (var (_, values) in PairedTable.ValuesByPoint(units, PairedTable.Metric).OrderBy(p => p.Key))
        {
            var known = values.OrderBy(v => v.Key).Select(v => v.Value).Where(double.IsFinite).ToList();
            if (known.Count == 0)
            {
                return double.PositiveInfinity;
            }
            var summary = SampleSummary.Of(known);
            var halfWidth = (summary.Ci95High - summary.Ci95Low) / 2;
            worst = double.IsNaN(halfWidth) ? double.PositiveInfinity : Math.Max(worst, halfWidth);
            if (double.IsPositiveInfinity(worst))
            {
                break;
            }
        }
        return worst;
    }

    /// <summary>
    /// The next repetition count, or null to stop (the worst half-width is at most H, or <paramref name="repetitions"/>
    /// reached <see cref="MaxRepetitions"/>). The worst point's standard deviation s = hw sqrt(n) / t(0.975, n - 1) gives
    /// the smallest count m with m >= 1.1 (t(0.975, m - 1) s / H)^2, where its half-width would be H with 10% to spare
    /// (found by bisection); the next count is that estimate, at least n + 1 and at most 2n (an estimate from few repetitions is
    /// noisy: growing at most twofold per batch bounds the overshoot), and at most the maximum. With an unknown
    /// half-width (one repetition), twice the count.
    /// </summary>
    /// <param name="repetitions">The repetitions per point so far.</param>
    /// <param name="worstHalfWidth">Their worst half-width (<see cref="WorstHalfWidth"/>).</param>
    /// <returns>The count to grow to, or null.</returns>
    public int? Next(int repetitions, double worstHalfWidth)
    {
        if (worstHalfWidth <= HalfWidth || repetitions >= MaxRepetitions)
        {
            return null;
        }
        var estimate = 2 * repetitions;
        if (double.IsFinite(worstHalfWidth) && repetitions > 1)
        {
            // The smallest m in (n, max] with m >= 1.1 (t(0.975, m - 1) s / H)^2: the right side falls as m grows, so bisect.
            var sd = worstHalfWidth * Math.Sqrt(repetitions) / StudentT.Quantile(0.975, repetitions - 1);
            bool Enough(int m) => m >= Margin * Math.Pow(StudentT.Quantile(0.975, m - 1) * sd / HalfWidth, 2);
            int low = repetitions + 1, high = MaxRepetitions;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (Enough(middle))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }
            estimate = low;
        }
        return Math.Min(MaxRepetitions, Math.Min(2 * repetitions, Math.Max(repetitions + 1, estimate)));
    }

    /// <summary>The target as the journal key's suffix: a run with another target does not resume this one's journal.</summary>
    /// <returns>Text such as <c>precision-0.01-max-200</c>.</returns>
    public string Key() => string.Create(CultureInfo.InvariantCulture, $"precision-{HalfWidth:R}-max-{MaxRepetitions}");
}
