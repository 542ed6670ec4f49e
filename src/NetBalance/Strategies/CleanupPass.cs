namespace NetBalance;

/// <summary>
/// The cleanup after a search: moves every migrated vnode back to its VM under phi when that does not raise chi,
/// in increasing vnode order, pass after pass until a pass changes nothing or the move limit is reached.
/// </summary>
/// <remarks>
/// DESIGN §5 "Coordinator rules". tau and Tr are maxima, so a search moves many vnodes off the critical VMs for
/// nothing; returning them costs nothing and saves their migration. Every return is evaluated incrementally
/// (O(degree) plus the refresh of a maximum) and counts as one move of the budget. Thread-safe (no state).
/// </remarks>
public static class CleanupPass
{
    /// <summary>Cleans up a candidate, evaluating at most <paramref name="moveLimit"/> returns.</summary>
    /// <param name="model">The testbed and cost constants.</param>
    /// <param name="load">The predicted load.</param>
    /// <param name="current">The placement in effect, phi.</param>
    /// <param name="candidate">The candidate phi' to clean up.</param>
    /// <param name="objective">Tp, To, the window and the chi variant.</param>
    /// <param name="moveLimit">The most returns to evaluate.</param>
    /// <returns>The cleaned candidate, the returns evaluated and the vnodes moved back.</returns>
    public static CleanupResult Run(PlacementModel model, Load load, Placement current, Placement candidate, ChiObjective objective, long moveLimit) =>
        Run(model, load, current, candidate, objective, new MoveCountBudget(moveLimit));

    /// <summary>Cleans up a candidate within a budget (a number of returns, or wall-clock time in production).</summary>
    /// <param name="model">The testbed and cost constants.</param>
    /// <param name="load">The predicted load.</param>
    /// <param name="current">The placement in effect, phi.</param>
    /// <param name="candidate">The candidate phi' to clean up.</param>
    /// <param name="objective">Tp, To, the window and the chi variant.</param>
    /// <param name="budget">The cleanup's budget; each evaluated return is one move.</param>
    /// <returns>The cleaned candidate, the returns evaluated and the vnodes moved back.</returns>
    public static CleanupResult Run(PlacementModel model, Load load, Placement current, Placement candidate, ChiObjective objective, ISearchBudget budget)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(budget);
        current.Validate(model.Shape, load.VnodeCount);
        candidate.Validate(model.Shape, load.VnodeCount);
        var tables = new EvaluatorTables(model.Shape, load, model.Testbed, objective.IncludeMigrationCost ? model.Migration : null);
        var evaluator = new IncrementalEvaluator(tables, candidate, current, objective, 0);
        var moveLimit = budget.MoveLimit;
        var run = budget.Start();
        long evaluated = 0;
        var returned = 0;
        var changed = true;
        bool Spent() => evaluated >= moveLimit || ((evaluated & 63) == 63 && run.Progress(evaluated) >= 1);
        while (changed && !Spent())
        {
            changed = false;
            for (var v = 0; v < evaluator.VnodeCount && !Spent(); v++)
            {
                var home = evaluator.OriginVm(v);
                if (evaluator.VmOf(v) == home)
                {
                    continue;
                }

                var chi = evaluator.Chi;
                evaluator.ProposeMove(v, home);
                evaluated++;
                if (evaluator.PendingChi <= chi)
                {
                    evaluator.Commit();
                    returned++;
                    changed = true;
                }
            }
        }

        return new CleanupResult(returned == 0 ? candidate : evaluator.ToPlacement(), evaluated, returned);
    }
}
