namespace NetBalance;

/// <summary>
/// A moving-window mean: every vnode's CPU and every link's rate is predicted as the mean of its last k reports
/// (of all reports while fewer than k have come).
/// </summary>
/// <remarks>
/// One of the simple predictors Dinda and O'Hallaron ("Host load prediction using linear models", Cluster Computing
/// 3(4), 2000) compare AR models with: their BM(p), the mean of the last p measurements, with the window fixed here. The last k reports of every series are kept in
/// one ring buffer; each report costs O(k) per series (the sum is recomputed, oldest report first, so a series that
/// returns to 0 predicts exactly 0) and allocates nothing but the returned load. Keeps state; not thread-safe.
/// </remarks>
public sealed class WindowMeanLoadPredictor : ILoadPredictor
{
    /// <summary>The largest window accepted, in reports (the state holds k values per series).</summary>
    public const int MaxReports = 100;

    private double[]? cpuRing;
    private double[]? rateRing;
    private double[]? cpuPredicted;
    private double[]? ratesPredicted;
    private int filled;
    private int next;

    /// <summary>Creates the predictor.</summary>
    /// <param name="reports">The window k in reports, from 1 (the last-value predictor) to <see cref="MaxReports"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reports"/> is outside 1 .. <see cref="MaxReports"/>.</exception>
    public WindowMeanLoadPredictor(int reports)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reports, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reports, MaxReports);
        Reports = reports;
    }

    /// <summary>Gets the window k in reports.</summary>
    public int Reports { get; }

    /// <summary>The memory the predictor keeps per series, in bytes: k reports and the prediction.</summary>
    /// <param name="reports">The window k in reports.</param>
    /// <returns><c>8 (k + 1)</c> bytes.</returns>
    public static double StateBytesPerSeries(int reports) => 8.0 * (reports + 1);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The report's graph has another size than the earlier reports'.</exception>
    public Load Predict(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        if (cpuRing is null || rateRing is null || cpuPredicted is null || ratesPredicted is null)
        {
            cpuPredicted = new double[measured.VnodeCount];
            ratesPredicted = new double[measured.Graph.HalfEdgeCount];
            cpuRing = new double[cpuPredicted.Length * Reports];
            rateRing = new double[ratesPredicted.Length * Reports];
        }

        LoadSeries.CheckSameSize(cpuPredicted.Length, ratesPredicted.Length, measured);
        filled = Math.Min(filled + 1, Reports);
        Step(cpuRing, measured.Cpu, cpuPredicted);
        Step(rateRing, measured.Rates, ratesPredicted);
        next = (next + 1) % Reports;
        return new Load(measured.Graph, cpuPredicted, ratesPredicted);
    }

    /// <summary>Stores the report in slot <see cref="next"/> of each series' ring and averages the filled slots.</summary>
    private void Step(double[] ring, double[] measured, double[] predicted)
    {
        var oldest = filled < Reports ? 0 : (next + 1) % Reports;
        for (var s = 0; s < measured.Length; s++)
        {
            var start = s * Reports;
            ring[start + next] = measured[s];
            var sum = 0.0;
            for (var i = 0; i < filled; i++)
            {
                sum += ring[start + ((oldest + i) % Reports)];
            }

            predicted[s] = sum / filled;
        }
    }
}
