using System.Collections;
using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>
/// A workload's segment loads, each built when first asked for and kept: all of them if they fit in a memory budget,
/// else the last <see cref="RecentLoads"/> built (the oldest is dropped first and rebuilt if asked for again).
/// </summary>
/// <remarks>
/// The builder must be a pure function of the segment index (it may keep state to be fast, e.g. replay from the
/// last segment built: it is only ever called under this list's lock). Thread-safe.
/// </remarks>
public sealed class KeptLoadList : IReadOnlyList<Load>
{
    /// <summary>The default memory budget of the kept loads, in bytes.</summary>
    public const long DefaultBudgetBytes = SinkLoadSequence.DefaultBudgetBytes;

    /// <summary>How many loads are kept when not all of them fit in the budget.</summary>
    public const int RecentLoads = 4;

    private readonly Func<int, Load> _build;
    private readonly Load?[] _kept;
    private readonly Queue<int> _keptOrder = new();
    private readonly Lock _lock = new();

    /// <summary>Creates the list; nothing is built yet.</summary>
    /// <param name="count">The number of segments.</param>
    /// <param name="graph">The engine's graph (sizes a load for the budget).</param>
    /// <param name="build">Builds the load of a segment.</param>
    /// <param name="budgetBytes">How much memory the kept loads may take.</param>
    public KeptLoadList(int count, VnodeGraph graph, Func<int, Load> build, long budgetBytes = DefaultBudgetBytes)
        : this(count, build, AllOrRecent(count, graph, budgetBytes))
    {
    }

    /// <summary>Creates the list keeping at most <paramref name="capacity"/> loads; nothing is built yet.</summary>
    /// <param name="count">The number of segments.</param>
    /// <param name="build">Builds the load of a segment.</param>
    /// <param name="capacity">How many loads are kept at most; at least 1.</param>
    internal KeptLoadList(int count, Func<int, Load> build, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _build = build;
        _kept = new Load?[count];
        Capacity = capacity;
    }

    /// <summary>The memory one load of <paramref name="graph"/> takes, in bytes (its two arrays and the object).</summary>
    /// <param name="graph">The engine's graph.</param>
    /// <returns>The bytes.</returns>
    internal static long BytesPerLoad(VnodeGraph graph) => (8L * (graph.VertexCount + graph.HalfEdgeCount)) + 64;

    /// <summary>
    /// Runs read the segments in order, pass after pass: when not all fit, a kept load would be dropped before the next
    /// pass came back to it, so only the last few are kept (the ones a run reads again within a pass).
    /// </summary>
    private static int AllOrRecent(int count, VnodeGraph graph, long budgetBytes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return (long)count * BytesPerLoad(graph) <= budgetBytes ? Math.Max(2, count) : RecentLoads;
    }

    /// <summary>Gets how many loads are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>Gets how many loads have been built so far (rebuilds included).</summary>
    public int Builds { get; private set; }

    /// <inheritdoc />
    public int Count => _kept.Length;

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
                load = _build(index);
                Builds++;
                if (_keptOrder.Count == Capacity)
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
