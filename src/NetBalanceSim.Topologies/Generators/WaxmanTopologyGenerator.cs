using System.Globalization;
using NetBalanceSim.Topologies.Randomness;

namespace NetBalanceSim.Topologies.Generators;

/// <summary>
/// BRITE's router-level Waxman model with incremental growth: N nodes placed uniformly on a square plane;
/// nodes m .. N-1 in turn each add m links to earlier nodes, then each of the first m nodes adds m links to
/// nodes m .. N-1. A link is added by drawing a candidate uniformly and accepting it with
/// <c>P(u, v) = alpha * exp(-d / (beta * L))</c>, L the plane's diagonal, redrawing on rejection and on a
/// link that already exists. That gives exactly N * m links, and the graph is connected.
/// DESIGN §3 "The four topologies".
/// </summary>
/// <param name="options">The model's parameters and seed.</param>
public sealed class WaxmanTopologyGenerator(WaxmanOptions options) : ITopologyGenerator
{
    /// <summary>
    /// Candidates a node may draw in a row without adding a link before the generator gives up (parameters
    /// whose acceptance probability is practically 0, such as alpha = 1e-300, would otherwise never finish).
    /// At the defaults a link takes about 40 draws.
    /// </summary>
    internal const int MaxAttemptsPerLink = 1_000_000;

    /// <inheritdoc />
    public string Name => "waxman";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Parameters =>
    [
        new("nodes", GeneratorHeader.Format(options.Nodes)),
        new("links-per-node", GeneratorHeader.Format(options.LinksPerNode)),
        new("alpha", GeneratorHeader.Format(options.Alpha)),
        new("beta", GeneratorHeader.Format(options.Beta)),
        new("plane-side", GeneratorHeader.Format(options.PlaneSide)),
        new("seed", options.Seed.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <inheritdoc />
    public Topology Generate() => new(options.Nodes, GenerateLinks());

    /// <summary>
    /// The links in the order the growth adds them: first m per node for nodes m .. N-1, then m per node for
    /// nodes 0 .. m-1 (each with its smaller end first). Internal so tests can check each phase exactly.
    /// </summary>
    internal List<Link> GenerateLinks()
    {
        Validate();
        int n = options.Nodes;
        int m = options.LinksPerNode;
        var random = new TopologyRandom(options.Seed);
        var x = new double[n];
        var y = new double[n];
        for (int v = 0; v < n; v++)
        {
            x[v] = random.NextDouble() * options.PlaneSide;
            y[v] = random.NextDouble() * options.PlaneSide;
        }
        double decay = options.Beta * Math.Sqrt(2) * options.PlaneSide;
        var present = new HashSet<long>();
        var links = new List<Link>(n * m);
        void AddLinks(int v, int first, int count)
        {
            int added = 0;
            int attempts = 0;
            while (added < m)
            {
                if (++attempts > MaxAttemptsPerLink)
                {
                    throw new ArgumentException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Waxman: node {v} drew {MaxAttemptsPerLink} candidates in a row without a new link; alpha = {GeneratorHeader.Format(options.Alpha)} and beta = {GeneratorHeader.Format(options.Beta)} make the acceptance probability too small."));
                }
                int w = first + random.NextInt(count);
                double d = Math.Sqrt(((x[v] - x[w]) * (x[v] - x[w])) + ((y[v] - y[w]) * (y[v] - y[w])));
                bool accepted = random.NextDouble() < options.Alpha * Math.Exp(-d / decay);
                if (accepted && present.Add(Key(v, w)))
                {
                    links.Add(Link.Between(v, w));
                    added++;
                    attempts = 0;
                }
            }
        }
        for (int v = m; v < n; v++)
        {
            AddLinks(v, 0, v);
        }
        for (int v = 0; v < m; v++)
        {
            EnsureEnoughCandidates(present, v, m, n);
            AddLinks(v, m, n - m);
        }
        return links;
    }

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void EnsureEnoughCandidates(HashSet<long> present, int v, int m, int n)
    {
        int free = 0;
        for (int w = m; w < n && free < m; w++)
        {
            free += present.Contains(Key(v, w)) ? 0 : 1;
        }
        if (free < m)
        {
            throw new ArgumentException($"Waxman: node {v} cannot add {m} new links among nodes {m}..{n - 1}; use more nodes.");
        }
    }

    private void Validate()
    {
        if (options.Nodes > Topology.MaxNodeCount || (long)options.Nodes * options.LinksPerNode > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                string.Create(CultureInfo.InvariantCulture, $"Waxman: {options.Nodes} nodes with m = {options.LinksPerNode} exceed the limit of {Topology.MaxNodeCount} nodes or {Array.MaxLength} links."));
        }
        if (options.LinksPerNode < 1 || options.Nodes <= 2 * (long)options.LinksPerNode)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"Waxman needs m >= 1 and more than 2 m nodes; got m = {options.LinksPerNode} and {options.Nodes} nodes.");
        }
        if (!(options.Alpha > 0 && options.Alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Waxman alpha must lie in (0, 1].");
        }
        if (!(options.Beta > 0) || !(options.PlaneSide > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Waxman beta and the plane side must be positive.");
        }
    }
}
