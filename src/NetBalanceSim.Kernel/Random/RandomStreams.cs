namespace NetBalanceSim.Kernel;

/// <summary>
/// The random streams of one run: one independent <see cref="RandomStream"/> per name, each seeded from the run
/// seed and a stable hash of the name. Drawing from one stream never changes another, so adding draws to one
/// part of a model leaves every other part's numbers as they were (common random numbers).
/// </summary>
/// <param name="seed">The run seed.</param>
public sealed class RandomStreams(ulong seed)
{
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);

    /// <summary>The run seed.</summary>
    public ulong Seed { get; } = seed;

    /// <summary>
    /// The stream called <paramref name="name"/>: created on first use, the same instance afterwards.
    /// </summary>
    /// <param name="name">The stream's name, e.g. <c>"sinks"</c>.</param>
    /// <returns>The stream.</returns>
    public RandomStream Stream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = NewStream(name);
            _streams.Add(name, stream);
        }
        return stream;
    }

    /// <summary>
    /// A new instance of the stream called <paramref name="name"/>, at its start whatever <see cref="Stream"/> has
    /// drawn: for a part of the model that must see the same numbers each time it runs.
    /// </summary>
    /// <param name="name">The stream's name.</param>
    /// <returns>The stream, not shared.</returns>
    public RandomStream NewStream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new RandomStream(SeedFor(Seed, name), name);
    }

    /// <summary>The seed of the stream <paramref name="name"/> under run seed <paramref name="runSeed"/>.</summary>
    /// <param name="runSeed">The run seed.</param>
    /// <param name="name">The stream's name.</param>
    /// <returns>The stream seed.</returns>
    public static ulong SeedFor(ulong runSeed, string name) =>
        StableHash.Mix64(StableHash.Mix64(runSeed) ^ StableHash.Fnv1a64(name));
}
