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
/// <param name="MeanShortestPath">Mean hop count over all ordered pairs of distinct vertices that reach each other.</param>
/// <param name="Diameter">Largest hop count between two vertices that reach each other.</param>
public sealed record TopologyStatistics(
    int Nodes,
    int Links,
    int Components,
    int DegreeMin,
    double DegreeMean,
    int DegreeMax,
    double AverageClustering,
    double MeanShortestPath,
    int Diameter);
