namespace NetBalanceSim.Kernel;

/// <summary>
/// One named stream of pseudo-random numbers: the xoshiro256** generator (Blackman and Vigna, 2018), its state
/// seeded by SplitMix64 from a 64-bit seed. The algorithm is owned by this project, so a seed gives the same
/// sequence on every runtime version.
/// </summary>
/// <remarks>Not thread-safe: give each thread or model component its own stream.</remarks>
public sealed class RandomStream : IRandomSource
{
    private const double DoubleUnit = 1.0 / (1UL << 53);
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a stream from a seed.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal sequences.</param>
    /// <param name="name">The stream's name, for diagnostics.</param>
    public RandomStream(ulong seed, string name = "")
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Seed = seed;
        var x = seed;
        _s0 = NextSplitMix(ref x);
        _s1 = NextSplitMix(ref x);
        _s2 = NextSplitMix(ref x);
        _s3 = NextSplitMix(ref x);
    }

    /// <summary>The stream's name.</summary>
    public string Name { get; }

    /// <summary>The seed the stream was created from.</summary>
    public ulong Seed { get; }

    /// <inheritdoc />
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

    /// <inheritdoc />
    public double NextDouble() => (NextUInt64() >> 11) * DoubleUnit;

    /// <inheritdoc />
    /// <remarks>Lemire's multiply-and-reject method (2019): exact uniformity, usually one draw.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is below 1.</exception>
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

    /// <summary>Returns a uniformly distributed integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    /// <param name="minInclusive">The inclusive lower bound.</param>
    /// <param name="maxExclusive">The exclusive upper bound; above <paramref name="minInclusive"/>.</param>
    /// <returns>The next integer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or wider than <see cref="int.MaxValue"/>.</exception>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        var width = (long)maxExclusive - minInclusive;
        if (width < 1 || width > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), $"The range [{minInclusive}, {maxExclusive}) must hold 1 to {int.MaxValue} values.");
        }
        return minInclusive + NextInt((int)width);
    }

    /// <summary>Returns an exponentially distributed value with the given mean.</summary>
    /// <param name="mean">The mean; positive.</param>
    /// <returns>The next value, in the unit of <paramref name="mean"/>.</returns>
    public double NextExponential(double mean)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mean);
        return -mean * Math.Log(1.0 - NextDouble());
    }

    private static ulong NextSplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return StableHash.Mix64(state);
    }
}
