namespace NetBalance;

/// <summary>
/// The undirected graph of virtual nodes (vnodes 0..n-1) in compressed sparse row form: each
/// undirected link appears as two directed half-edges, one in each endpoint's row.
/// </summary>
/// <remarks>
/// Each row lists its neighbours in increasing id order, so a half-edge's index is a function of
/// the graph alone (no hash order; STYLE §7). Half-edge <c>h</c> in the row of <c>u</c> is the
/// directed link <c>u -&gt; Neighbours[h]</c>; <see cref="ReverseHalfEdge"/> gives the opposite one.
/// Immutable and thread-safe.
/// </remarks>
public sealed class VnodeGraph
{
    private VnodeGraph(int[] offsets, int[] neighbours, int[] reverse)
    {
        OffsetArray = offsets;
        NeighbourArray = neighbours;
        ReverseArray = reverse;
    }

    /// <summary>Gets the number of vnodes n.</summary>
    public int VertexCount => OffsetArray.Length - 1;

    /// <summary>Gets the number of undirected links.</summary>
    public int LinkCount => NeighbourArray.Length / 2;

    /// <summary>Gets the number of directed half-edges (twice <see cref="LinkCount"/>).</summary>
    public int HalfEdgeCount => NeighbourArray.Length;

    /// <summary>Gets the row offsets: the half-edges of vnode v are <c>Offsets[v] .. Offsets[v+1]-1</c>.</summary>
    public ReadOnlySpan<int> Offsets => OffsetArray;

    /// <summary>Gets the head vnode of every half-edge.</summary>
    public ReadOnlySpan<int> Neighbours => NeighbourArray;

    internal int[] OffsetArray { get; }

    internal int[] NeighbourArray { get; }

    internal int[] ReverseArray { get; }

    /// <summary>Returns the neighbours of a vnode, in increasing id order.</summary>
    /// <param name="vnode">The vnode.</param>
    /// <returns>The neighbours' ids.</returns>
    public ReadOnlySpan<int> NeighboursOf(int vnode) =>
        NeighbourArray.AsSpan(OffsetArray[vnode], OffsetArray[vnode + 1] - OffsetArray[vnode]);

    /// <summary>Returns the degree of a vnode.</summary>
    /// <param name="vnode">The vnode.</param>
    /// <returns>Its number of links.</returns>
    public int Degree(int vnode) => OffsetArray[vnode + 1] - OffsetArray[vnode];

    /// <summary>Returns the half-edge <c>w -&gt; u</c> opposite to half-edge <c>u -&gt; w</c>.</summary>
    /// <param name="halfEdge">A half-edge index.</param>
    /// <returns>The index of the reverse half-edge.</returns>
    public int ReverseHalfEdge(int halfEdge) => ReverseArray[halfEdge];

    /// <summary>Finds the half-edge <c>from -&gt; to</c>.</summary>
    /// <param name="from">The tail vnode.</param>
    /// <param name="to">The head vnode.</param>
    /// <returns>The half-edge index, or -1 when the vnodes are not linked.</returns>
    /// <remarks>O(log degree): a binary search in the sorted row of <paramref name="from"/>.</remarks>
    public int FindHalfEdge(int from, int to)
    {
        var start = OffsetArray[from];
        var index = Array.BinarySearch(NeighbourArray, start, OffsetArray[from + 1] - start, to);
        return index < 0 ? -1 : index;
    }

    /// <summary>Builds a graph from an undirected edge list.</summary>
    /// <param name="vertexCount">The number of vnodes n; ids run from 0 to n-1.</param>
    /// <param name="links">The undirected links, each listed once in either direction.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">A link has an id out of range, is a self-loop, or is listed twice.</exception>
    public static VnodeGraph FromEdges(int vertexCount, IEnumerable<(int U, int W)> links)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentNullException.ThrowIfNull(links);
        var list = links.ToList();
        var degree = new int[vertexCount];
        foreach (var (u, w) in list)
        {
            CheckLink(vertexCount, u, w);
            degree[u]++;
            degree[w]++;
        }

        var offsets = new int[vertexCount + 1];
        for (var v = 0; v < vertexCount; v++)
        {
            offsets[v + 1] = offsets[v] + degree[v];
        }

        var neighbours = FillRows(offsets, list);
        return new VnodeGraph(offsets, neighbours, BuildReverse(offsets, neighbours));
    }

    /// <summary>Builds a graph from rows already in compressed sparse row form, each sorted, symmetric, without self-loops.</summary>
    /// <param name="offsets">The row offsets (n + 1 values).</param>
    /// <param name="neighbours">The head of every half-edge.</param>
    /// <returns>The graph (the arrays are kept, not copied).</returns>
    internal static VnodeGraph FromSortedRows(int[] offsets, int[] neighbours) => new(offsets, neighbours, BuildReverse(offsets, neighbours));

    private static void CheckLink(int vertexCount, int u, int w)
    {
        if ((uint)u >= (uint)vertexCount || (uint)w >= (uint)vertexCount)
        {
            throw new ArgumentException($"Link {u}-{w} names a vnode outside 0..{vertexCount - 1}.", nameof(vertexCount));
        }

        if (u == w)
        {
            throw new ArgumentException($"Link {u}-{w} is a self-loop.", nameof(vertexCount));
        }
    }

    private static int[] FillRows(int[] offsets, List<(int U, int W)> list)
    {
        var neighbours = new int[offsets[^1]];
        var next = offsets[..^1];
        foreach (var (u, w) in list)
        {
            neighbours[next[u]++] = w;
            neighbours[next[w]++] = u;
        }

        for (var v = 0; v + 1 < offsets.Length; v++)
        {
            var row = neighbours.AsSpan(offsets[v], offsets[v + 1] - offsets[v]);
            row.Sort();
            for (var i = 1; i < row.Length; i++)
            {
                if (row[i] == row[i - 1])
                {
                    throw new ArgumentException($"Link {v}-{row[i]} is listed twice.", nameof(list));
                }
            }
        }

        return neighbours;
    }

    private static int[] BuildReverse(int[] offsets, int[] neighbours)
    {
        var reverse = new int[neighbours.Length];
        for (var u = 0; u + 1 < offsets.Length; u++)
        {
            for (var h = offsets[u]; h < offsets[u + 1]; h++)
            {
                var w = neighbours[h];
                reverse[h] = Array.BinarySearch(neighbours, offsets[w], offsets[w + 1] - offsets[w], u);
            }
        }

        return reverse;
    }
}
