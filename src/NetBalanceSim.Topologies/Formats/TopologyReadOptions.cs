namespace NetBalanceSim.Topologies.Formats;

/// <summary>How strictly a topology file is read.</summary>
public sealed record TopologyReadOptions
{
    /// <summary>
    /// When true, self-loops and duplicate links are dropped, each with a warning, instead of being errors.
    /// Useful for maps that are multigraphs (many Internet Topology Zoo GML files) or carry a diagonal.
    /// </summary>
    /// <value>The default value is false (they are errors).</value>
    public bool DropInvalidLinks { get; init; }

    /// <summary>When true, a graph with more than one connected component is an error.</summary>
    /// <value>The default value is true (DESIGN §3: any topology must be connected).</value>
    public bool RequireConnected { get; init; } = true;

    /// <summary>
    /// When true, only the largest connected component is kept (on a tie, the one holding the smallest vertex id),
    /// renumbered with every vertex's original id kept as its label, and a warning says how many vertices and
    /// links were dropped; <see cref="RequireConnected"/> then has nothing left to refuse.
    /// </summary>
    /// <value>The default value is false (the whole graph is read).</value>
    public bool KeepLargestComponent { get; init; }
}
