namespace NetBalanceSim.Topologies;

/// <summary>An undirected link between two distinct vertices, stored with <see cref="U"/> &lt; <see cref="V"/>.</summary>
/// <param name="U">The smaller vertex id.</param>
/// <param name="V">The larger vertex id.</param>
public readonly record struct Link(int U, int V)
{
    /// <summary>Makes the link between <paramref name="a"/> and <paramref name="b"/> in canonical order.</summary>
    /// <param name="a">One end.</param>
    /// <param name="b">The other end.</param>
    /// <returns>The link with the smaller id first.</returns>
    public static Link Between(int a, int b) => a < b ? new Link(a, b) : new Link(b, a);
}
