using System.Globalization;
using NetBalanceSim.Topologies.Randomness;

namespace NetBalanceSim.Topologies.Generators;

/// <summary>
/// A synthetic router-level Internet map: geographic preferential attachment with triad formation.
/// Nodes are placed uniformly on the unit square and join in id order. A new node draws its link count m
/// uniformly from <see cref="InternetOptions.LinkCounts"/> (at most the number of earlier nodes). Its first
/// target is drawn among the earlier nodes with weight <c>(degree + 1) * exp(-d / (beta * sqrt 2))</c>; each
/// further target is, with probability pTriad, a uniformly drawn neighbour of the previous target that is not
/// yet chosen, else (or when there is none) another weighted draw. Every node links to an earlier one, so the
/// graph is connected. O(n^2) with plain arrays. DESIGN §3 "The four topologies" (Internet).
/// </summary>
/// <param name="options">The model's parameters and seed.</param>
public sealed class InternetTopologyGenerator(InternetOptions options) : ITopologyGenerator
{
    /// <inheritdoc />
    public string Name => "internet";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Parameters =>
    [
        new("nodes", GeneratorHeader.Format(options.Nodes)),
        new("beta", GeneratorHeader.Format(options.Beta)),
        new("triad-probability", GeneratorHeader.Format(options.TriadProbability)),
        new("link-counts", string.Join(',', options.LinkCounts.Select(c => c.ToString(CultureInfo.InvariantCulture)))),
        new("seed", options.Seed.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <inheritdoc />
    public Topology Generate()
    {
        Validate();
        int n = options.Nodes;
        var random = new TopologyRandom(options.Seed);
        var x = new double[n];
        var y = new double[n];
        for (int v = 0; v < n; v++)
        {
            x[v] = random.NextDouble();
            y[v] = random.NextDouble();
        }
        var state = new GrowthState(n, x, y, options.Beta * Math.Sqrt(2));
        for (int v = 1; v < n; v++)
        {
            int m = Math.Min(options.LinkCounts[random.NextInt(options.LinkCounts.Count)], v);
            state.BeginNode(v);
            int previous = state.WeightedDraw(random);
            state.Connect(previous);
            for (int k = 1; k < m; k++)
            {
                int target = random.NextDouble() < options.TriadProbability ? state.TriadDraw(random, previous) : -1;
                previous = target >= 0 ? target : state.WeightedDraw(random);
                state.Connect(previous);
            }
        }
        return new Topology(n, state.Links);
    }

    private void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Nodes, 2, nameof(options.Nodes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Nodes, Topology.MaxNodeCount, nameof(options.Nodes));
        if (!(options.Beta > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Beta, "Internet beta must be positive.");
        }
        if (!(options.TriadProbability >= 0 && options.TriadProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TriadProbability, "The triad probability must lie in [0, 1].");
        }
        if (options.LinkCounts.Count == 0 || options.LinkCounts.Any(c => c < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Link counts must be a non-empty list of positive integers.");
        }
    }

    /// <summary>Degrees, adjacency and the per-node weights of the growth process.</summary>
    private sealed class GrowthState(int n, double[] x, double[] y, double decay)
    {
        private readonly List<int>[] adjacency = [.. Enumerable.Range(0, n).Select(_ => new List<int>())];
        private readonly double[] weight = new double[n];
        private readonly double[] distance = new double[n];
        private readonly int[] chosenBy = Enumerable.Repeat(-1, n).ToArray();
        private readonly List<int> scratch = [];
        private int current;

        public List<Link> Links { get; } = [];

        public void BeginNode(int v)
        {
            current = v;
            double minDistance = double.MaxValue;
            for (int w = 0; w < v; w++)
            {
                distance[w] = Distance(v, w);
                minDistance = Math.Min(minDistance, distance[w]);
            }
            for (int w = 0; w < v; w++)
            {
                // Shifting by the nearest distance scales all weights alike and keeps the nearest from underflowing.
                weight[w] = (adjacency[w].Count + 1) * Math.Exp(-(distance[w] - minDistance) / decay);
            }
        }

        /// <summary>
        /// Draws an unchosen earlier node with probability proportional to its weight. The total is summed afresh
        /// for every draw (no running subtraction, so no cancellation error). When every unchosen node's weight
        /// has underflowed to 0 (a tiny beta), the nearest unchosen node is taken (smallest id on ties).
        /// </summary>
        public int WeightedDraw(TopologyRandom random)
        {
            double total = 0;
            for (int w = 0; w < current; w++)
            {
                total += weight[w];
            }
            double target = random.NextDouble() * total;
            if (!(total > 0))
            {
                return NearestUnchosen();
            }
            int last = -1;
            for (int w = 0; w < current; w++)
            {
                if (weight[w] <= 0)
                {
                    continue;
                }
                last = w;
                target -= weight[w];
                if (target < 0)
                {
                    return w;
                }
            }
            return last;
        }

        public int TriadDraw(TopologyRandom random, int previous)
        {
            scratch.Clear();
            foreach (int w in adjacency[previous])
            {
                if (w != current && chosenBy[w] != current)
                {
                    scratch.Add(w);
                }
            }
            return scratch.Count == 0 ? -1 : scratch[random.NextInt(scratch.Count)];
        }

        public void Connect(int w)
        {
            chosenBy[w] = current;
            weight[w] = 0;
            adjacency[current].Add(w);
            adjacency[w].Add(current);
            Links.Add(Link.Between(current, w));
        }

        private int NearestUnchosen()
        {
            int nearest = -1;
            for (int w = 0; w < current; w++)
            {
                if (chosenBy[w] != current && (nearest < 0 || distance[w] < distance[nearest]))
                {
                    nearest = w;
                }
            }
            // A node makes at most as many links as there are earlier nodes, so one is always left.
            return nearest >= 0 ? nearest : throw new InvalidOperationException("Internet growth: no unchosen earlier node is left.");
        }

        private double Distance(int a, int b) => Math.Sqrt(((x[a] - x[b]) * (x[a] - x[b])) + ((y[a] - y[b]) * (y[a] - y[b])));
    }
}
