using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests;

public sealed class SimulationTests
{
    [Fact]
    public void RunUntil_StopsBeforeEventsAtTheSameTime()
    {
        var simulation = new Simulation();
        var atFive = simulation.Timeout(5);
        var beforeFive = simulation.Timeout(4.999);

        simulation.Run(5);

        Assert.Equal(5, simulation.Now);
        Assert.True(beforeFive.IsProcessed);
        Assert.False(atFive.IsProcessed);

        simulation.Run(6);

        Assert.True(atFive.IsProcessed);
        Assert.Equal(6, simulation.Now);
    }

    [Fact]
    public void RunUntil_NoEvents_AdvancesTheClock()
    {
        var simulation = new Simulation();

        simulation.Run(42);

        Assert.Equal(42, simulation.Now);
        Assert.Equal(0, simulation.ProcessedEventCount);
    }

    [Fact]
    public void RunUntil_ATimeInThePast_IsRejected()
    {
        var simulation = new Simulation(startSeconds: 10);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Run(9));

        Assert.Contains("already at 10 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunUntilEvent_ReturnsItsValue()
    {
        var simulation = new Simulation();
        simulation.Timeout(100);

        var value = simulation.Run(simulation.Timeout(3, "three"));

        Assert.Equal("three", value);
        Assert.Equal(3, simulation.Now);
    }

    [Fact]
    public void RunUntilEvent_NeverTriggered_FailsWhenTheQueueEmpties()
    {
        var simulation = new Simulation();
        simulation.Timeout(1);

        Assert.Throws<InvalidOperationException>(() => simulation.Run(simulation.Event()));
    }

    [Fact]
    public void Step_EmptyQueue_ReturnsFalse()
    {
        var simulation = new Simulation();

        Assert.False(simulation.Step());
        Assert.Equal(double.PositiveInfinity, simulation.PeekTime);
    }
}
