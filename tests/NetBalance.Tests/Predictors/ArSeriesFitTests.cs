namespace NetBalance.Tests.Predictors;

public sealed class ArSeriesFitTests
{
    private const ulong Seed = 42;

    [Fact]
    public void Fit_NoiselessAr1_IsExactAfterTwoPPlusTwoValues()
    {
        // x[t] = 2 + 0.5 x[t-1] from 0: 0, 2, 3, 3.5. Order 1 needs 2p + 2 = 4 values; before that, the last value.
        // Rows (1, 0) -> 2, (1, 2) -> 3, (1, 3) -> 3.5 fit exactly c = 2, a1 = 0.5; next = 2 + 0.5 x 3.5 = 3.75.
        var fit = new ArSeriesFit(1);
        fit.Add(0);
        fit.Add(2);
        fit.Add(3);
        Assert.Equal(3, fit.PredictNext());

        fit.Add(3.5);
        Span<double> beta = stackalloc double[2];

        Assert.True(fit.TryFit(beta));
        Assert.Equal(2, beta[0], 6);
        Assert.Equal(0.5, beta[1], 6);
        Assert.Equal(3.75, fit.PredictNext(), 6);
    }

    [Fact]
    public void Fit_SyntheticAr2_RecoversItsCoefficients()
    {
        // x[t] = 10 + 0.6 x[t-1] - 0.3 x[t-2] + e, e uniform in [-1, 1] (sd 0.58), 20,000 values from a fixed seed.
        // The estimates' standard errors are about 0.007 for a1 and a2 and 0.1 for c, so the tolerances below are
        // more than 5 of them (and the seed is fixed, so the numbers cannot change from run to run).
        const double C = 10, A1 = 0.6, A2 = -0.3;
        var random = new Xoshiro256StarStarRandom(Seed);
        var fit = new ArSeriesFit(2);
        double previous = 0, beforePrevious = 0;
        for (var t = 0; t < 20_000; t++)
        {
            var x = C + (A1 * previous) + (A2 * beforePrevious) + ((2 * random.NextDouble()) - 1);
            fit.Add(x);
            (beforePrevious, previous) = (previous, x);
        }

        Span<double> beta = stackalloc double[3];

        Assert.True(fit.TryFit(beta));
        Assert.Equal(C, beta[0], 0.5);
        Assert.Equal(A1, beta[1], 0.04);
        Assert.Equal(A2, beta[2], 0.04);
    }

    [Fact]
    public void Fit_HigherOrderOnAr2_GivesTheExtraLagsAboutZero()
    {
        var random = new Xoshiro256StarStarRandom(Seed);
        var fit = new ArSeriesFit(4);
        double previous = 0, beforePrevious = 0;
        for (var t = 0; t < 20_000; t++)
        {
            var x = 10 + (0.6 * previous) - (0.3 * beforePrevious) + ((2 * random.NextDouble()) - 1);
            fit.Add(x);
            (beforePrevious, previous) = (previous, x);
        }

        Span<double> beta = stackalloc double[5];

        Assert.True(fit.TryFit(beta));
        Assert.Equal(0.6, beta[1], 0.04);
        Assert.Equal(-0.3, beta[2], 0.04);
        Assert.Equal(0, beta[3], 0.04);
        Assert.Equal(0, beta[4], 0.04);
    }

    [Fact]
    public void Fit_ConstantThenChanging_MatchesOrdinaryLeastSquaresByFormula()
    {
        // Order 1 on 5, 5, 5, 5, 5, 7, 8, 8.5, 9: the rows are (x[t-1], x[t]) = (5, 5) four times, (5, 7), (7, 8),
        // (8, 8.5), (8.5, 9); the constant rows are added at once when 7 arrives. Simple regression by formula:
        // a1 = Sxy / Sxx, c = mean(y) - a1 mean(x).
        double[] series = [5, 5, 5, 5, 5, 7, 8, 8.5, 9];
        var fit = new ArSeriesFit(1);
        foreach (var value in series)
        {
            fit.Add(value);
        }

        var x = series[..^1];
        var y = series[1..];
        var (meanX, meanY) = (x.Average(), y.Average());
        var sxy = x.Zip(y, (u, v) => (u - meanX) * (v - meanY)).Sum();
        var sxx = x.Sum(u => (u - meanX) * (u - meanX));
        var a1 = sxy / sxx;
        Span<double> beta = stackalloc double[2];

        Assert.True(fit.TryFit(beta));
        Assert.Equal(a1, beta[1], 6);
        Assert.Equal(meanY - (a1 * meanX), beta[0], 5);
        Assert.Equal(beta[0] + (beta[1] * 9), fit.PredictNext(), 9);
    }

    [Fact]
    public void Fit_ConstantSeries_PredictsTheValueWithoutFitting()
    {
        var fit = new ArSeriesFit(2);
        for (var t = 0; t < 50; t++)
        {
            fit.Add(4.25);
        }

        Span<double> beta = stackalloc double[3];

        Assert.True(fit.IsConstant);
        Assert.False(fit.TryFit(beta));
        Assert.Equal(4.25, fit.PredictNext());
    }

    [Fact]
    public void Fit_StepSeries_PredictsTheNewLevelOncePPlusOneValuesAreEqual()
    {
        // Order 2 on 1 (x 6), 2 (x 6), 4 (x 3): once the last 3 values are 4 the series is flat and predicts 4 exactly.
        var fit = new ArSeriesFit(2);
        foreach (var value in Enumerable.Repeat(1.0, 6).Concat(Enumerable.Repeat(2.0, 6)).Concat(Enumerable.Repeat(4.0, 3)))
        {
            fit.Add(value);
        }

        Span<double> beta = stackalloc double[3];

        Assert.True(fit.IsFlat);
        Assert.False(fit.IsConstant);
        Assert.True(fit.TryFit(beta));
        Assert.Equal(4, fit.PredictNext());
    }

    [Fact]
    public void Fit_SteadyFallToZero_IsClampedAtZero()
    {
        // 100, 80, 60, 40, 20, 0 fits x[t] = -20 + x[t-1] exactly: the model says -20 next, the prediction says 0.
        var fit = new ArSeriesFit(1);
        foreach (var value in new double[] { 100, 80, 60, 40, 20, 0 })
        {
            fit.Add(value);
        }

        Span<double> beta = stackalloc double[2];

        Assert.True(fit.TryFit(beta));
        Assert.Equal(-20, beta[0], 5);
        Assert.Equal(0, fit.PredictNext());
    }

    [Fact]
    public void Fit_ExplosiveSeries_IsClippedToTheWidenedRangeSeen()
    {
        // 1, 2, 4, ..., 64 fits x[t] = 2 x[t-1] exactly: the model says 128 next; the values seen span 1 .. 64, so the
        // forecast is clipped to 64 + (64 - 1) = 127.
        var fit = new ArSeriesFit(1);
        foreach (var value in new double[] { 1, 2, 4, 8, 16, 32, 64 })
        {
            fit.Add(value);
        }

        Span<double> beta = stackalloc double[2];

        Assert.True(fit.TryFit(beta));
        Assert.Equal(2, beta[1], 5);
        Assert.Equal(127, fit.PredictNext(), 9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ArSeriesFit.MaxOrder + 1)]
    public void Fit_OrderOutOfRange_Throws(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArSeriesFit(order));

    [Fact]
    public void Fit_NonFiniteValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArSeriesFit(2).Add(double.NaN));
}
