namespace NetBalanceSim.Topologies.Statistics;

/// <summary>Summary statistics of a topology, as printed by <c>netbalance-sim topology stats</c>.</summary>
/// <param name="Nodes">Number of vertices.</param>
/// <param name="Links">Number of undirected links.</param>
/// <param name="Components">Number of connected components.</param>
/// <param name="DegreeMin">Smallest degree.</param>
/// <param name="DegreeMean">Mean degree, 2 * links / nodes.</param>
/// <param name="DegreeMax">Largest degree.</param>
/// <param name="AverageClustering">
/// Mean over all vertices of the local clustering coefficient (links among the neighbours divided by
/// deg (deg - 1) / 2; 0 for degree below 2), as NetworkX's <c>average_clustering</c>.
/// </param>
/// <param name="MeanShortestPath">
/// Mean hop count over all ordered pairs of distinct vertices that reach each other; estimated from sampled sources
/// when <see cref="PathSampleSources"/> is not 0.
/// </param>
/// <param name="Diameter">Largest hop count between two vertices that reach each other; a lower bound when sampled.</param>
public sealed record TopologyStatistics(
    int Nodes,
    int Links,
    int Components,
    int DegreeMin,
    double DegreeMean,
    int DegreeMax,
    double AverageClustering,
    double MeanShortestPath,
    int Diameter)
{
    /// <summary>Gets the number of breadth-first sources the path figures were estimated from, or 0 when every vertex was one (exact).</summary>
    public int PathSampleSources { get; init; }

    /// <summary>
    /// Gets the half-width of the 95% confidence interval of <see cref="MeanShortestPath"/>: 0 when exact, NaN when fewer
    /// than two sampled sources reach another vertex. It is taken from the spread of the sources' own means, which
    /// estimates the interval of the reported mean for a connected graph.
    /// </summary>
    public double MeanShortestPathHalfWidth95 { get; init; }

    /// <summary>Gets a value indicating whether the path figures are exact (every vertex a source).</summary>
    public bool PathsExact => PathSampleSources == 0;
}
