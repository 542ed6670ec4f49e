using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests;

public sealed class FingerprintTests
{
    /// <summary>Pinned for <see cref="RunModel"/> with seed 7. If the kernel's ordering or the model changes on purpose, update it in the same commit and say why.</summary>
    private const ulong PinnedFingerprint = 0x4744c09fcbe77f93UL;

    [Fact]
    public void Fingerprint_SameModelTwice_IsIdentical()
    {
        var first = RunModel(seed: 7, customers: 50);
        var second = RunModel(seed: 7, customers: 50);

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(first.ProcessedEventCount, second.ProcessedEventCount);
    }

    [Fact]
    public void Fingerprint_OtherSeedOrModel_Differs()
    {
        var reference = RunModel(seed: 7, customers: 50).Fingerprint;

        Assert.NotEqual(reference, RunModel(seed: 8, customers: 50).Fingerprint);
        Assert.NotEqual(reference, RunModel(seed: 7, customers: 49).Fingerprint);
    }

    [Fact]
    public void Fingerprint_SmallModel_MatchesThePinnedValue()
    {
        Assert.Equal(PinnedFingerprint, RunModel(seed: 7, customers: 50).Fingerprint);
    }

    [Fact]
    public void Fingerprint_NewSimulation_IsTheFnvOffsetBasis()
    {
        Assert.Equal(14695981039346656037UL, new Simulation().Fingerprint);
    }

    /// <summary>A bank-like model: customers arrive at random, queue at a counter (a store of capacity 1), and leave.</summary>
    private static Simulation RunModel(ulong seed, int customers)
    {
        var simulation = new Simulation();
        var streams = new RandomStreams(seed);
        var arrivals = streams.Stream("arrivals");
        var service = streams.Stream("service");
        var counter = new Store<int>(simulation, capacity: 1);
        IEnumerable<Event> Customer(int id)
        {
            yield return counter.Put(id);
            yield return simulation.Timeout(service.NextExponential(2.0));
            yield return counter.Get();
        }
        IEnumerable<Event> Source()
        {
            for (var i = 0; i < customers; i++)
            {
                yield return simulation.Timeout(arrivals.NextExponential(1.5));
                simulation.Process(Customer(i), $"customer {i}");
            }
        }
        simulation.Process(Source(), "source");
        simulation.Run();
        return simulation;
    }
}
