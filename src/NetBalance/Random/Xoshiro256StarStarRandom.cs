using SharedSource;

namespace NetBalance;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna), seeded through SplitMix64: the engine's own
/// pseudo-random source for production use.
/// </summary>
/// <remarks>
/// The algorithm is owned by the project (one implementation, shared as source with the simulator), so a
/// seed gives the same sequence on every runtime version (STYLE §7: "own the generator algorithm"); a test
/// pins the first outputs. Doubles take the top 53 bits; bounded integers use Lemire's multiply-and-reject
/// method, so they are unbiased. Not thread-safe.
/// </remarks>
public sealed class Xoshiro256StarStarRandom : IRandomSource
{
    private Xoshiro256StarStar _core;

    /// <summary>Creates a generator whose 256-bit state is filled by SplitMix64 from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal sequences.</param>
    public Xoshiro256StarStarRandom(ulong seed) => _core = new Xoshiro256StarStar(seed);

    /// <inheritdoc />
    public ulong NextUInt64() => _core.NextUInt64();

    /// <inheritdoc />
    public double NextDouble() => _core.NextDouble();

    /// <inheritdoc />
    public int NextInt(int maxExclusive) => _core.NextInt(maxExclusive);
}
