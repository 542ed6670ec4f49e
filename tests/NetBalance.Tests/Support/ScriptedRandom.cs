namespace NetBalance.Tests.Support;

/// <summary>A random source that replays given doubles (and counts the draws).</summary>
internal sealed class ScriptedRandom(params double[] doubles) : IRandomSource
{
    private int next;

    public int Draws => next;

    public double NextDouble() => doubles[next++];

    public int NextInt(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    public ulong NextUInt64() => (ulong)(NextDouble() * ulong.MaxValue);
}
