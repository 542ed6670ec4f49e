using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The traffic of a set of flows, kept up to date one flow change at a time: each flow runs on its destination's
/// shortest-path tree, so a change adds its rate difference to every directed link of its path.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors": flows to any destination are routed on that destination's tree
/// (<see cref="DestinationTreeCache"/>). A change costs O(path length) and allocates nothing once its tree is kept.
/// Each link also counts its flows, and a link whose last flow ends carries exactly 0 again, so that adding and
/// subtracting rates leaves no rounding residue where no flow runs. Not thread-safe.
/// </remarks>
public sealed class FlowTraffic
{
    private readonly DestinationTreeCache _trees;
    private readonly TestbedCostOptions _costOptions;
    private readonly Dictionary<long, double> _flowRates = [];
    private readonly double[] _halfEdgeRates;
    private readonly int[] _halfEdgeFlows;

    /// <summary>Starts with no flows.</summary>
    /// <param name="graph">The engine's graph.</param>
    /// <param name="trees">The trees of the same topology.</param>
    /// <param name="costOptions">The constants cpuIdle and kFwd.</param>
    public FlowTraffic(VnodeGraph graph, DestinationTreeCache trees, TestbedCostOptions costOptions)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(costOptions);
        Graph = graph;
        _trees = trees;
        _costOptions = costOptions;
        _halfEdgeRates = new double[graph.HalfEdgeCount];
        _halfEdgeFlows = new int[graph.HalfEdgeCount];
    }

    /// <summary>Gets the engine's graph.</summary>
    public VnodeGraph Graph { get; }

    /// <summary>Gets the number of flows running (rate above 0).</summary>
    public int FlowCount => _flowRates.Count;

    /// <summary>Ends every flow.</summary>
    public void Clear()
    {
        _flowRates.Clear();
        Array.Clear(_halfEdgeRates);
        Array.Clear(_halfEdgeFlows);
    }

    /// <summary>Sets the rate of the flow <paramref name="source"/> -&gt; <paramref name="destination"/> from now on.</summary>
    /// <param name="source">The sending vnode.</param>
    /// <param name="destination">The receiving vnode (not the source).</param>
    /// <param name="rateMbps">The new rate in Mbit/s (0 ends the flow).</param>
    public void Set(int source, int destination, double rateMbps)
    {
        var key = ((long)source << 32) | (uint)destination;
        var old = _flowRates.GetValueOrDefault(key);
        if (rateMbps == old)
        {
            return;
        }
        var flowsDelta = (old == 0 ? 1 : 0) - (rateMbps == 0 ? 1 : 0);
        if (rateMbps == 0)
        {
            _flowRates.Remove(key);
        }
        else
        {
            _flowRates[key] = rateMbps;
        }
        AddAlongPath(_trees.Get(destination), source, rateMbps - old, flowsDelta);
    }

    /// <summary>The load of the flows now: <c>cpu(v) = cpuIdle + kFwd * (in(v) + out(v))</c> from the link rates.</summary>
    /// <returns>A new, immutable load.</returns>
    public Load ToLoad() => HalfEdgeLoad.Build(Graph, _costOptions, _halfEdgeRates);

    private void AddAlongPath(DestinationTree tree, int source, double deltaMbps, int flowsDelta)
    {
        var nextHop = tree.NextHop;
        var uplink = tree.UplinkHalfEdge;
        for (var v = source; v != tree.Destination; v = nextHop[v])
        {
            var h = uplink[v];
            _halfEdgeFlows[h] += flowsDelta;
            _halfEdgeRates[h] = _halfEdgeFlows[h] == 0 ? 0 : Math.Max(0, _halfEdgeRates[h] + deltaMbps);
        }
    }
}
