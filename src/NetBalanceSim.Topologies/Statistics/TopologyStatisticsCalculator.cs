namespace NetBalanceSim.Topologies.Statistics;

/// <summary>Computes <see cref="TopologyStatistics"/> with array breadth-first searches over the CSR adjacency.</summary>
/// <remarks>
/// Shortest paths: up to <see cref="ExactPathNodeLimit"/> vertices, one BFS per vertex, O(n (n + m)) in all; above it,
/// one BFS from each of <see cref="SampledSources"/> sources drawn without replacement (seeded, so the estimate is
/// reproducible), the mean estimated as hops over pairs of the sampled sources with a 95% interval from the spread of
/// the sources' own means, and the diameter bounded from below by the sources' eccentricities and a double sweep from
/// the farthest vertex found. BFS runs in parallel over sources with integer sums, so the result does not depend on
/// thread timing. Clustering: O(sum of deg^2) with a marker array.
/// </remarks>
public static class TopologyStatisticsCalculator
{
    /// <summary>The largest vertex count whose path figures are computed exactly (about 7 s on one core of a laptop at this size).</summary>
    public const int ExactPathNodeLimit = 20_000;

    /// <summary>The number of sampled BFS sources above <see cref="ExactPathNodeLimit"/>.</summary>
    public const int SampledSources = 1_000;

    /// <summary>Computes every statistic of <paramref name="topology"/>, sampling path figures above <see cref="ExactPathNodeLimit"/> vertices.</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>The statistics.</returns>
    public static TopologyStatistics Compute(Topology topology) => Compute(topology, ExactPathNodeLimit, SampledSources, 1);

    /// <summary>Computes every statistic of <paramref name="topology"/>.</summary>
    /// <param name="topology">The topology.</param>
    /// <param name="exactPathNodeLimit">Up to this many vertices, every vertex is a BFS source (exact path figures).</param>
    /// <param name="sampledSources">Above it, the number of sources drawn.</param>
    /// <param name="seed">The seed of the draw.</param>
    /// <returns>The statistics.</returns>
    public static TopologyStatistics Compute(Topology topology, int exactPathNodeLimit, int sampledSources, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampledSources, 1);
        int n = topology.NodeCount;
        int degreeMin = int.MaxValue;
        int degreeMax = 0;
        for (int v = 0; v < n; v++)
        {
            degreeMin = Math.Min(degreeMin, topology.Degree(v));
            degreeMax = Math.Max(degreeMax, topology.Degree(v));
        }
        var sample = n > exactPathNodeLimit && sampledSources < n;
        var sources = sample ? DrawSources(n, sampledSources, seed) : Enumerable.Range(0, n).ToArray();
        var (pairs, hopSum, diameter, perSource) = Hops(topology, sources);
        var halfWidth = 0.0;
        if (sample)
        {
            diameter = Math.Max(diameter, DoubleSweep(topology, perSource));
            halfWidth = HalfWidth95(perSource, n);
        }

        return new TopologyStatistics(
            n,
            topology.LinkCount,
            CountComponents(topology),
            degreeMin,
            2.0 * topology.LinkCount / n,
            degreeMax,
            AverageClustering(topology),
            pairs == 0 ? 0 : (double)hopSum / pairs,
            diameter)
        {
            PathSampleSources = sample ? sources.Length : 0,
            MeanShortestPathHalfWidth95 = halfWidth,
        };
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

    private static int[] DrawSources(int n, int count, ulong seed)
    {
        var random = new Randomness.TopologyRandom(seed);
        var ids = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < count; i++)
        {
            int j = i + random.NextInt(n - i);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }
        return ids[..count];
    }

    private static (long Pairs, long HopSum, int Diameter, SourceHops[] PerSource) Hops(Topology topology, int[] sources)
    {
        int n = topology.NodeCount;
        var perSource = new SourceHops[sources.Length];
        Parallel.For(
            0,
            sources.Length,
            () => (Distance: new int[n], Queue: new int[n]),
            (i, _, local) =>
            {
                var (reached, sum, max, farthest) = Bfs(topology, sources[i], local.Distance, local.Queue);
                perSource[i] = new SourceHops(reached, sum, max, farthest);
                return local;
            },
            _ => { });
        long pairs = 0;
        long hopSum = 0;
        int diameter = 0;
        foreach (var s in perSource)
        {
            pairs += s.Reached;
            hopSum += s.HopSum;
            diameter = Math.Max(diameter, s.MaxHops);
        }
        return (pairs, hopSum, diameter, perSource);
    }

    /// <summary>A lower bound of the diameter: BFS from the farthest vertex of the most eccentric source, then from the farthest vertex of that.</summary>
    private static int DoubleSweep(Topology topology, SourceHops[] perSource)
    {
        int n = topology.NodeCount;
        var distance = new int[n];
        var queue = new int[n];
        var start = perSource.MaxBy(s => s.MaxHops).Farthest;
        int best = 0;
        for (int sweep = 0; sweep < 2; sweep++)
        {
            var (_, _, max, farthest) = Bfs(topology, start, distance, queue);
            best = Math.Max(best, max);
            start = farthest;
        }
        return best;
    }

    /// <summary>1.96 standard errors of the mean of the sources' own mean hop counts, with the finite-population correction.</summary>
    private static double HalfWidth95(SourceHops[] perSource, int n)
    {
        var means = perSource.Where(s => s.Reached > 0).Select(s => (double)s.HopSum / s.Reached).ToArray();
        if (means.Length < 2)
        {
            return double.NaN;
        }
        double mean = means.Average();
        double variance = means.Sum(m => (m - mean) * (m - mean)) / (means.Length - 1);
        double correction = (n - means.Length) / (double)(n - 1);
        return 1.96 * Math.Sqrt(variance / means.Length * correction);
    }

    private readonly record struct SourceHops(long Reached, long HopSum, int MaxHops, int Farthest);

    private static (long Reached, long HopSum, int MaxHops, int Farthest) Bfs(Topology topology, int source, int[] distance, int[] queue)
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
        return (tail - 1, sum, distance[queue[tail - 1]], queue[tail - 1]);
    }
}
