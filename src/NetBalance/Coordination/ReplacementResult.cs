namespace NetBalance;

/// <summary>The outcome of one re-placement search: the candidate phi' with its exact figures.</summary>
/// <remarks>
/// <see cref="Chi"/>, <see cref="Tau"/> and <see cref="ReconfigurationSeconds"/> are recomputed
/// with the full cost models, not taken from an incremental evaluator. Immutable.
/// </remarks>
public sealed record ReplacementResult
{
    /// <summary>Gets the best placement found, phi' (the start itself when nothing better was found).</summary>
    public required Placement Placement { get; init; }

    /// <summary>Gets chi of going from the start to <see cref="Placement"/> (paper eq. 1), in seconds; never positive.</summary>
    public required double Chi { get; init; }

    /// <summary>Gets tau(phi) of the start placement under the load.</summary>
    public required double TauStart { get; init; }

    /// <summary>Gets tau(phi') of <see cref="Placement"/> under the load.</summary>
    public required double Tau { get; init; }

    /// <summary>Gets Tr of the transition from the start to <see cref="Placement"/>, in seconds.</summary>
    public required double ReconfigurationSeconds { get; init; }

    /// <summary>Gets the migrations of the transition, in increasing vnode order.</summary>
    public required IReadOnlyList<Migration> Migrations { get; init; }

    /// <summary>Gets the migration plan from the start to <see cref="Placement"/> (its per-VM times included).</summary>
    public required MigrationPlan Plan { get; init; }

    /// <summary>Gets the number of moves and swaps evaluated (calibration and cleanup included).</summary>
    public required long MovesEvaluated { get; init; }

    /// <summary>Gets the number of moves and swaps accepted (0 for searches that do not anneal).</summary>
    public long MovesAccepted { get; init; }

    /// <summary>
    /// Evaluates a candidate exactly and applies the rule every strategy shares: the result is never
    /// worse than the start (chi &gt; 0, or chi = 0 with migration costs counted, gives the start back).
    /// </summary>
    /// <param name="model">The testbed and the cost constants.</param>
    /// <param name="load">The predicted load.</param>
    /// <param name="start">The current placement phi.</param>
    /// <param name="candidate">The candidate phi'.</param>
    /// <param name="objective">Tp, To, the window and the chi variant.</param>
    /// <param name="movesEvaluated">The moves the search used.</param>
    /// <param name="movesAccepted">The moves it accepted.</param>
    /// <returns>The candidate's figures, or the start's when the candidate does not pay off.</returns>
    public static ReplacementResult Evaluate(
        PlacementModel model, Load load, Placement start, Placement candidate, ChiObjective objective, long movesEvaluated, long movesAccepted = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(objective);
        var testbed = new TestbedCostModel(model.Shape, model.Testbed);
        var tauStart = testbed.Tau(load, start);
        var tau = testbed.Tau(load, candidate);
        var plan = new MigrationCostModel(model.Shape, model.Migration).Plan(start, candidate);
        var chi = objective.Chi(tauStart, tau, plan.ReconfigurationSeconds);
        if (chi > 0 || (chi == 0 && objective.IncludeMigrationCost))
        {
            // Never worse than the start (rounding in the incremental sums could suggest otherwise).
            (candidate, tau, chi, plan) = (start, tauStart, 0, new MigrationPlan([], new double[model.Shape.VmCount]));
        }

        return new ReplacementResult
        {
            Placement = candidate,
            Chi = chi,
            TauStart = tauStart,
            Tau = tau,
            ReconfigurationSeconds = plan.ReconfigurationSeconds,
            Migrations = plan.Migrations,
            Plan = plan,
            MovesEvaluated = movesEvaluated,
            MovesAccepted = movesAccepted,
        };
    }
}
