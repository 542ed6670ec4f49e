using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>Hands one of the run's named kernel streams to the engine, which has its own interface.</summary>
/// <param name="stream">The kernel stream, e.g. <c>streams.Stream("annealer")</c>.</param>
public sealed class EngineRandomSource(RandomStream stream) : NetBalance.IRandomSource
{
    /// <inheritdoc />
    public double NextDouble() => stream.NextDouble();

    /// <inheritdoc />
    public int NextInt(int maxExclusive) => stream.NextInt(maxExclusive);

    /// <inheritdoc />
    public ulong NextUInt64() => stream.NextUInt64();
}
