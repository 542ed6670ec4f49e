using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Resources;

public sealed class StoreTests
{
    [Fact]
    public void Store_Items_AreReceivedFirstInFirstOut()
    {
        var simulation = new Simulation();
        var store = new Store<string>(simulation);
        store.Put("a");
        store.Put("b");
        store.Put("c");
        var received = new List<string>();
        IEnumerable<Event> Consumer()
        {
            for (var i = 0; i < 3; i++)
            {
                var get = store.Get();
                yield return get;
                received.Add(get.Item!);
            }
        }
        simulation.Process(Consumer());

        simulation.Run();

        Assert.Equal(["a", "b", "c"], received);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Store_GetOnEmpty_WaitsForAPut()
    {
        var simulation = new Simulation();
        var store = new Store<int>(simulation);
        double? gotAt = null;
        IEnumerable<Event> Consumer()
        {
            var get = store.Get();
            yield return get;
            gotAt = simulation.Now;
            Assert.Equal(99, get.Value);
        }
        IEnumerable<Event> Producer()
        {
            yield return simulation.Timeout(4);
            yield return store.Put(99);
        }
        simulation.Process(Consumer());
        simulation.Process(Producer());

        simulation.Run();

        Assert.Equal(4, gotAt);
    }

    [Fact]
    public void Store_PutWhenFull_WaitsForAGet()
    {
        var simulation = new Simulation();
        var store = new Store<int>(simulation, capacity: 1);
        double? secondPutAt = null;
        IEnumerable<Event> Producer()
        {
            yield return store.Put(1);
            yield return store.Put(2);
            secondPutAt = simulation.Now;
        }
        IEnumerable<Event> Consumer()
        {
            yield return simulation.Timeout(6);
            yield return store.Get();
        }
        simulation.Process(Producer());
        simulation.Process(Consumer());

        simulation.Run();

        Assert.Equal(6, secondPutAt);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Store_CancelledGet_DoesNotConsumeAnItem()
    {
        var simulation = new Simulation();
        var store = new Store<int>(simulation);
        var abandoned = store.Get();
        var kept = store.Get();

        Assert.True(abandoned.Cancel());
        store.Put(5);
        simulation.Run();

        Assert.False(abandoned.IsTriggered);
        Assert.Equal(5, kept.Item);
    }

    [Fact]
    public void Store_CapacityBelowOne_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Store<int>(new Simulation(), capacity: 0));
    }
}
