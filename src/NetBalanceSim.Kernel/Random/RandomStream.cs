using SharedSource;

namespace NetBalanceSim.Kernel;

/// <summary>
/// One named stream of pseudo-random numbers: the xoshiro256** generator (Blackman and Vigna, 2018), its state
/// seeded by SplitMix64 from a 64-bit seed. The algorithm is owned by this project, so a seed gives the same
/// sequence on every runtime version.
/// </summary>
/// <remarks>Not thread-safe: give each thread or model component its own stream.</remarks>
public sealed class RandomStream : IRandomSource
{
    private Xoshiro256StarStar _core;

    /// <summary>Creates a stream from a seed.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal sequences.</param>
    /// <param name="name">The stream's name, for diagnostics.</param>
    public RandomStream(ulong seed, string name = "")
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Seed = seed;
        _core = new Xoshiro256StarStar(seed);
    }

    /// <summary>The stream's name.</summary>
    public string Name { get; }

    /// <summary>The seed the stream was created from.</summary>
    public ulong Seed { get; }

    /// <inheritdoc />
    public ulong NextUInt64() => _core.NextUInt64();

    /// <inheritdoc />
    public double NextDouble() => _core.NextDouble();

    /// <inheritdoc />
    /// <remarks>Lemire's multiply-and-reject method (2019): exact uniformity, usually one draw.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is below 1.</exception>
    public int NextInt(int maxExclusive) => _core.NextInt(maxExclusive);

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
}
