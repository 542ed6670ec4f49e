namespace NetBalance;

/// <summary>
/// One re-placement as every strategy runs it: the strategy searches with its share of the budget, the cleanup
/// pass spends the rest, and the result is never worse than the placement in effect.
/// </summary>
/// <remarks>
/// DESIGN §5 "Coordinator rules" and "Re-placement strategies". With the cleanup on, the strategy gets
/// <see cref="StrategyShare"/> of the budget and the cleanup at most what is left of it; with the cleanup off
/// (ablations) the strategy gets all of it. A cleaned candidate replaces the strategy's only if its exact chi is
/// not higher, so the cleanup never raises chi. Thread-safe when the strategy is.
/// </remarks>
public sealed class ReplacementSearch
{
    /// <summary>The share of the budget the strategy gets when the cleanup is on.</summary>
    public const double StrategyShare = 0.9;

    private readonly PlacementModel model;

    /// <summary>Creates the search.</summary>
    /// <param name="model">The testbed and cost constants.</param>
    /// <param name="strategy">The strategy.</param>
    /// <param name="cleanup">Whether the cleanup pass runs (on by default; off for ablations).</param>
    public ReplacementSearch(PlacementModel model, IReplacementStrategy strategy, bool cleanup = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model.Validate();
        Strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
        Cleanup = cleanup;
    }

    /// <summary>Gets the strategy.</summary>
    public IReplacementStrategy Strategy { get; }

    /// <summary>Gets a value indicating whether the cleanup pass runs.</summary>
    public bool Cleanup { get; }

    /// <summary>Searches for a re-placement.</summary>
    /// <param name="load">The predicted load.</param>
    /// <param name="current">The placement in effect, phi.</param>
    /// <param name="objective">Tp, To, the window and the chi variant.</param>
    /// <param name="budget">The budget of the whole re-placement (To).</param>
    /// <param name="random">The random source of the strategy.</param>
    /// <param name="curve">Where the strategy records its anytime curve, or null.</param>
    /// <returns>The candidate with its exact figures; the current placement when nothing pays off.</returns>
    public ReplacementResult Run(Load load, Placement current, ChiObjective objective, ISearchBudget budget, IRandomSource random, AnytimeCurve? curve = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(random);
        var candidate = Strategy.Search(new ReplacementRequest(model, load, current, objective, StrategyBudget(budget), random) { Curve = curve });
        var result = ReplacementResult.Evaluate(model, load, current, candidate.Placement, objective, candidate.MovesUsed);
        if (!Cleanup || result.Migrations.Count == 0)
        {
            return result;
        }

        // What the strategy left of a move budget; the cleanup's share of a wall-clock one.
        var rest = budget.MoveLimit == long.MaxValue
            ? budget.Part(1 - StrategyShare)
            : new MoveCountBudget(Math.Max(0, budget.MoveLimit - candidate.MovesUsed));
        var cleaned = CleanupPass.Run(model, load, current, result.Placement, objective, rest);
        var moves = candidate.MovesUsed + cleaned.MovesEvaluated;
        if (cleaned.VnodesReturned == 0)
        {
            return result with { MovesEvaluated = moves };
        }

        var after = ReplacementResult.Evaluate(model, load, current, cleaned.Placement, objective, moves);
        return after.Chi <= result.Chi ? after : result with { MovesEvaluated = moves };
    }

    /// <summary>The strategy's share of a re-placement's budget.</summary>
    /// <param name="budget">The budget of the whole re-placement.</param>
    /// <returns>All of it with the cleanup off, <see cref="StrategyShare"/> with it on.</returns>
    public ISearchBudget StrategyBudget(ISearchBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return Cleanup ? budget.Part(StrategyShare) : budget;
    }
}
