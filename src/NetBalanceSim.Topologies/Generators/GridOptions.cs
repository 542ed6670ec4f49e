namespace NetBalanceSim.Topologies.Generators;

/// <summary>Parameters of the grid (mesh) topology. DESIGN §3 "The four topologies": 40 x 40, 4-neighbour, no wrap-around.</summary>
public sealed record GridOptions
{
    /// <summary>Number of rows (at least 1).</summary>
    /// <value>The default value is 40.</value>
    public int Rows { get; init; } = 40;

    /// <summary>Number of columns (at least 1).</summary>
    /// <value>The default value is 40.</value>
    public int Columns { get; init; } = 40;
}
