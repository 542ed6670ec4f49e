using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Events;

public sealed class EventTests
{
    [Fact]
    public void Event_Pending_HasNoOutcome()
    {
        var ev = new Simulation().Event();

        Assert.False(ev.IsTriggered);
        Assert.Throws<InvalidOperationException>(() => ev.IsOk);
        Assert.Throws<InvalidOperationException>(() => ev.Value);
    }

    [Fact]
    public void Event_TriggeredTwice_IsRejected()
    {
        var ev = new Simulation().Event();
        ev.Succeed(1);

        Assert.Throws<InvalidOperationException>(() => ev.Succeed(2));
        Assert.Throws<InvalidOperationException>(() => ev.Fail(new InvalidOperationException()));
    }

    [Fact]
    public void Event_Callbacks_RunInTheOrderAdded()
    {
        var simulation = new Simulation();
        var ev = simulation.Event();
        var order = new List<int>();
        ev.AddCallback(_ => order.Add(1));
        ev.AddCallback(_ => order.Add(2));
        ev.AddCallback(_ => order.Add(3));
        ev.Succeed();

        simulation.Run();

        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public void Event_RemovedCallback_DoesNotRun()
    {
        var simulation = new Simulation();
        var ev = simulation.Event();
        var ran = false;
        void Callback(Event _) => ran = true;
        ev.AddCallback(Callback);

        Assert.True(ev.RemoveCallback(Callback));
        ev.Succeed();
        simulation.Run();

        Assert.False(ran);
    }

    [Fact]
    public void Event_CallbackAddedAfterProcessing_IsRejected()
    {
        var simulation = new Simulation();
        var ev = simulation.Event().Succeed();
        simulation.Run();

        Assert.Throws<InvalidOperationException>(() => ev.AddCallback(_ => { }));
    }

    [Fact]
    public void Event_FailedAndNotDefused_StopsRunWithItsException()
    {
        var simulation = new Simulation();
        simulation.Event().Fail(new InvalidOperationException("boom"));

        var error = Assert.Throws<InvalidOperationException>(simulation.Run);

        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void Event_FailedButDefusedByACallback_DoesNotStopRun()
    {
        var simulation = new Simulation();
        var ev = simulation.Event();
        ev.AddCallback(e => e.IsDefused = true);
        ev.Fail(new InvalidOperationException("boom"));

        simulation.Run();

        Assert.False(ev.IsOk);
        Assert.IsType<InvalidOperationException>(ev.Exception);
    }
}
