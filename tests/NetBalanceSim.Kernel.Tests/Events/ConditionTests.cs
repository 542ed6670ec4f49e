using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Events;

public sealed class ConditionTests
{
    [Fact]
    public void AllOf_WaitsForTheLastEvent_AndListsThemInOrder()
    {
        var simulation = new Simulation();
        var a = simulation.Timeout(3, "a");
        var b = simulation.Timeout(1, "b");
        double? resumedAt = null;
        object? value = null;
        IEnumerable<Event> Body()
        {
            var all = simulation.AllOf(a, b);
            yield return all;
            resumedAt = simulation.Now;
            value = all.Value;
        }
        simulation.Process(Body());

        simulation.Run();

        Assert.Equal(3, resumedAt);
        Assert.Equal([a, b], Assert.IsType<IReadOnlyList<Event>>(value, exactMatch: false));
    }

    [Fact]
    public void AnyOf_ResumesAtTheFirstEvent()
    {
        var simulation = new Simulation();
        var slow = simulation.Timeout(5);
        var fast = simulation.Timeout(2);
        double? resumedAt = null;
        IReadOnlyList<Event>? value = null;
        IEnumerable<Event> Body()
        {
            var any = simulation.AnyOf(slow, fast);
            yield return any;
            resumedAt = simulation.Now;
            value = (IReadOnlyList<Event>)any.Value!;
        }
        simulation.Process(Body());

        simulation.Run();

        Assert.Equal(2, resumedAt);
        Assert.Equal([fast], value);
    }

    [Fact]
    public void Condition_Empty_SucceedsAtOnce()
    {
        var simulation = new Simulation(startSeconds: 7);
        var all = simulation.AllOf();
        var any = simulation.AnyOf();

        simulation.Run();

        Assert.True(all.IsProcessed && all.IsOk);
        Assert.True(any.IsProcessed && any.IsOk);
        Assert.Equal(7, simulation.Now);
    }

    [Fact]
    public void AllOf_AChildFails_FailsWithItsException()
    {
        var simulation = new Simulation();
        var failing = simulation.Event();
        var all = simulation.AllOf(simulation.Timeout(5), failing);
        all.AddCallback(e => e.IsDefused = true);
        failing.Fail(new InvalidOperationException("child failed"));

        simulation.Run();

        Assert.False(all.IsOk);
        Assert.Equal("child failed", all.Exception!.Message);
    }

    [Fact]
    public void Condition_EventOfAnotherSimulation_IsRejected()
    {
        var one = new Simulation();
        var other = new Simulation();

        Assert.Throws<ArgumentException>(() => one.AllOf(other.Timeout(1)));
    }
}
