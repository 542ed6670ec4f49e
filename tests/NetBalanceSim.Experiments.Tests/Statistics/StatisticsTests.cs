using NetBalanceSim.Experiments.Statistics;

namespace NetBalanceSim.Experiments.Tests.Statistics;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(1, 12.706204736174698)]
    [InlineData(2, 4.302652729749464)]
    [InlineData(4, 2.7764451051977934)]
    [InlineData(29, 2.045229642132703)]
    [InlineData(1000, 1.9623390808264078)]
    public void StudentT_Quantile975_MatchesTables(int degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, degreesOfFreedom), 1e-9);
    }

    [Fact]
    public void StudentT_Cdf_IsSymmetricAroundZero()
    {
        Assert.Equal(0.5, StudentT.Cdf(0, 7), 1e-15);
        Assert.Equal(1 - StudentT.Cdf(1.3, 7), StudentT.Cdf(-1.3, 7), 1e-15);
        Assert.Equal(-StudentT.Quantile(0.975, 9), StudentT.Quantile(0.025, 9), 1e-12);
    }

    [Fact]
    public void IncompleteBeta_IntegerParameters_MatchTheBinomialSum()
    {
        // I_x(2, 3) = sum_{j=2..4} C(4, j) x^j (1-x)^(4-j); at x = 1/2 that is (6 + 4 + 1) / 16.
        Assert.Equal(11.0 / 16.0, IncompleteBeta.Regularized(2, 3, 0.5), 1e-14);
        Assert.Equal(Math.Log(24), IncompleteBeta.LogGamma(5), 1e-13);
        Assert.Equal(0.5 * Math.Log(Math.PI), IncompleteBeta.LogGamma(0.5), 1e-13);
    }

    [Fact]
    public void SampleSummary_FiveValues_GivesHandWorkedInterval()
    {
        // mean 3, sd sqrt(10/4) = 1.5811388; half-width t(0.975, 4) * sd / sqrt(5) = 2.7764451 * 0.7071068 = 1.9632432.
        var summary = SampleSummary.Of([1, 2, 3, 4, 5]);

        Assert.Equal(5, summary.Count);
        Assert.Equal(3, summary.Mean, 1e-15);
        Assert.Equal(Math.Sqrt(2.5), summary.StandardDeviation, 1e-15);
        Assert.Equal(3 - 1.9632432, summary.Ci95Low, 1e-7);
        Assert.Equal(3 + 1.9632432, summary.Ci95High, 1e-7);
    }

    [Fact]
    public void SampleSummary_OneValue_HasNoSpread()
    {
        var summary = SampleSummary.Of([0.4]);

        Assert.Equal(0.4, summary.Mean);
        Assert.True(double.IsNaN(summary.StandardDeviation));
        Assert.True(double.IsNaN(summary.Ci95Low));
    }
}
