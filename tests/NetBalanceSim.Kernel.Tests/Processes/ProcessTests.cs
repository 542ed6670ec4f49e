using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Processes;

public sealed class ProcessTests
{
    [Fact]
    public void Process_WaitingOnTimeouts_ResumesAtTheirTimes()
    {
        var simulation = new Simulation();
        var resumedAt = new List<double>();
        IEnumerable<Event> Body()
        {
            yield return simulation.Timeout(1);
            resumedAt.Add(simulation.Now);
            yield return simulation.Timeout(2.5);
            resumedAt.Add(simulation.Now);
        }
        var process = simulation.Process(Body(), "worker");

        simulation.Run();

        Assert.Equal([1.0, 3.5], resumedAt);
        Assert.False(process.IsAlive);
        Assert.True(process.IsOk);
    }

    [Fact]
    public void Process_WaitingOnAnotherProcess_ResumesWhenItEnds()
    {
        var simulation = new Simulation();
        double? parentResumedAt = null;
        IEnumerable<Event> Child()
        {
            yield return simulation.Timeout(4);
        }
        IEnumerable<Event> Parent()
        {
            yield return simulation.Timeout(1);
            yield return simulation.Process(Child(), "child");
            parentResumedAt = simulation.Now;
        }
        simulation.Process(Parent(), "parent");

        simulation.Run();

        Assert.Equal(5, parentResumedAt);
    }

    [Fact]
    public void Process_YieldingAnAlreadyProcessedEvent_ContinuesAtOnce()
    {
        var simulation = new Simulation();
        var done = simulation.Timeout(1);
        var steps = new List<double>();
        IEnumerable<Event> Body()
        {
            yield return simulation.Timeout(2);
            yield return done;
            steps.Add(simulation.Now);
        }
        simulation.Process(Body());

        simulation.Run();

        Assert.Equal([2.0], steps);
    }

    [Fact]
    public void Process_ActiveProcess_IsTheRunningProcess()
    {
        var simulation = new Simulation();
        Process? seen = null;
        IEnumerable<Event> Body()
        {
            seen = simulation.ActiveProcess;
            yield break;
        }
        var process = simulation.Process(Body());

        simulation.Run();

        Assert.Same(process, seen);
        Assert.Null(simulation.ActiveProcess);
    }

    [Fact]
    public void Process_Interrupted_IsResumedAtOnceWithTheCause()
    {
        var simulation = new Simulation();
        Exception? fault = null;
        double? resumedAt = null;
        IEnumerable<Event> Sleeper()
        {
            var me = simulation.ActiveProcess!;
            yield return simulation.Timeout(10);
            fault = me.HandleFault();
            resumedAt = simulation.Now;
            yield return simulation.Timeout(1);
        }
        var sleeper = simulation.Process(Sleeper(), "sleeper");
        IEnumerable<Event> Waker()
        {
            yield return simulation.Timeout(3);
            sleeper.Interrupt("sink changed");
        }
        simulation.Process(Waker(), "waker");

        simulation.Run();

        Assert.Equal(3, resumedAt);
        var interrupt = Assert.IsType<InterruptException>(fault);
        Assert.Equal("sink changed", interrupt.Cause);
        Assert.Equal(10, simulation.Now); // the abandoned timeout still fires, but does not resume the sleeper
        Assert.True(sleeper.IsOk);
    }

    [Fact]
    public void Process_InterruptNotHandled_FailsTheProcess()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Sleeper()
        {
            yield return simulation.Timeout(10);
        }
        var sleeper = simulation.Process(Sleeper());
        IEnumerable<Event> Watcher()
        {
            yield return simulation.Timeout(1);
            sleeper.Interrupt();
            yield return sleeper;
            simulation.ActiveProcess!.HandleFault();
        }
        simulation.Process(Watcher());

        simulation.Run();

        Assert.False(sleeper.IsOk);
        Assert.IsType<InterruptException>(sleeper.Exception);
    }

    [Fact]
    public void Process_InterruptingAnEndedProcessOrItself_IsRejected()
    {
        var simulation = new Simulation();
        var ended = simulation.Process(Array.Empty<Event>());
        InvalidOperationException? selfError = null;
        IEnumerable<Event> Self()
        {
            selfError = Assert.Throws<InvalidOperationException>(() => simulation.ActiveProcess!.Interrupt());
            yield break;
        }
        simulation.Process(Self());

        simulation.Run();

        Assert.Throws<InvalidOperationException>(() => ended.Interrupt());
        Assert.NotNull(selfError);
    }

    [Fact]
    public void Process_WaitingOnAFailedEvent_ReceivesItsException()
    {
        var simulation = new Simulation();
        var failing = simulation.Event();
        Exception? received = null;
        IEnumerable<Event> Waiter()
        {
            yield return failing;
            received = simulation.ActiveProcess!.HandleFault();
        }
        var waiter = simulation.Process(Waiter());
        IEnumerable<Event> Failer()
        {
            yield return simulation.Timeout(2);
            failing.Fail(new InvalidOperationException("link down"));
        }
        simulation.Process(Failer());

        simulation.Run();

        Assert.Equal("link down", Assert.IsType<InvalidOperationException>(received).Message);
        Assert.True(waiter.IsOk);
    }

    [Fact]
    public void Process_FailureNotHandled_PropagatesThroughWaitersToRun()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Inner()
        {
            yield return simulation.Timeout(1);
            throw new InvalidOperationException("model error");
        }
        IEnumerable<Event> Outer()
        {
            yield return simulation.Process(Inner(), "inner");
            // The fault is not handled here, so the outer process fails too.
            yield return simulation.Timeout(1);
        }
        var outer = simulation.Process(Outer(), "outer");

        var error = Assert.Throws<InvalidOperationException>(simulation.Run);

        Assert.Equal("model error", error.Message);
        Assert.False(outer.IsOk);
        Assert.Equal(1, simulation.Now);
    }

    [Fact]
    public void Process_YieldingNull_FailsWithAClearError()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Body()
        {
            yield return null!;
        }
        simulation.Process(Body(), "broken");

        var error = Assert.Throws<InvalidOperationException>(simulation.Run);

        Assert.Contains("'broken' yielded null", error.Message, StringComparison.Ordinal);
    }
}
