using NetBalance;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The loads of a flow workload (a trace or <c>onOff</c>): load k is the traffic of every flow after the rows of
/// segments 0..k, routed on each destination's shortest-path tree. Built lazily, in a forward replay.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors". Asking for segment k replays the rows from the last segment built
/// (or from the start when k is earlier), so a run that reads the segments in order costs O(rows x path length) plus
/// O(vnodes + links) per segment; loads are kept within a memory budget (<see cref="KeptLoadList"/>). Thread-safe.
/// </remarks>
public static class FlowLoadSequence
{
    /// <summary>The schedule of <paramref name="changes"/> on <paramref name="topology"/>.</summary>
    /// <param name="changes">The flow changes (every vnode they name must be in the topology).</param>
    /// <param name="topology">A connected topology.</param>
    /// <param name="graph">The engine's graph of the same topology.</param>
    /// <param name="costOptions">The constants cpuIdle and kFwd.</param>
    /// <returns>The schedule; its loads are built when first read.</returns>
    public static LoadSchedule Create(FlowChanges changes, Topology topology, VnodeGraph graph, TestbedCostOptions costOptions)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(topology);
        if (changes.MaxVnode >= topology.NodeCount)
        {
            throw new ArgumentException($"The flows name vnode {changes.MaxVnode}; the topology has {topology.NodeCount}.", nameof(changes));
        }
        var replay = new Replay(changes, new FlowTraffic(graph, new DestinationTreeCache(topology, graph), costOptions));
        var loads = new KeptLoadList(changes.SegmentCount, graph, replay.LoadOf);
        return LoadSchedule.AtTimes(loads, changes.SegmentStartSeconds, changes.EndSeconds);
    }

    /// <summary>The traffic after some segment, moved forward (or restarted) to the segment asked for.</summary>
    private sealed class Replay(FlowChanges changes, FlowTraffic traffic)
    {
        private int _applied = -1;

        public Load LoadOf(int segment)
        {
            if (segment < _applied)
            {
                traffic.Clear();
                _applied = -1;
            }
            while (_applied < segment)
            {
                _applied++;
                var (first, end) = changes.RowsOf(_applied);
                for (var row = first; row < end; row++)
                {
                    var (source, destination, rate) = changes.Row(row);
                    traffic.Set(source, destination, rate);
                }
            }
            return traffic.ToLoad();
        }
    }
}
