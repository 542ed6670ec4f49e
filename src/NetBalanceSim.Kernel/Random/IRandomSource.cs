namespace NetBalanceSim.Kernel;

/// <summary>A source of uniformly distributed pseudo-random numbers.</summary>
public interface IRandomSource
{
    /// <summary>Returns 64 uniformly distributed random bits.</summary>
    /// <returns>The next 64-bit value.</returns>
    ulong NextUInt64();

    /// <summary>Returns a uniformly distributed double in [0, 1), with 53 random bits.</summary>
    /// <returns>The next double.</returns>
    double NextDouble();

    /// <summary>Returns a uniformly distributed integer in [0, <paramref name="maxExclusive"/>), without bias.</summary>
    /// <param name="maxExclusive">The exclusive upper bound; at least 1.</param>
    /// <returns>The next integer.</returns>
    int NextInt(int maxExclusive);
}
