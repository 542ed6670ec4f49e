namespace SharedSource;

/// <summary>
/// The one implementation of the project's PRNG, compiled into the kernel, the topology library and the engine
/// (which may not reference each other): xoshiro256** (Blackman and Vigna, 2018) with its state filled by
/// SplitMix64 from a 64-bit seed; doubles from the top 53 bits; integers in a range by Lemire's unbiased
/// multiply-and-reject method (2019). Owning the algorithm keeps every seed's numbers fixed across runtimes.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A generator with the given raw state (for reference-vector tests).</summary>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3) => new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>Advances a SplitMix64 state by the golden gamma and returns its mixed output.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix64(state);
    }

    /// <summary>The SplitMix64 finaliser: bijective, every input bit affects every output bit.</summary>
    public static ulong Mix64(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        var range = (ulong)maxExclusive;
        var high = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }
        return (int)high;
    }
}
