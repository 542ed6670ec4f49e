using NetBalance;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Routing;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The shortest-path trees of one topology by destination, computed when first asked for and kept while they fit in a
/// memory budget (the oldest computed is dropped first and recomputed if asked for again).
/// </summary>
/// <remarks>
/// A tree is a pure function of the topology and its destination, so dropping one changes nothing but time. Routing
/// costs O(nodes + links) per destination (<see cref="SinkTreeRouter"/>). Not thread-safe (one router).
/// </remarks>
public sealed class DestinationTreeCache
{
    /// <summary>The default memory budget of the kept trees, in bytes.</summary>
    public const long DefaultBudgetBytes = 128L << 20;

    private readonly SinkTreeRouter _router;
    private readonly VnodeGraph _graph;
    private readonly Dictionary<int, DestinationTree> _kept = [];
    private readonly Queue<int> _keptOrder = new();
    private readonly int _capacity;

    /// <summary>Prepares the cache; nothing is routed yet.</summary>
    /// <param name="topology">A connected topology.</param>
    /// <param name="graph">The engine's graph of the same topology.</param>
    /// <param name="budgetBytes">How much memory the kept trees may take; at least one tree is always kept.</param>
    public DestinationTreeCache(Topology topology, VnodeGraph graph, long budgetBytes = DefaultBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(graph);
        _router = new SinkTreeRouter(topology);
        _graph = graph;
        _capacity = (int)Math.Clamp(budgetBytes / DestinationTree.BytesFor(graph.VertexCount), 1, Math.Max(1, graph.VertexCount));
    }

    /// <summary>Gets how many trees have been computed so far (recomputations included).</summary>
    public int Computed { get; private set; }

    /// <summary>The tree towards <paramref name="destination"/>.</summary>
    /// <param name="destination">A vnode.</param>
    /// <returns>Its tree.</returns>
    public DestinationTree Get(int destination)
    {
        if (_kept.TryGetValue(destination, out var tree))
        {
            return tree;
        }
        tree = DestinationTree.Compute(_router, _graph, destination);
        Computed++;
        if (_keptOrder.Count == _capacity)
        {
            _kept.Remove(_keptOrder.Dequeue());
        }
        _kept.Add(destination, tree);
        _keptOrder.Enqueue(destination);
        return tree;
    }
}
