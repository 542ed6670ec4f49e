namespace NetBalance;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna), seeded through SplitMix64: the engine's own
/// pseudo-random source for production use.
/// </summary>
/// <remarks>
/// The algorithm is owned by this library, so a seed gives the same sequence on every runtime
/// version (STYLE §7: "own the generator algorithm"); a test pins the first outputs. Doubles take
/// the top 53 bits; bounded integers use Lemire's multiply-and-reject method, so they are unbiased.
/// Not thread-safe.
/// </remarks>
public sealed class Xoshiro256StarStarRandom : IRandomSource
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>Creates a generator whose 256-bit state is filled by SplitMix64 from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit seed, zero included.</param>
    public Xoshiro256StarStarRandom(ulong seed)
    {
        var x = seed;
        s0 = SplitMix64(ref x);
        s1 = SplitMix64(ref x);
        s2 = SplitMix64(ref x);
        s3 = SplitMix64(ref x);
    }

    /// <summary>Advances a SplitMix64 state and returns its next output.</summary>
    /// <param name="state">The SplitMix64 state, advanced in place.</param>
    /// <returns>The next SplitMix64 output.</returns>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <inheritdoc/>
    public ulong NextUInt64()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <inheritdoc/>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var range = (ulong)maxExclusive;
        var product = (NextUInt64() >> 32) * range;
        var low = (uint)product;
        if (low < range)
        {
            var threshold = (uint)((0x1_0000_0000UL - range) % range);
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * range;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
