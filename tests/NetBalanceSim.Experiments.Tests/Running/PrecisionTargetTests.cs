using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Statistics;

namespace NetBalanceSim.Experiments.Tests.Running;

public sealed class PrecisionTargetTests
{
    [Fact]
    public void Next_StopsWhenTheWorstHalfWidthIsAtMostH_OrAtTheMaximum()
    {
        var target = new PrecisionTarget(0.01, 50);

        Assert.Null(target.Next(10, 0.01));
        Assert.Null(target.Next(10, 0.002));
        Assert.Null(target.Next(50, 0.5));
        Assert.Null(target.Next(60, 0.5));
    }

    [Fact]
    public void Next_GrowsToTheCountTheStandardDeviationNeeds_WithTheMargin()
    {
        // n = 10, hw = 0.012 > H = 0.01: s = 0.012 sqrt(10) / t(0.975, 9). The next count is the smallest m with
        // m >= 1.1 (t(0.975, m - 1) s / H)^2, checked here by its definition.
        var target = new PrecisionTarget(0.01, 1000);
        var sd = 0.012 * Math.Sqrt(10) / StudentT.Quantile(0.975, 9);
        bool Enough(int m) => m >= 1.1 * Math.Pow(StudentT.Quantile(0.975, m - 1) * sd / 0.01, 2);

        var next = target.Next(10, 0.012);

        Assert.NotNull(next);
        Assert.InRange(next.Value, 11, 20);
        Assert.True(Enough(next.Value));
        Assert.False(Enough(next.Value - 1));
    }

    [Fact]
    public void Next_GrowsByOneAtLeast_TwofoldAtMost_AndNeverBeyondTheMaximum()
    {
        var target = new PrecisionTarget(0.01, 30);

        Assert.Equal(11, target.Next(10, 0.0100001));
        Assert.Equal(20, target.Next(10, 1));
        Assert.Equal(30, target.Next(20, 1));
        Assert.Equal(2, target.Next(1, double.PositiveInfinity));
    }
}
