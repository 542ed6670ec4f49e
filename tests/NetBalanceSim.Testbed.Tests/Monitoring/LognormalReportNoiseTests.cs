using NetBalance;
using NetBalanceSim.Testbed.Tests.Experiment;

namespace NetBalanceSim.Testbed.Tests.Monitoring;

public sealed class LognormalReportNoiseTests
{
    private const ulong Seed = 42;
    private const double Sigma = 0.5;
    private const int Draws = 200_000;

    [Fact]
    public void Factors_ManyDraws_HaveMeanOneAndLogSpreadSigma()
    {
        // Fixed seed: the numbers below are what this seed gives, within tolerances of about 8 standard errors
        // (sd of the factor sqrt(e^0.25 - 1) = 0.53, so the mean's standard error is 0.0012 over 200,000 draws).
        var factors = new LognormalReportNoise(Sigma, Seed).Factors(reportIndex: 3, Draws);
        var logs = factors.Select(f => Math.Log(f)).ToArray();
        var logMean = logs.Average();
        var logSd = Math.Sqrt(logs.Sum(l => (l - logMean) * (l - logMean)) / (Draws - 1));

        Assert.InRange(factors.Average(), 0.99, 1.01);
        Assert.InRange(logMean, (-Sigma * Sigma / 2) - 0.01, (-Sigma * Sigma / 2) + 0.01);
        Assert.InRange(logSd, Sigma - 0.01, Sigma + 0.01);
        Assert.All(factors, f => Assert.True(f > 0 && double.IsFinite(f)));
    }

    [Fact]
    public void Factors_SameReport_AreTheSameWhateverCameBefore()
    {
        var noise = new LognormalReportNoise(Sigma, Seed);
        var first = noise.Factors(7, 10);
        noise.Factors(8, 1000);

        Assert.Equal(first, noise.Factors(7, 10));
        Assert.Equal(first, new LognormalReportNoise(Sigma, Seed).Factors(7, 10));
        Assert.NotEqual(first, noise.Factors(6, 10));
        Assert.NotEqual(first, new LognormalReportNoise(Sigma, Seed + 1).Factors(7, 10));
    }

    [Fact]
    public void Apply_ScalesEveryValueByItsFactorAndKeepsZeros()
    {
        var settings = SmallTestbed.Settings();
        var load = SmallTestbed.Loads(settings, 0)[0];
        var noise = new LognormalReportNoise(Sigma, Seed);

        var noisy = noise.Apply(load, 5);

        var factors = noise.Factors(5, load.VnodeCount + load.Graph.HalfEdgeCount);
        var expected = load.CpuSecondsPerSecond.ToArray().Concat(load.HalfEdgeRatesMbps.ToArray()).Zip(factors, (v, f) => v * f);
        Assert.Equal(expected, noisy.CpuSecondsPerSecond.ToArray().Concat(noisy.HalfEdgeRatesMbps.ToArray()));
        Assert.Same(load.Graph, noisy.Graph);
        Assert.Equal(0, noisy.RateMbps(1, 2)); // away from sink 0: no traffic, and none made up
    }
}
