using NetBalanceSim.Topologies.Randomness;

namespace NetBalanceSim.Topologies.Tests.Randomness;

public class TopologyRandomTests
{
    [Fact]
    public void SplitMix64_Seed1234567_GivesReferenceSequence()
    {
        // Reference outputs of Vigna's splitmix64.c for seed 1234567.
        ulong state = 1234567;
        Assert.Equal(6457827717110365317UL, TopologyRandom.SplitMix64(ref state));
        Assert.Equal(3203168211198807973UL, TopologyRandom.SplitMix64(ref state));
        Assert.Equal(9817491932198370423UL, TopologyRandom.SplitMix64(ref state));
    }

    [Fact]
    public void Xoshiro256StarStar_State1234_GivesReferenceSequence()
    {
        // Reference outputs of xoshiro256starstar.c with s = {1, 2, 3, 4}.
        var random = TopologyRandom.FromState(1, 2, 3, 4);
        Assert.Equal(11520UL, random.NextUInt64());
        Assert.Equal(0UL, random.NextUInt64());
        Assert.Equal(1509978240UL, random.NextUInt64());
        Assert.Equal(1215971899390074240UL, random.NextUInt64());
    }

    [Fact]
    public void Seeded_SameSeedTwice_GivesSameSequence_AndPinnedValues()
    {
        var a = new TopologyRandom(42);
        var b = new TopologyRandom(42);
        var first = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => b.NextUInt64()).ToArray());
        Assert.Equal(PinnedSeed42, first);
    }

    [Fact]
    public void NextInt_ManyDraws_StaysInRangeAndCoversIt()
    {
        var random = new TopologyRandom(7);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
        {
            counts[random.NextInt(6)]++;
        }
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void NextDouble_ManyDraws_LiesInUnitIntervalWithMeanOneHalf()
    {
        var random = new TopologyRandom(7);
        var draws = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();
        Assert.All(draws, d => Assert.InRange(d, 0.0, Math.BitDecrement(1.0)));
        Assert.InRange(draws.Average(), 0.497, 0.503);
    }

    // Computed independently (a Python transcription of the reference C code), pinned so the sequence can never drift.
    private static readonly ulong[] PinnedSeed42 =
    [
        1546998764402558742UL, 6990951692964543102UL, 12544586762248559009UL, 17057574109182124193UL, 18295552978065317476UL,
    ];
}
