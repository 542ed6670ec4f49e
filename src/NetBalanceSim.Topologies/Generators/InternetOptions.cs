namespace NetBalanceSim.Topologies.Generators;

/// <summary>
/// Parameters of the synthetic Internet router map: geographic preferential attachment with triad formation,
/// tuned to the 2,113-router Rocketfuel map (6,632 links, clustering 0.246, mean shortest path 4.61).
/// DESIGN §3 "The four topologies"; the tuning is recorded in docs/topologies.md.
/// </summary>
public sealed record InternetOptions
{
    /// <summary>Number of routers.</summary>
    /// <value>The default value is 2,113.</value>
    public int Nodes { get; init; } = 2113;

    /// <summary>Decay length of the distance weight, as a fraction of the unit square's diagonal.</summary>
    /// <value>The default value is 0.028 (tuned, see docs/topologies.md).</value>
    public double Beta { get; init; } = 0.028;

    /// <summary>Probability that a further target is a neighbour of the previous target (triad formation).</summary>
    /// <value>The default value is 0.4.</value>
    public double TriadProbability { get; init; } = 0.4;

    /// <summary>The link counts a new node draws from uniformly (repeats weight a value); mean about 3.14.</summary>
    /// <value>The default value is {1, 2, 3, 4, 4, 5}.</value>
    public IReadOnlyList<int> LinkCounts { get; init; } = [1, 2, 3, 4, 4, 5];

    /// <summary>Seed of the generator's random source.</summary>
    /// <value>The default value is 4 (tuned with the other defaults, see docs/topologies.md).</value>
    public ulong Seed { get; init; } = 4;
}
