namespace NetBalance;

/// <summary>The settings of the initial placement (NETplace's role): multilevel partition refined by annealing.</summary>
/// <remarks>DESIGN §3 "Initial placement and the baseline"; the algorithm is described in docs/model.md.</remarks>
public sealed record InitialPlacerOptions
{
    /// <summary>Gets the annealing budget at each level, in evaluated moves per vertex of that level.</summary>
    /// <value>The default value is 1000.</value>
    public int MovesPerVnode { get; init; } = 1000;

    /// <summary>
    /// Gets the level size up to which a level's annealing budget is <see cref="MovesPerVnode"/> per vertex; above it the
    /// budget grows with the square root of the size, <c>MovesPerVnode * F * sqrt(n / F)</c>, as the boundary between VMs
    /// (where refinement has work to do) grows at a fixed testbed.
    /// </summary>
    /// <value>The default value is 10,000 (every level of the shipped topologies, at most 6,629 vnodes, gets the full budget).</value>
    public int FullBudgetVertices { get; init; } = 10_000;

    /// <summary>
    /// Gets the share of a large level's moves (above <see cref="FullBudgetVertices"/>) spent at the boundary of the most
    /// loaded VM (<see cref="AnnealerOptions.HotBoundaryProbability"/>): with fewer moves per vertex, uniform picks reach the
    /// few vnodes that matter too rarely.
    /// </summary>
    /// <value>The default value is 0.2.</value>
    public double LargeLevelBoundaryProbability { get; init; } = 0.2;

    /// <summary>The annealing budget of a level of <paramref name="vertices"/> vertices, in moves.</summary>
    /// <param name="vertices">The level's vertex count.</param>
    /// <returns>The budget.</returns>
    public long LevelMoves(int vertices) => vertices <= FullBudgetVertices
        ? (long)MovesPerVnode * vertices
        : (long)((double)MovesPerVnode * FullBudgetVertices * Math.Sqrt((double)vertices / FullBudgetVertices));

    /// <summary>Gets the coarsening target: stop once a level has at most this many vertices per VM.</summary>
    /// <value>The default value is 8.</value>
    public int CoarsestVnodesPerVm { get; init; } = 8;

    /// <summary>Gets the largest estimated weight of a coarse vertex, as a fraction of rho * tauLB.</summary>
    /// <value>The default value is 0.5.</value>
    public double CoarseWeightCap { get; init; } = 0.5;

    /// <summary>Gets the smallest relative reduction of the vertex count for which coarsening goes on.</summary>
    /// <value>The default value is 0.05.</value>
    public double MinimumReduction { get; init; } = 0.05;

    /// <summary>Gets the most coarsening levels.</summary>
    /// <value>The default value is 30.</value>
    public int MaxLevels { get; init; } = 30;

    /// <summary>Gets the annealer settings used to refine every level.</summary>
    /// <value>The default value is <c>new AnnealerOptions()</c>.</value>
    public AnnealerOptions Annealer { get; init; } = new();

    /// <summary>Checks the values.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public InitialPlacerOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MovesPerVnode);
        ArgumentOutOfRangeException.ThrowIfLessThan(CoarsestVnodesPerVm, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(FullBudgetVertices, 1);
        if (!(LargeLevelBoundaryProbability >= 0 && LargeLevelBoundaryProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LargeLevelBoundaryProbability), LargeLevelBoundaryProbability, "A probability must lie in [0, 1].");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(MaxLevels);
        TestbedCostOptions.RequireNonNegative(CoarseWeightCap, nameof(CoarseWeightCap));
        TestbedCostOptions.RequireNonNegative(MinimumReduction, nameof(MinimumReduction));
        ArgumentNullException.ThrowIfNull(Annealer);
        Annealer.Validate();
        return this;
    }
}
