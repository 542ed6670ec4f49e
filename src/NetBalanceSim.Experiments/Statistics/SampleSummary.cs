namespace NetBalanceSim.Experiments.Statistics;

/// <summary>Mean, standard deviation and the two-sided 95% confidence interval of the mean of a sample.</summary>
/// <param name="Count">The sample size.</param>
/// <param name="Mean">The sample mean.</param>
/// <param name="StandardDeviation">The sample standard deviation (n - 1 in the denominator); NaN for one value.</param>
/// <param name="Ci95Low">Lower end of the Student-t 95% interval of the mean; NaN for one value.</param>
/// <param name="Ci95High">Upper end of the interval; NaN for one value.</param>
public readonly record struct SampleSummary(int Count, double Mean, double StandardDeviation, double Ci95Low, double Ci95High)
{
    /// <summary>Summarises <paramref name="values"/> (at least one).</summary>
    public static SampleSummary Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("An empty sample has no summary.", nameof(values));
        }
        var n = values.Count;
        var mean = values.Sum() / n;
        if (n == 1)
        {
            return new SampleSummary(1, mean, double.NaN, double.NaN, double.NaN);
        }
        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        var sd = Math.Sqrt(sumOfSquares / (n - 1));
        var halfWidth = StudentT.Quantile(0.975, n - 1) * sd / Math.Sqrt(n);
        return new SampleSummary(n, mean, sd, mean - halfWidth, mean + halfWidth);
    }
}
