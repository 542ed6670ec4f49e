namespace NetBalanceSim.Topologies.Statistics;

/// <summary>Computes <see cref="TopologyStatistics"/> with array breadth-first searches over the CSR adjacency.</summary>
/// <remarks>
/// Shortest paths: one BFS per vertex, O(n (n + m)) in all, run in parallel over sources with integer sums,
/// so the result does not depend on thread timing. Clustering: O(sum of deg^2) with a marker array.
/// </remarks>
public static class TopologyStatisticsCalculator
{
    /// <summary>Computes every statistic of <paramref name="topology"/>.</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>The statistics.</returns>
    public static TopologyStatistics Compute(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        int n = topology.NodeCount;
        int degreeMin = int.MaxValue;
        int degreeMax = 0;
        for (int v = 0; v < n; v++)
        {
            degreeMin = Math.Min(degreeMin, topology.Degree(v));
            degreeMax = Math.Max(degreeMax, topology.Degree(v));
        }
        var (pairs, hopSum, diameter) = AllPairsHops(topology);
        return new TopologyStatistics(
            n,
            topology.LinkCount,
            CountComponents(topology),
            degreeMin,
            2.0 * topology.LinkCount / n,
            degreeMax,
            AverageClustering(topology),
            pairs == 0 ? 0 : (double)hopSum / pairs,
            diameter);
    }

    /// <summary>Number of connected components.</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>At least 1.</returns>
    public static int CountComponents(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        return ComponentLabels(topology).Max() + 1;
    }

    /// <summary>The component of every vertex, numbered 0, 1, ... in order of each component's smallest vertex.</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>One component number per vertex.</returns>
    public static int[] ComponentLabels(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        int n = topology.NodeCount;
        var component = Enumerable.Repeat(-1, n).ToArray();
        var queue = new int[n];
        int components = 0;
        for (int start = 0; start < n; start++)
        {
            if (component[start] >= 0)
            {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            component[start] = components;
            while (head < tail)
            {
                foreach (int w in topology.Neighbours(queue[head++]))
                {
                    if (component[w] < 0)
                    {
                        component[w] = components;
                        queue[tail++] = w;
                    }
                }
            }
            components++;
        }
        return component;
    }

    /// <summary>Average local clustering coefficient (NetworkX's definition).</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>A value in [0, 1].</returns>
    public static double AverageClustering(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        int n = topology.NodeCount;
        var mark = Enumerable.Repeat(-1, n).ToArray();
        double sum = 0;
        for (int v = 0; v < n; v++)
        {
            int degree = topology.Degree(v);
            if (degree < 2)
            {
                continue;
            }
            var neighbours = topology.Neighbours(v);
            foreach (int u in neighbours)
            {
                mark[u] = v;
            }
            long closed = 0;
            foreach (int u in neighbours)
            {
                foreach (int w in topology.Neighbours(u))
                {
                    closed += mark[w] == v ? 1 : 0;
                }
            }
            sum += closed / (double)((long)degree * (degree - 1));
        }
        return sum / n;
    }

    private static (long Pairs, long HopSum, int Diameter) AllPairsHops(Topology topology)
    {
        int n = topology.NodeCount;
        long pairs = 0;
        long hopSum = 0;
        int diameter = 0;
        var gate = new object();
        Parallel.For(
            0,
            n,
            () => (Distance: new int[n], Queue: new int[n], Pairs: 0L, Sum: 0L, Max: 0),
            (source, _, local) =>
            {
                var (reached, sum, max) = Bfs(topology, source, local.Distance, local.Queue);
                return (local.Distance, local.Queue, local.Pairs + reached, local.Sum + sum, Math.Max(local.Max, max));
            },
            local =>
            {
                lock (gate)
                {
                    pairs += local.Pairs;
                    hopSum += local.Sum;
                    diameter = Math.Max(diameter, local.Max);
                }
            });
        return (pairs, hopSum, diameter);
    }

    private static (long Reached, long HopSum, int MaxHops) Bfs(Topology topology, int source, int[] distance, int[] queue)
    {
        Array.Fill(distance, -1);
        distance[source] = 0;
        queue[0] = source;
        int head = 0;
        int tail = 1;
        long sum = 0;
        while (head < tail)
        {
            int v = queue[head++];
            int next = distance[v] + 1;
            foreach (int w in topology.Neighbours(v))
            {
                if (distance[w] < 0)
                {
                    distance[w] = next;
                    sum += next;
                    queue[tail++] = w;
                }
            }
        }
        return (tail - 1, sum, distance[queue[tail - 1]]);
    }
}
