using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Events;

public sealed class TimeoutTests
{
    [Fact]
    public void Timeout_AfterDelay_IsProcessedAtNowPlusDelay()
    {
        var simulation = new Simulation(startSeconds: 10);
        double? firedAt = null;
        simulation.Timeout(2.5, "payload").AddCallback(e => firedAt = e.Simulation.Now);

        simulation.Run();

        Assert.Equal(12.5, firedAt);
        Assert.Equal(12.5, simulation.Now);
    }

    [Fact]
    public void Timeout_Value_IsHandedToTheCallback()
    {
        var simulation = new Simulation();
        var timeout = simulation.Timeout(1, "payload");

        simulation.Run();

        Assert.True(timeout.IsProcessed);
        Assert.True(timeout.IsOk);
        Assert.Equal("payload", timeout.Value);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-9)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Timeout_NegativeOrNonFiniteDelay_IsRejectedWithAClearError(double delay)
    {
        var simulation = new Simulation();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Timeout(delay));

        Assert.Contains("zero or positive and finite", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, simulation.ScheduledEventCount);
    }

    [Fact]
    public void Timeout_ZeroDelay_IsProcessedAtTheCurrentTime()
    {
        var simulation = new Simulation(startSeconds: 3);
        var timeout = simulation.Timeout(0);

        simulation.Run();

        Assert.True(timeout.IsProcessed);
        Assert.Equal(3, simulation.Now);
    }

    [Fact]
    public void TimeoutAt_AbsoluteTime_IsHitExactly()
    {
        // 0.7 + (2.9 - 0.7) is 2.9000000000000004 in binary floating point; an absolute time avoids that.
        var simulation = new Simulation(startSeconds: 0.7);
        double? firedAt = null;
        simulation.TimeoutAt(2.9).AddCallback(_ => firedAt = simulation.Now);
        double? relativeAt = null;
        simulation.Timeout(2.9 - 0.7).AddCallback(_ => relativeAt = simulation.Now);

        simulation.Run();

        Assert.Equal(2.9, firedAt);
        Assert.NotEqual(2.9, relativeAt);
    }

    [Fact]
    public void TimeoutAt_ATimeInThePast_IsRejected()
    {
        var simulation = new Simulation(startSeconds: 5);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulation.TimeoutAt(4.5));

        Assert.Contains("not before now (5 s)", error.Message, StringComparison.Ordinal);
    }
}
