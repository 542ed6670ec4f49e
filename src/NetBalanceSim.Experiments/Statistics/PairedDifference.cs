namespace NetBalanceSim.Experiments.Statistics;

/// <summary>
/// The paired difference b - a of two points' per-repetition values, matched by repetition index: repetition r ran with
/// seed baseSeed + r at both points (the same sinks, and the same initial placement where the testbed agrees), so the
/// noise the two share cancels in the difference and its interval is narrower than the unpaired one.
/// </summary>
/// <param name="MeanA">The mean of a over the paired repetitions; NaN when none is paired.</param>
/// <param name="MeanB">The mean of b over the paired repetitions; NaN when none is paired.</param>
/// <param name="Difference">The summary of the differences b_r - a_r: n, mean, sd and Student-t 95% interval (n - 1 degrees of freedom).</param>
public readonly record struct PairedDifference(double MeanA, double MeanB, SampleSummary Difference)
{
    /// <summary>The number of paired repetitions.</summary>
    public int Count => Difference.Count;

    /// <summary>
    /// Pairs <paramref name="a"/> and <paramref name="b"/> by repetition: only the repetitions present in both, with a
    /// known (not NaN) value in both, in increasing repetition order.
    /// </summary>
    /// <param name="a">Point a's value of each repetition, by repetition index.</param>
    /// <param name="b">Point b's value of each repetition, by repetition index.</param>
    /// <returns>The paired difference; with no common repetition, a count of 0 and NaN everywhere.</returns>
    public static PairedDifference Of(IReadOnlyDictionary<int, double> a, IReadOnlyDictionary<int, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var common = a.Keys.Where(r => b.ContainsKey(r) && !double.IsNaN(a[r]) && !double.IsNaN(b[r])).Order().ToArray();
        if (common.Length == 0)
        {
            return new PairedDifference(double.NaN, double.NaN, new SampleSummary(0, double.NaN, double.NaN, double.NaN, double.NaN));
        }
        var differences = common.Select(r => b[r] - a[r]).ToArray();
        return new PairedDifference(
            common.Select(r => a[r]).Sum() / common.Length,
            common.Select(r => b[r]).Sum() / common.Length,
            SampleSummary.Of(differences));
    }

    /// <summary>
    /// The Welch (unpaired) 95% interval of mean(b) - mean(a), each sample taken whole, for contrast with the paired one:
    /// it ignores the pairing, so the shared noise stays in it.
    /// </summary>
    /// <param name="a">Point a's values (NaN ignored).</param>
    /// <param name="b">Point b's values (NaN ignored).</param>
    /// <returns>The difference of the means and the interval's ends (NaN ends with fewer than two values on a side or no spread).</returns>
    public static (double Mean, double Ci95Low, double Ci95High) Unpaired(IEnumerable<double> a, IEnumerable<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.Where(v => !double.IsNaN(v)).ToArray();
        var y = b.Where(v => !double.IsNaN(v)).ToArray();
        if (x.Length == 0 || y.Length == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }
        var sx = SampleSummary.Of(x);
        var sy = SampleSummary.Of(y);
        var mean = sy.Mean - sx.Mean;
        var vx = sx.Count > 1 ? sx.StandardDeviation * sx.StandardDeviation / sx.Count : double.NaN;
        var vy = sy.Count > 1 ? sy.StandardDeviation * sy.StandardDeviation / sy.Count : double.NaN;
        var variance = vx + vy;
        if (!(variance > 0))
        {
            return (mean, double.NaN, double.NaN);
        }
        // Welch-Satterthwaite degrees of freedom.
        var df = variance * variance / ((vx * vx / (sx.Count - 1)) + (vy * vy / (sy.Count - 1)));
        var halfWidth = StudentT.Quantile(0.975, df) * Math.Sqrt(variance);
        return (mean, mean - halfWidth, mean + halfWidth);
    }
}
