namespace NetBalanceSim.Topologies.Generators;

/// <summary>Parameters of the NMS campus topology. DESIGN §3 "The four topologies": 20 campuses, L = 20.</summary>
public sealed record CampusOptions
{
    /// <summary>Number of campuses joined in a ring (at least 1).</summary>
    /// <value>The default value is 20.</value>
    public int Campuses { get; init; } = 20;

    /// <summary>Number of clients L on each of a campus's 12 LAN routers (at least 0; ns-3's example uses 42).</summary>
    /// <value>The default value is 20.</value>
    public int ClientsPerLan { get; init; } = 20;
}
