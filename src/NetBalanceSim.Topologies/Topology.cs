using QuikGraph;

namespace NetBalanceSim.Topologies;

/// <summary>
/// An immutable, simple, undirected graph whose vertices (virtual nodes) are numbered 0..n-1, with its
/// links in canonical order and a compressed sparse row (CSR) adjacency for fast traversal.
/// </summary>
/// <remarks>
/// Links are stored sorted by (U, V) with U &lt; V, so two topologies with the same vertex count and the same
/// set of links are equal link by link whatever order they were built in. In the CSR, the neighbours of
/// vertex v are <c>CsrNeighbours[CsrOffsets[v] .. CsrOffsets[v + 1]]</c> in ascending id order, and
/// <c>CsrLinkIds</c> gives, for the same slot, the index of the link in <see cref="Links"/>. Each link
/// therefore appears in two slots, one per direction. DESIGN §3 "Topology and workload".
/// </remarks>
public sealed class Topology
{
    private readonly Link[] links;
    private readonly int[] offsets;
    private readonly int[] neighbours;
    private readonly int[] linkIds;
    private readonly string[]? labels;

    /// <summary>
    /// The largest vertex count a topology may have (10,000,000): generators and readers refuse larger sizes with
    /// a one-line error instead of exhausting memory.
    /// </summary>
    public const int MaxNodeCount = 10_000_000;

    /// <summary>Builds a topology from its vertex count and links.</summary>
    /// <param name="nodeCount">Number of vertices, n (1 to <see cref="MaxNodeCount"/>).</param>
    /// <param name="links">The links; each end must lie in 0..n-1. Order and orientation do not matter.</param>
    /// <param name="labels">Optional original vertex labels (one per vertex), kept when a file was renumbered.</param>
    /// <exception cref="ArgumentException">A self-loop, a duplicate link, an id out of range, or a label count that is not n.</exception>
    public Topology(int nodeCount, IEnumerable<Link> links, IReadOnlyList<string>? labels = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nodeCount, MaxNodeCount);
        ArgumentNullException.ThrowIfNull(links);
        NodeCount = nodeCount;
        this.links = Canonicalise(nodeCount, links);
        if (labels is not null)
        {
            if (labels.Count != nodeCount)
            {
                throw new ArgumentException($"Expected {nodeCount} labels, got {labels.Count}.", nameof(labels));
            }
            this.labels = [.. labels];
        }
        (offsets, neighbours, linkIds) = BuildCsr(nodeCount, this.links);
    }

    /// <summary>Number of vertices (virtual nodes).</summary>
    public int NodeCount { get; }

    /// <summary>Number of undirected links.</summary>
    public int LinkCount => links.Length;

    /// <summary>The links, sorted by (U, V), with U &lt; V.</summary>
    public ReadOnlySpan<Link> Links => links;

    /// <summary>CSR offsets: n + 1 entries; the neighbours of v occupy slots <c>[CsrOffsets[v], CsrOffsets[v + 1])</c>.</summary>
    public ReadOnlySpan<int> CsrOffsets => offsets;

    /// <summary>CSR neighbours: 2 * links entries, each vertex's neighbours in ascending id order.</summary>
    public ReadOnlySpan<int> CsrNeighbours => neighbours;

    /// <summary>For each CSR slot, the index in <see cref="Links"/> of the link it traverses.</summary>
    public ReadOnlySpan<int> CsrLinkIds => linkIds;

    /// <summary>Original vertex labels when the topology was read from a file whose ids were not 0..n-1; otherwise null.</summary>
    public IReadOnlyList<string>? Labels => labels;

    /// <summary>Degree of vertex <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex id in 0..n-1.</param>
    /// <returns>The number of its neighbours.</returns>
    public int Degree(int vertex) => offsets[vertex + 1] - offsets[vertex];

    /// <summary>The neighbours of <paramref name="vertex"/>, in ascending id order.</summary>
    /// <param name="vertex">A vertex id in 0..n-1.</param>
    /// <returns>A view into <see cref="CsrNeighbours"/>.</returns>
    public ReadOnlySpan<int> Neighbours(int vertex) => neighbours.AsSpan(offsets[vertex], Degree(vertex));

    /// <summary>The label of <paramref name="vertex"/>: its original label if the topology has labels, else its id.</summary>
    /// <param name="vertex">A vertex id in 0..n-1.</param>
    /// <returns>The label, culture-invariant.</returns>
    public string LabelOf(int vertex) =>
        labels is null ? vertex.ToString(System.Globalization.CultureInfo.InvariantCulture) : labels[vertex];

    /// <summary>Copies the topology into a QuikGraph undirected graph (vertices 0..n-1, one edge per link).</summary>
    /// <returns>A new graph; later changes to it do not affect this topology.</returns>
    public UndirectedGraph<int, Edge<int>> ToQuikGraph()
    {
        var graph = new UndirectedGraph<int, Edge<int>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, NodeCount));
        foreach (var link in links)
        {
            graph.AddEdge(new Edge<int>(link.U, link.V));
        }
        return graph;
    }

    /// <summary>Builds a topology from a QuikGraph undirected graph whose vertices are 0..n-1.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The topology.</returns>
    /// <exception cref="ArgumentException">Vertices are not exactly 0..n-1, or the graph has a self-loop or parallel edges.</exception>
    public static Topology FromQuikGraph(IUndirectedGraph<int, Edge<int>> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.VertexCount;
        foreach (int v in graph.Vertices)
        {
            if (v < 0 || v >= n)
            {
                throw new ArgumentException($"Vertex {v} is not in 0..{n - 1}.", nameof(graph));
            }
        }
        return new Topology(n, graph.Edges.Select(e => Link.Between(e.Source, e.Target)));
    }

    private static Link[] Canonicalise(int nodeCount, IEnumerable<Link> links)
    {
        var result = links.Select(l => Link.Between(l.U, l.V)).ToArray();
        Array.Sort(result, static (a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
        for (int i = 0; i < result.Length; i++)
        {
            var link = result[i];
            if (link.U < 0 || link.V >= nodeCount)
            {
                throw new ArgumentException($"Link {link.U}-{link.V} has an end outside 0..{nodeCount - 1}.", nameof(links));
            }
            if (link.U == link.V)
            {
                throw new ArgumentException($"Self-loop at vertex {link.U}.", nameof(links));
            }
            if (i > 0 && result[i - 1] == link)
            {
                throw new ArgumentException($"Duplicate link {link.U}-{link.V}.", nameof(links));
            }
        }
        return result;
    }

    private static (int[] Offsets, int[] Neighbours, int[] LinkIds) BuildCsr(int nodeCount, Link[] links)
    {
        var offsets = new int[nodeCount + 1];
        foreach (var link in links)
        {
            offsets[link.U + 1]++;
            offsets[link.V + 1]++;
        }
        for (int v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }
        var fill = offsets[..^1];
        var neighbours = new int[2 * links.Length];
        var linkIds = new int[2 * links.Length];
        // Links are sorted by (U, V): filling the V side in link order and then the U side would not keep
        // neighbours sorted, so place both and sort each row afterwards (rows are short).
        for (int id = 0; id < links.Length; id++)
        {
            var link = links[id];
            neighbours[fill[link.U]] = link.V;
            linkIds[fill[link.U]++] = id;
            neighbours[fill[link.V]] = link.U;
            linkIds[fill[link.V]++] = id;
        }
        for (int v = 0; v < nodeCount; v++)
        {
            Array.Sort(neighbours, linkIds, offsets[v], offsets[v + 1] - offsets[v]);
        }
        return (offsets, neighbours, linkIds);
    }
}
