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

    private readonly SinkLoadFactory _factory;
    private readonly int[] _sinks;
    private readonly Load?[] _kept;
    private readonly Queue<int> _keptOrder = new();
    private readonly int _capacity;
    private readonly Lock _lock = new();

    /// <summary>Creates the sequence; nothing is built yet.</summary>
    /// <param name="factory">Builds a load from a sink (used by this sequence alone from now on).</param>
    /// <param name="sinks">The sink of every segment.</param>
    /// <param name="budgetBytes">How much memory the kept loads may take; at least two loads are always kept.</param>
    public SinkLoadSequence(SinkLoadFactory factory, IReadOnlyList<int> sinks, long budgetBytes = DefaultBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(sinks);
        _factory = factory;
        _sinks = [.. sinks];
        _kept = new Load?[_sinks.Length];
        var bytesPerLoad = 8L * (factory.Graph.VertexCount + factory.Graph.HalfEdgeCount) + 64;
        _capacity = (int)Math.Clamp(budgetBytes / bytesPerLoad, 2, Math.Max(2, _sinks.Length));
    }

    /// <summary>Gets how many loads are kept at most.</summary>
    public int Capacity => _capacity;

    /// <summary>Gets how many loads have been built so far (rebuilds included).</summary>
    public int Builds { get; private set; }

    /// <inheritdoc />
    public int Count => _sinks.Length;

    /// <inheritdoc />
    public Load this[int index]
    {
        get
        {
            lock (_lock)
            {
                if (_kept[index] is { } load)
                {
                    return load;
                }

                load = _factory.For(_sinks[index]);
                Builds++;
                if (_keptOrder.Count == _capacity)
                {
                    _kept[_keptOrder.Dequeue()] = null;
                }

                _kept[index] = load;
                _keptOrder.Enqueue(index);
                return load;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<Load> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
