using SharedSource;

namespace NetBalanceSim.Topologies.Randomness;

/// <summary>
/// The generators' random numbers: the project's xoshiro256** (shared source, <c>src/Shared</c>), seeded from the
/// topology's own seed. Topologies does not use the kernel's streams (the architecture forbids the dependency).
/// </summary>
internal sealed class TopologyRandom
{
    private Xoshiro256StarStar _core;

    public TopologyRandom(ulong seed) => _core = new Xoshiro256StarStar(seed);

    private TopologyRandom(Xoshiro256StarStar core) => _core = core;

    /// <summary>A generator with the given raw state (for reference-vector tests).</summary>
    internal static TopologyRandom FromState(ulong a, ulong b, ulong c, ulong d) => new(Xoshiro256StarStar.FromState(a, b, c, d));

    /// <summary>Advances a SplitMix64 state and returns its output.</summary>
    public static ulong SplitMix64(ref ulong state) => Xoshiro256StarStar.SplitMix64(ref state);

    public ulong NextUInt64() => _core.NextUInt64();

    public double NextDouble() => _core.NextDouble();

    public int NextInt(int exclusiveMax) => _core.NextInt(exclusiveMax);
}
