namespace NetBalanceSim.Topologies.Randomness;

/// <summary>
/// The topology generators' own pseudo-random source: xoshiro256** (Blackman and Vigna, 2018) whose
/// 256-bit state is filled by SplitMix64 from a 64-bit seed. Owned here so that a seed names the same
/// graph under every runtime version (System.Random is banned in model code).
/// </summary>
internal sealed class TopologyRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public TopologyRandom(ulong seed)
    {
        ulong sm = seed;
        s0 = SplitMix64(ref sm);
        s1 = SplitMix64(ref sm);
        s2 = SplitMix64(ref sm);
        s3 = SplitMix64(ref sm);
    }

    /// <summary>Creates a generator with an explicit state (for the reference-vector test).</summary>
    internal static TopologyRandom FromState(ulong a, ulong b, ulong c, ulong d)
    {
        var random = new TopologyRandom(0) { s0 = a, s1 = b, s2 = c, s3 = d };
        return random;
    }

    /// <summary>One step of SplitMix64 (Steele, Lea and Flood, 2014): advances <paramref name="state"/> and returns its mix.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A double drawn uniformly from [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer drawn uniformly from [0, <paramref name="exclusiveMax"/>), without modulo bias (Lemire, 2019).</summary>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exclusiveMax, 1);
        ulong bound = (ulong)exclusiveMax;
        UInt128 product = (UInt128)NextUInt64() * bound;
        ulong low = (ulong)product;
        if (low < bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * bound;
                low = (ulong)product;
            }
        }
        return (int)(product >> 64);
    }
}
