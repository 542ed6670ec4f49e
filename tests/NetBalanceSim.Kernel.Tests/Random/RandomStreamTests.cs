using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Random;

public sealed class RandomStreamTests
{
    [Fact]
    public void RandomStream_Seed42_GivesThePinnedXoshiro256StarStarSequence()
    {
        // Reference values from an independent Python implementation of SplitMix64 seeding + xoshiro256**.
        var stream = new RandomStream(42);

        Assert.Equal(0x15780b2e0c2ec716UL, stream.NextUInt64());
        Assert.Equal(0x6104d9866d113a7eUL, stream.NextUInt64());
        Assert.Equal(0xae17533239e499a1UL, stream.NextUInt64());
        Assert.Equal(0xecb8ad4703b360a1UL, stream.NextUInt64());
    }

    [Fact]
    public void RandomStream_Seed0_GivesThePinnedSequence()
    {
        var stream = new RandomStream(0);

        Assert.Equal(0x99ec5f36cb75f2b4UL, stream.NextUInt64());
        Assert.Equal(0xbf6e1f784956452aUL, stream.NextUInt64());
    }

    [Fact]
    public void RandomStreams_NamedStream_IsSeededFromTheRunSeedAndTheNameHash()
    {
        // mix(mix(7) ^ fnv1a64("sinks")) = 0xe9bc2e0e61fef5f4; its first double is 0.05068889982499414.
        var sinks = new RandomStreams(7).Stream("sinks");

        Assert.Equal(0xe9bc2e0e61fef5f4UL, sinks.Seed);
        Assert.Equal(0.05068889982499414, sinks.NextDouble());
    }

    [Fact]
    public void RandomStreams_TwoNames_GiveDifferentStreams()
    {
        var streams = new RandomStreams(1);

        var a = Draw(streams.Stream("sinks"), 8);
        var b = Draw(streams.Stream("annealer"), 8);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void RandomStreams_DrawsOnOneStream_LeaveAnotherUnchanged()
    {
        var quiet = new RandomStreams(5);
        var busy = new RandomStreams(5);
        Draw(busy.Stream("annealer"), 1000);

        Assert.Equal(Draw(quiet.Stream("sinks"), 16), Draw(busy.Stream("sinks"), 16));
    }

    [Fact]
    public void RandomStreams_SameName_ReturnsTheSameInstance()
    {
        var streams = new RandomStreams(3);

        Assert.Same(streams.Stream("x"), streams.Stream("x"));
    }

    [Fact]
    public void NextDouble_IsInTheUnitInterval_WithTheRightMean()
    {
        var stream = new RandomStream(11);
        var sum = 0.0;
        const int Draws = 200_000;
        for (var i = 0; i < Draws; i++)
        {
            var x = stream.NextDouble();
            Assert.InRange(x, 0.0, Math.BitDecrement(1.0));
            sum += x;
        }

        // The mean of U(0,1) has standard error 1/sqrt(12 * 200,000) = 0.00065; allow 5 of them.
        Assert.InRange(sum / Draws, 0.5 - 0.0033, 0.5 + 0.0033);
    }

    [Fact]
    public void NextInt_SmallRange_IsUniform()
    {
        // Chi-square test over 7 cells (6 degrees of freedom): the 99.9% quantile is 22.46.
        var stream = new RandomStream(13);
        var counts = new int[7];
        const int Draws = 70_000;
        for (var i = 0; i < Draws; i++)
        {
            counts[stream.NextInt(7)]++;
        }
        var expected = Draws / 7.0;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);

        Assert.True(chiSquare < 22.46, $"chi-square {chiSquare} over counts {string.Join(",", counts)}");
    }

    [Fact]
    public void NextInt_Bounds_AreRespectedAndValidated()
    {
        var stream = new RandomStream(17);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(stream.NextInt(-3, 4), -3, 3);
        }

        Assert.Equal(0, stream.NextInt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.NextInt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.NextInt(5, 5));
    }

    private static ulong[] Draw(RandomStream stream, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => stream.NextUInt64())];

    [Fact]
    public void NewStream_AfterDrawsFromTheSharedOne_StartsAtTheBeginning()
    {
        var streams = new RandomStreams(42);
        var shared = streams.Stream("annealer");
        var first = shared.NextUInt64();
        shared.NextUInt64();

        var fresh = streams.NewStream("annealer");

        Assert.NotSame(shared, fresh);
        Assert.Equal(first, fresh.NextUInt64());
        Assert.Same(shared, streams.Stream("annealer"));
    }
}
