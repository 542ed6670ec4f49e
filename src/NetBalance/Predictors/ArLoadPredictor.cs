namespace NetBalance;

/// <summary>
/// An autoregressive predictor: every vnode's CPU and every link's rate is a series with its own AR(p) model with
/// intercept, refitted by least squares on all its reports so far, and predicted one report ahead
/// (<see cref="ArSeriesFit"/>).
/// </summary>
/// <remarks>
/// Dinda and O'Hallaron, "Host load prediction using linear models", Cluster Computing 3(4), 2000, recommend AR(16)
/// for host load sampled at 1 Hz; the reports here are a prediction window apart (10 s by default), hence the
/// smaller default order of the scenario key (docs/model.md, "Load predictors"). A series predicts its last value
/// until it has <c>2p + 2</c> reports, while it has been constant, while its last p + 1 reports are equal, or when its
/// fit is ill-conditioned; predictions are clamped at 0. Cost per report: O(p^2) per series to update its normal
/// equations and O(p^3) to solve them, O(1) per series whose last p + 1 reports are equal; nothing is allocated but
/// the returned load. Keeps state; not thread-safe.
/// </remarks>
public sealed class ArLoadPredictor : ILoadPredictor
{
    private ArSeriesFit[]? cpu;
    private ArSeriesFit[]? rates;
    private double[]? cpuPredicted;
    private double[]? ratesPredicted;

    /// <summary>Creates the predictor.</summary>
    /// <param name="order">The order p of every series' model, from 1 to <see cref="ArSeriesFit.MaxOrder"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is outside 1 .. <see cref="ArSeriesFit.MaxOrder"/>.</exception>
    public ArLoadPredictor(int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, ArSeriesFit.MaxOrder);
        Order = order;
    }

    /// <summary>Gets the order p.</summary>
    public int Order { get; }

    /// <summary>The memory the predictor keeps per series, in bytes: the normal equations, the lags, the prediction and object overhead.</summary>
    /// <param name="order">The order p.</param>
    /// <returns>About <c>8 ((p + 1)(p + 2) / 2 + 2p + 2) + 168</c> bytes.</returns>
    public static double StateBytesPerSeries(int order) => (8.0 * ((((order + 1.0) * (order + 2)) / 2) + (2.0 * order) + 2)) + 168;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The report's graph has another size than the earlier reports'.</exception>
    public Load Predict(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        if (cpu is null || rates is null || cpuPredicted is null || ratesPredicted is null)
        {
            cpu = NewFits(measured.VnodeCount);
            rates = NewFits(measured.Graph.HalfEdgeCount);
            cpuPredicted = new double[cpu.Length];
            ratesPredicted = new double[rates.Length];
        }

        LoadSeries.CheckSameSize(cpu.Length, rates.Length, measured);
        Step(cpu, measured.Cpu, cpuPredicted);
        Step(rates, measured.Rates, ratesPredicted);
        return new Load(measured.Graph, cpuPredicted, ratesPredicted);
    }

    /// <summary>The fit of vnode <paramref name="vnode"/>'s CPU series (for tests).</summary>
    internal ArSeriesFit CpuFit(int vnode) => (cpu ?? throw new InvalidOperationException("No report yet."))[vnode];

    /// <summary>The fit of half-edge <paramref name="halfEdge"/>'s rate series (for tests).</summary>
    internal ArSeriesFit RateFit(int halfEdge) => (rates ?? throw new InvalidOperationException("No report yet."))[halfEdge];

    private ArSeriesFit[] NewFits(int count)
    {
        var fits = new ArSeriesFit[count];
        for (var i = 0; i < count; i++)
        {
            fits[i] = new ArSeriesFit(Order);
        }

        return fits;
    }

    private static void Step(ArSeriesFit[] fits, double[] measured, double[] predicted)
    {
        for (var i = 0; i < fits.Length; i++)
        {
            fits[i].Add(measured[i]);
            predicted[i] = fits[i].PredictNext();
        }
    }
}
