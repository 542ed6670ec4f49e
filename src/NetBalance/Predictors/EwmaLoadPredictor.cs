namespace NetBalance;

/// <summary>
/// An exponentially weighted moving average of the reports: each vnode's CPU and each link's rate
/// is <c>alpha * measured + (1 - alpha) * previous prediction</c>; the first report is taken as is.
/// </summary>
/// <remarks>An alternative to the paper's last-value predictor (DESIGN §3: predictors are pluggable). Keeps state; not thread-safe.</remarks>
public sealed class EwmaLoadPredictor : ILoadPredictor
{
    private double[]? cpu;
    private double[]? rates;

    /// <summary>Creates the predictor.</summary>
    /// <param name="alpha">The weight of the newest report, in (0, 1]; 1 is the last-value predictor.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is outside (0, 1].</exception>
    public EwmaLoadPredictor(double alpha)
    {
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie in (0, 1].");
        }

        Alpha = alpha;
    }

    /// <summary>Gets the weight of the newest report.</summary>
    public double Alpha { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The report's graph has another size than the earlier reports'.</exception>
    public Load Predict(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        if (cpu is null || rates is null)
        {
            cpu = measured.Cpu.ToArray();
            rates = measured.Rates.ToArray();
            return measured;
        }

        if (cpu.Length != measured.VnodeCount || rates.Length != measured.Graph.HalfEdgeCount)
        {
            throw new ArgumentException("The report's graph differs from the earlier reports'.", nameof(measured));
        }

        Blend(cpu, measured.Cpu);
        Blend(rates, measured.Rates);
        return new Load(measured.Graph, cpu, rates);
    }

    private void Blend(double[] state, double[] report)
    {
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = (Alpha * report[i]) + ((1 - Alpha) * state[i]);
        }
    }
}
