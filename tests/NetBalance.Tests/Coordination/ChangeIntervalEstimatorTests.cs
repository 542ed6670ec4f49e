namespace NetBalance.Tests.Coordination;

public sealed class ChangeIntervalEstimatorTests
{
    [Fact]
    public void ExpectedSecondsToNextChange_NothingSeen_IsTp()
    {
        var estimator = new ChangeIntervalEstimator();

        Assert.Null(estimator.MeanIntervalSeconds);
        Assert.Equal(10.0, estimator.ExpectedSecondsToNextChange(50, 10));
    }

    [Fact]
    public void ExpectedSecondsToNextChange_IntervalsOf120And60_IsTheirMeanLessTheTimeSinceTheLast()
    {
        // Changes at 120 s and 180 s (the start counts as one): intervals 120 and 60, mean 90.
        var estimator = new ChangeIntervalEstimator();
        estimator.ObserveChange(120);
        estimator.ObserveChange(180);

        Assert.Equal(90.0, estimator.MeanIntervalSeconds);
        Assert.Equal(90.0, estimator.ExpectedSecondsToNextChange(180, 10));
        Assert.Equal(60.0, estimator.ExpectedSecondsToNextChange(210, 10)); // 30 s of the 90 have passed
        Assert.Equal(10.0, estimator.ExpectedSecondsToNextChange(300, 10)); // overdue: at least one window Tp
    }
}
