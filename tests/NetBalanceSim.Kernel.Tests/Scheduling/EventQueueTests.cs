using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Scheduling;

public sealed class EventQueueTests
{
    private const ulong Seed = 42;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Simulation_RandomSchedule_ProcessesInTimePrioritySequenceOrder(int round)
    {
        // Few distinct times and priorities, so that ties are the rule and must be broken by sequence.
        var random = new RandomStream(Seed + (ulong)round);
        var simulation = new Simulation();
        var scheduled = new List<(double Time, int Priority, int Sequence)>();
        var processed = new List<int>();
        for (var i = 0; i < 2000; i++)
        {
            var time = random.NextInt(20) * 0.5;
            var priority = random.NextInt(4);
            var sequence = i;
            var timeout = new Timeout(simulation, time, priority: priority);
            timeout.AddCallback(_ => processed.Add(sequence));
            scheduled.Add((time, priority, sequence));
        }

        simulation.Run();

        var expected = scheduled.OrderBy(e => e.Time).ThenBy(e => e.Priority).ThenBy(e => e.Sequence).Select(e => e.Sequence);
        Assert.Equal(expected, processed);
    }

    [Fact]
    public void Queue_InterleavedEnqueueAndDequeue_AlwaysYieldsTheSmallestKey()
    {
        // An oracle comparison: a sorted list of (time, key) against the heap, over random interleavings.
        var random = new RandomStream(Seed);
        var simulation = new Simulation();
        var queue = new EventQueue();
        var oracle = new SortedSet<(double Time, long Key)>();
        var now = 0.0;
        var enqueued = 0L;
        for (var step = 0; step < 20_000; step++)
        {
            if (oracle.Count == 0 || random.NextInt(3) > 0)
            {
                var time = now + (random.NextInt(8) * 0.25);
                var priority = random.NextInt(3);
                queue.Enqueue(simulation.Event(), time, priority);
                oracle.Add((time, ((long)priority << 47) | enqueued++));
            }
            else
            {
                queue.Dequeue(out var time, out var key);
                var expected = oracle.Min;
                oracle.Remove(expected);
                Assert.Equal(expected.Time, time);
                Assert.Equal(expected.Key, key);
                now = time;
            }
        }
    }

    [Fact]
    public void Schedule_PriorityOutOfRange_IsRejected()
    {
        var simulation = new Simulation();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Timeout(simulation, 1, priority: -1));

        Assert.Contains("priority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_ThousandsOfEvents_GrowsAndKeepsOrder()
    {
        var simulation = new Simulation();
        var times = new List<double>();
        for (var i = 5000; i > 0; i--)
        {
            new Timeout(simulation, i).AddCallback(e => times.Add(e.Simulation.Now));
        }

        simulation.Run();

        Assert.Equal(5000, times.Count);
        Assert.Equal(Enumerable.Range(1, 5000).Select(i => (double)i), times);
    }
}
