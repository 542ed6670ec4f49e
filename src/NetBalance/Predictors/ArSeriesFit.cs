namespace NetBalance;

/// <summary>
/// An autoregressive model of order p with an intercept, fitted online by least squares to one series:
/// <c>x[t] = c + a1 x[t-1] + ... + ap x[t-p] + e[t]</c>, refitted on every value seen so far.
/// </summary>
/// <remarks>
/// <para>
/// Dinda and O'Hallaron, "Host load prediction using linear models", Cluster Computing 3(4), 2000: AR models
/// predict host load well at low cost. The fit keeps the normal equations <c>(Z'Z) beta = Z'x</c> over the rows
/// <c>z[t] = (1, x[t-1], ..., x[t-p])</c>, <c>t = p .. n-1</c>, and adds each new row in O(p^2). A prediction
/// solves them by Cholesky after Jacobi scaling (every diagonal entry brought to 1) with a ridge of
/// <see cref="Ridge"/> on the scaled diagonal, so columns of very different magnitude (an intercept of 1 beside
/// rates of thousands of Mbit/s) and nearly collinear columns (piecewise-constant loads) still solve stably; the
/// solve allocates nothing.
/// </para>
/// <para>
/// The prediction falls back to the last value while fewer than <c>2p + 2</c> values were seen (fewer rows than
/// twice the parameters), while every value so far is the same, or when the scaled system has a pivot below
/// <see cref="MinPivot"/> or the result is not finite. A forecast is clipped to the range of the values seen so far
/// widened by its width on either side, and at 0 (loads are non-negative): a fit on a noisy step series can be
/// unstable and would otherwise extrapolate without bound (seen on the hotspots workload at noise 0.5). While the
/// last p + 1 values are equal the newest row is (1, c, ..., c) with target c and the prediction is c itself: such
/// rows are only counted, and added at once (O(p^2)) when the value changes, so a series costs O(1) per value
/// between load changes, as piecewise-constant loads are most of the time. Not thread-safe.
/// </para>
/// </remarks>
public sealed class ArSeriesFit
{
    /// <summary>The largest order accepted (the state grows as the square of the order).</summary>
    public const int MaxOrder = 32;

    /// <summary>The ridge added to the diagonal of the Jacobi-scaled normal equations.</summary>
    public const double Ridge = 1e-9;

    /// <summary>The smallest pivot of the scaled Cholesky factorisation accepted (below it: last value).</summary>
    public const double MinPivot = 1e-12;

    private readonly double[] normal;
    private readonly double[] moment;
    private readonly double[] lags;
    private long pendingConstantRows;
    private long runLength;
    private double lowest = double.PositiveInfinity;
    private double highest = double.NegativeInfinity;

    /// <summary>Creates an empty fit.</summary>
    /// <param name="order">The order p, from 1 to <see cref="MaxOrder"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is outside 1 .. <see cref="MaxOrder"/>.</exception>
    public ArSeriesFit(int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxOrder);
        Order = order;
        var size = order + 1;
        normal = new double[size * (size + 1) / 2];
        moment = new double[size];
        lags = new double[order];
    }

    /// <summary>Gets the order p.</summary>
    public int Order { get; }

    /// <summary>Gets how many values were added.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the newest value (0 before the first).</summary>
    public double Last { get; private set; }

    /// <summary>Gets whether every value added so far is the same (true while empty).</summary>
    public bool IsConstant => runLength == Count;

    /// <summary>Gets whether the last p + 1 values are equal, so the prediction is the last value without a fit.</summary>
    public bool IsFlat => runLength > Order;

    /// <summary>Gets whether enough values were seen to fit: at least <c>2p + 2</c>.</summary>
    public bool HasEnoughValues => Count >= (2L * Order) + 2;

    /// <summary>Adds the next value of the series.</summary>
    /// <param name="value">The value; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Values must be finite.");
        }

        if (Count > 0 && value != Last)
        {
            AddConstantRows(normal, moment, pendingConstantRows, Last);
            pendingConstantRows = 0;
            runLength = 0;
        }

        runLength++;
        if (Count >= Order)
        {
            if (runLength > Order)
            {
                pendingConstantRows++;
            }
            else
            {
                AddRow(value);
            }
        }

        ShiftLags(value);
        Last = value;
        lowest = Math.Min(lowest, value);
        highest = Math.Max(highest, value);
        Count++;
    }

    /// <summary>Fits the model to the values so far.</summary>
    /// <param name="coefficients">Receives the intercept c, then a1 .. ap; at least <see cref="Order"/> + 1 long.</param>
    /// <returns>False (and <paramref name="coefficients"/> unspecified) when too few values, a constant series, or an ill-conditioned system.</returns>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is too short.</exception>
    public bool TryFit(Span<double> coefficients)
    {
        var size = Order + 1;
        if (coefficients.Length < size)
        {
            throw new ArgumentException($"Expected at least {size} coefficients.", nameof(coefficients));
        }

        if (!HasEnoughValues || IsConstant)
        {
            return false;
        }

        Span<double> matrix = stackalloc double[normal.Length];
        Span<double> scratch = stackalloc double[2 * size];
        var solution = coefficients[..size];
        normal.CopyTo(matrix);
        moment.CopyTo(solution);
        AddConstantRows(matrix, solution, pendingConstantRows, Last);
        return CholeskySolver.TrySolveScaled(matrix, solution, size, Ridge, MinPivot, scratch);
    }

    /// <summary>Predicts the next value: the fitted model one step ahead, or the last value (see remarks of the class).</summary>
    /// <returns>The prediction, at least 0 when the values are.</returns>
    public double PredictNext()
    {
        if (IsFlat)
        {
            return Last;
        }

        Span<double> beta = stackalloc double[Order + 1];
        if (!TryFit(beta))
        {
            return Last;
        }

        var prediction = beta[0];
        for (var i = 0; i < Order; i++)
        {
            prediction += beta[i + 1] * lags[i];
        }

        var width = highest - lowest;
        return double.IsFinite(prediction) ? Math.Clamp(prediction, Math.Max(0, lowest - width), highest + width) : Last;
    }

    /// <summary>Adds the row (1, lags) with target <paramref name="target"/> to the normal equations (lower triangle packed by rows).</summary>
    private void AddRow(double target)
    {
        var size = Order + 1;
        var k = 0;
        for (var i = 0; i < size; i++)
        {
            var zi = i == 0 ? 1.0 : lags[i - 1];
            moment[i] += zi * target;
            for (var j = 0; j <= i; j++)
            {
                normal[k++] += zi * (j == 0 ? 1.0 : lags[j - 1]);
            }
        }
    }

    /// <summary>Adds <paramref name="rows"/> rows (1, c, ..., c) with target c to the normal equations <paramref name="matrix"/>, <paramref name="vector"/>.</summary>
    private void AddConstantRows(Span<double> matrix, Span<double> vector, long rows, double c)
    {
        if (rows == 0)
        {
            return;
        }

        var size = Order + 1;
        var k = 0;
        for (var i = 0; i < size; i++)
        {
            var zi = i == 0 ? 1.0 : c;
            vector[i] += rows * zi * c;
            for (var j = 0; j <= i; j++)
            {
                matrix[k++] += rows * zi * (j == 0 ? 1.0 : c);
            }
        }
    }

    /// <summary>lags[0] is x[t-1] for the next row, lags[p-1] is x[t-p].</summary>
    private void ShiftLags(double value)
    {
        for (var i = lags.Length - 1; i > 0; i--)
        {
            lags[i] = lags[i - 1];
        }

        lags[0] = value;
    }
}
