namespace NetBalanceSim.Topologies.Generators;

/// <summary>
/// Parameters of BRITE's router-level Waxman model. DESIGN §3 "The four topologies": 2,500 nodes, m = 2,
/// alpha = 0.15, beta = 0.2, a 1000 x 1000 plane. Alpha and beta keep BRITE's meaning (NetworkX swaps them).
/// </summary>
public sealed record WaxmanOptions
{
    /// <summary>Number of nodes N (more than 2 m).</summary>
    /// <value>The default value is 2,500.</value>
    public int Nodes { get; init; } = 2500;

    /// <summary>Links m that each node adds when it joins (at least 1).</summary>
    /// <value>The default value is 2.</value>
    public int LinksPerNode { get; init; } = 2;

    /// <summary>Waxman alpha in (0, 1]: the acceptance probability of a zero-length link.</summary>
    /// <value>The default value is 0.15.</value>
    public double Alpha { get; init; } = 0.15;

    /// <summary>Waxman beta &gt; 0: the decay length as a fraction of the plane's diagonal L.</summary>
    /// <value>The default value is 0.2.</value>
    public double Beta { get; init; } = 0.2;

    /// <summary>Side of the square plane, in plane units (BRITE's HS).</summary>
    /// <value>The default value is 1000.</value>
    public double PlaneSide { get; init; } = 1000;

    /// <summary>Seed of the generator's random source.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;
}
