namespace NetBalance;

/// <summary>A source of uniformly distributed random numbers that the engine draws from.</summary>
/// <remarks>
/// The engine never creates a random source of its own: every component that draws takes one of
/// these from its caller, so a run is a pure function of the caller's seeds (STYLE §7). The
/// simulator adapts its named kernel streams to this interface; a production coordinator can use
/// <see cref="Xoshiro256StarStarRandom"/>. Implementations need not be thread-safe.
/// </remarks>
public interface IRandomSource
{
    /// <summary>Returns a uniformly distributed double in [0, 1).</summary>
    /// <returns>A value u with 0 &lt;= u &lt; 1.</returns>
    double NextDouble();

    /// <summary>Returns a uniformly distributed integer in [0, <paramref name="maxExclusive"/>).</summary>
    /// <param name="maxExclusive">The exclusive upper bound; must be positive.</param>
    /// <returns>A value k with 0 &lt;= k &lt; <paramref name="maxExclusive"/>.</returns>
    int NextInt(int maxExclusive);

    /// <summary>Returns 64 uniformly distributed random bits.</summary>
    /// <returns>The next raw 64-bit output.</returns>
    ulong NextUInt64();
}
