namespace NetBalanceSim.Topologies.Tests;

/// <summary>Small hand-checkable graphs.</summary>
internal static class TestGraphs
{
    public static Topology FromPairs(int nodeCount, params (int A, int B)[] links) =>
        new(nodeCount, links.Select(l => Link.Between(l.A, l.B)));

    /// <summary>The path 0 - 1 - ... - (n - 1).</summary>
    public static Topology Path(int n) => FromPairs(n, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1))]);

    /// <summary>The star with centre 0 and leaves 1..(n - 1).</summary>
    public static Topology Star(int n) => FromPairs(n, [.. Enumerable.Range(1, n - 1).Select(i => (0, i))]);
}
