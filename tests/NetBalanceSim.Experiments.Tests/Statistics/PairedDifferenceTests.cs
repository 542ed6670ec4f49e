using NetBalanceSim.Experiments.Statistics;

namespace NetBalanceSim.Experiments.Tests.Statistics;

public sealed class PairedDifferenceTests
{
    private static Dictionary<int, double> ByRepetition(params double[] values) =>
        values.Select((v, r) => (v, r)).ToDictionary(p => p.r, p => p.v);

    [Fact]
    public void Of_FourPairs_GivesHandWorkedInterval()
    {
        // d = b - a = [0.5, 0.1, 0.6, 0.2]: mean 0.35; squared deviations 0.0225 + 0.0625 + 0.0625 + 0.0225 = 0.17, so
        // sd = sqrt(0.17 / 3) = 0.2380476; half-width t(0.975, 3) * sd / sqrt(4) = 3.182446 * 0.1190238 = 0.3787869.
        var paired = PairedDifference.Of(ByRepetition(1, 2, 3, 4), ByRepetition(1.5, 2.1, 3.6, 4.2));

        Assert.Equal(4, paired.Count);
        Assert.Equal(2.5, paired.MeanA, 1e-15);
        Assert.Equal(2.85, paired.MeanB, 1e-15);
        Assert.Equal(0.35, paired.Difference.Mean, 1e-15);
        Assert.Equal(Math.Sqrt(0.17 / 3), paired.Difference.StandardDeviation, 1e-12);
        Assert.Equal(0.35 - 0.3787869, paired.Difference.Ci95Low, 1e-6);
        Assert.Equal(0.35 + 0.3787869, paired.Difference.Ci95High, 1e-6);
    }

    [Fact]
    public void Of_PairsOnlyTheRepetitionsBothHave()
    {
        // a has repetitions 0..3, b has 1, 3 and 7 (and an unknown value at 2): only 1 and 3 pair, d = [0.1, 0.2].
        var a = ByRepetition(1, 2, 3, 4);
        var b = new Dictionary<int, double> { [3] = 4.2, [1] = 2.1, [7] = 100, [2] = double.NaN };

        var paired = PairedDifference.Of(a, b);

        Assert.Equal(2, paired.Count);
        Assert.Equal(3, paired.MeanA, 1e-15);
        Assert.Equal(3.15, paired.MeanB, 1e-15);
        Assert.Equal(0.15, paired.Difference.Mean, 1e-15);
        Assert.Equal(Math.Sqrt(0.005), paired.Difference.StandardDeviation, 1e-12);
        Assert.Equal(PairedDifference.Of(ByRepetition(2, 4), ByRepetition(2.1, 4.2)), paired);
    }

    [Fact]
    public void Of_NoCommonRepetition_HasCountZeroAndNoValues()
    {
        var paired = PairedDifference.Of(new Dictionary<int, double> { [0] = 1 }, new Dictionary<int, double> { [1] = 2 });

        Assert.Equal(0, paired.Count);
        Assert.True(double.IsNaN(paired.Difference.Mean));
        Assert.True(double.IsNaN(paired.MeanA));
    }

    [Fact]
    public void Unpaired_EqualSpread_IsWelchsInterval_WiderThanThePairedOne()
    {
        // b = a + 1 exactly: the paired interval is [1, 1]. Unpaired: both variances 5/3 with n = 4, so the variance of
        // the difference is 5/6 and Welch's degrees of freedom (5/6)^2 / (2 (5/12)^2 / 3) = 6; t(0.975, 6) = 2.4469119,
        // half-width 2.4469119 * sqrt(5/6) = 2.2337147.
        var a = ByRepetition(1, 2, 3, 4);
        var b = ByRepetition(2, 3, 4, 5);

        var paired = PairedDifference.Of(a, b);
        var (mean, low, high) = PairedDifference.Unpaired(a.Values, b.Values);

        Assert.Equal(1, paired.Difference.Ci95Low, 1e-15);
        Assert.Equal(1, paired.Difference.Ci95High, 1e-15);
        Assert.Equal(1, mean, 1e-15);
        Assert.Equal(1 - 2.2337147, low, 1e-6);
        Assert.Equal(1 + 2.2337147, high, 1e-6);
    }
}
