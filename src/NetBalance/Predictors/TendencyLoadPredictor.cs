namespace NetBalance;

/// <summary>
/// A dynamic tendency predictor with different rising and falling behaviour: after a rise it adds an increment
/// that adapts toward the rises seen, after a fall it removes a fraction that adapts toward the relative falls
/// seen, and after no change it predicts the last value.
/// </summary>
/// <remarks>
/// <para>
/// Our reading of the "mixed" dynamic tendency predictor of Yang, Foster and Schopf, "Homeostatic and
/// tendency-based CPU load predictions", IPDPS 2003 (increment constant when rising, decrement factor when
/// falling). Per series, with adapt degree <c>a</c>, increment <c>I</c> and decrement factor <c>D</c> (both 0 at
/// the first report, whose prediction is the report itself), at report t with <c>d = x[t] - x[t-1]</c>:
/// </para>
/// <list type="bullet">
/// <item><c>d &gt; 0</c>: <c>I := I + a (d - I)</c>, then <c>P[t+1] = x[t] + I</c>;</item>
/// <item><c>d &lt; 0</c>: <c>D := D + a ((x[t-1] - x[t]) / x[t-1] - D)</c>, then <c>P[t+1] = x[t] (1 - D)</c>;</item>
/// <item><c>d = 0</c>: <c>P[t+1] = x[t]</c>, I and D unchanged.</item>
/// </list>
/// <para>
/// I stays at least 0 and D within [0, 1] (each moves toward a rise, or a relative fall in (0, 1]), so predictions
/// are never negative. <c>a = 0</c> is the last-value predictor; <c>a = 1</c> repeats the last rise, or the last
/// relative fall. The adaptation comes before the prediction, so the change just reported counts. Per report
/// O(1) per series; nothing is allocated but the returned load. Keeps state; not thread-safe.
/// </para>
/// </remarks>
public sealed class TendencyLoadPredictor : ILoadPredictor
{
    private SeriesState[]? cpu;
    private SeriesState[]? rates;
    private double[]? cpuPredicted;
    private double[]? ratesPredicted;

    /// <summary>Creates the predictor.</summary>
    /// <param name="adaptDegree">How far the increment and the decrement factor move toward each new change, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="adaptDegree"/> is outside [0, 1].</exception>
    public TendencyLoadPredictor(double adaptDegree)
    {
        if (!(adaptDegree >= 0 && adaptDegree <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(adaptDegree), adaptDegree, "adaptDegree must lie in [0, 1].");
        }

        AdaptDegree = adaptDegree;
    }

    /// <summary>Gets how far the increment and the decrement factor move toward each new change.</summary>
    public double AdaptDegree { get; }

    /// <summary>The memory the predictor keeps per series, in bytes: last value, increment, decrement factor and the prediction.</summary>
    public const double StateBytesPerSeries = 32;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The report's graph has another size than the earlier reports'.</exception>
    public Load Predict(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        if (cpu is null || rates is null || cpuPredicted is null || ratesPredicted is null)
        {
            cpu = First(measured.Cpu);
            rates = First(measured.Rates);
            cpuPredicted = new double[cpu.Length];
            ratesPredicted = new double[rates.Length];
            return measured;
        }

        LoadSeries.CheckSameSize(cpu.Length, rates.Length, measured);
        Step(cpu, measured.Cpu, cpuPredicted);
        Step(rates, measured.Rates, ratesPredicted);
        return new Load(measured.Graph, cpuPredicted, ratesPredicted);
    }

    private static SeriesState[] First(double[] values)
    {
        var states = new SeriesState[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            states[i].Last = values[i];
        }

        return states;
    }

    private void Step(SeriesState[] states, double[] measured, double[] predicted)
    {
        for (var i = 0; i < states.Length; i++)
        {
            ref var state = ref states[i];
            var value = measured[i];
            var change = value - state.Last;
            if (change > 0)
            {
                state.Increment += AdaptDegree * (change - state.Increment);
                predicted[i] = value + state.Increment;
            }
            else if (change < 0)
            {
                state.DecrementFactor += AdaptDegree * ((-change / state.Last) - state.DecrementFactor);
                predicted[i] = Math.Max(0, value * (1 - state.DecrementFactor));
            }
            else
            {
                predicted[i] = value;
            }

            state.Last = value;
        }
    }

    /// <summary>One series: its last report, its increment I and its decrement factor D.</summary>
    private struct SeriesState
    {
        public double Last;
        public double Increment;
        public double DecrementFactor;
    }
}
