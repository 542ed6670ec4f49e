using System.Collections;
using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The load of every segment of a run, built from the segment's sink when first asked for and kept while the kept
/// loads fit in a memory budget (the oldest built is dropped first and rebuilt if asked for again).
/// </summary>
/// <remarks>
/// A load is a pure function of its sink, so dropping and rebuilding changes nothing but time: on the shipped topologies
/// every load is kept; at a million vnodes (about 40 MB a load) a few are, instead of all sixteen up front.
/// Thread-safe.
/// </remarks>
public sealed class SinkLoadSequence : IReadOnlyList<Load>
{
    /// <summary>The default memory budget of the kept loads, in bytes.</summary>
    public const long DefaultBudgetBytes = 256L << 20;

    private readonly KeptLoadList _loads;

    /// <summary>Creates the sequence; nothing is built yet.</summary>
    /// <param name="factory">Builds a load from a sink (used by this sequence alone from now on).</param>
    /// <param name="sinks">The sink of every segment.</param>
    /// <param name="budgetBytes">How much memory the kept loads may take; at least two loads are always kept.</param>
    public SinkLoadSequence(SinkLoadFactory factory, IReadOnlyList<int> sinks, long budgetBytes = DefaultBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(sinks);
        int[] kept = [.. sinks];
        var capacity = (int)Math.Clamp(budgetBytes / KeptLoadList.BytesPerLoad(factory.Graph), 2, Math.Max(2, kept.Length));
        _loads = new KeptLoadList(kept.Length, k => factory.For(kept[k]), capacity);
    }

    /// <summary>Gets how many loads are kept at most.</summary>
    public int Capacity => _loads.Capacity;

    /// <summary>Gets how many loads have been built so far (rebuilds included).</summary>
    public int Builds => _loads.Builds;

    /// <inheritdoc />
    public int Count => _loads.Count;

    /// <inheritdoc />
    public Load this[int index] => _loads[index];

    /// <inheritdoc />
    public IEnumerator<Load> GetEnumerator() => _loads.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
