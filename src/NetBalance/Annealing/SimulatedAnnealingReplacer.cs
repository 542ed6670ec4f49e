namespace NetBalance;

/// <summary>
/// Re-placement by simulated annealing: from the current placement phi, searches moves and swaps
/// of vnodes between VMs for a placement phi' that minimises chi (paper eq. 1) within a budget.
/// </summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop"; paper eq. (1); STYLE §8. Moves are evaluated
/// incrementally (O(degree) plus at most O(M)); a worse neighbour is accepted when
/// <c>u &lt; exp(-delta / T)</c> with <c>u = NextDouble()</c>; <c>best</c> is kept apart from
/// <c>current</c>, and the result is never worse than the start (chi &lt;= 0). The search energy is
/// chi plus an optional balance term, off by default (docs/model.md); the best is chosen by chi, ties by energy.
/// The hot loop allocates nothing. Stateless between calls and thread-safe; one search is
/// single-threaded and a pure function of its inputs under a <see cref="MoveCountBudget"/>.
/// </remarks>
public sealed class SimulatedAnnealingReplacer
{
    private const int CheckInterval = 256;

    /// <summary>Creates a replacer.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="cost">The testbed cost constants.</param>
    /// <param name="migration">The migration cost constants.</param>
    /// <param name="options">The search settings.</param>
    public SimulatedAnnealingReplacer(TestbedShape shape, TestbedCostOptions cost, MigrationCostOptions migration, AnnealerOptions options)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(migration);
        ArgumentNullException.ThrowIfNull(options);
        Shape = shape;
        Cost = cost.Validate();
        Migration = migration.Validate();
        Options = options.Validate();
    }

    /// <summary>Gets the testbed.</summary>
    public TestbedShape Shape { get; }

    /// <summary>Gets the testbed cost constants.</summary>
    public TestbedCostOptions Cost { get; }

    /// <summary>Gets the migration cost constants.</summary>
    public MigrationCostOptions Migration { get; }

    /// <summary>Gets the search settings.</summary>
    public AnnealerOptions Options { get; }

    /// <summary>Searches for a placement that minimises chi, starting from (and relative to) <paramref name="start"/>.</summary>
    /// <param name="load">The predicted load.</param>
    /// <param name="start">The current placement phi; chi and Tr are relative to it.</param>
    /// <param name="objective">Tp, To and the chi variant; <see cref="ChiObjective.TauOnly"/> ignores migration cost.</param>
    /// <param name="budget">The search budget.</param>
    /// <param name="random">The random source; the only one the search draws from.</param>
    /// <param name="curve">Where to record the anytime curve (the best candidate as the moves grow), or null.</param>
    /// <returns>The best placement found and its figures; the start when the budget is 0.</returns>
    /// <exception cref="ArgumentException">The placement does not fit the load or the testbed.</exception>
    public ReplacementResult Replace(Load load, Placement start, ChiObjective objective, ISearchBudget budget, IRandomSource random, AnytimeCurve? curve = null) =>
        Replace(load, start, start, objective, budget, random, curve);

    /// <summary>
    /// Searches for a placement that minimises chi counted from <paramref name="origin"/> (phi), walking from
    /// <paramref name="start"/>: polishing a candidate built elsewhere, such as a fresh placement relabelled onto phi.
    /// </summary>
    /// <param name="load">The predicted load.</param>
    /// <param name="origin">The placement in effect, phi; chi and Tr are relative to it.</param>
    /// <param name="start">Where the walk begins.</param>
    /// <param name="objective">Tp, To and the chi variant.</param>
    /// <param name="budget">The search budget.</param>
    /// <param name="random">The random source; the only one the search draws from.</param>
    /// <param name="curve">Where to record the anytime curve (the best candidate as the moves grow), or null.</param>
    /// <returns>The best placement found (never worse than <paramref name="origin"/>) and its figures.</returns>
    /// <exception cref="ArgumentException">A placement does not fit the load or the testbed.</exception>
    public ReplacementResult Replace(Load load, Placement origin, Placement start, ChiObjective objective, ISearchBudget budget, IRandomSource random, AnytimeCurve? curve = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(random);
        origin.Validate(Shape, load.VnodeCount);
        start.Validate(Shape, load.VnodeCount);
        objective.Validate();
        var tables = new EvaluatorTables(Shape, load, Cost, objective.IncludeMigrationCost ? Migration : null);
        var evaluator = new IncrementalEvaluator(tables, start, origin, objective, Options.BalanceWeight);
        var (best, evaluated, accepted) = Search(evaluator, start, budget, random, curve);
        return ReplacementResult.Evaluate(new PlacementModel(Shape, Cost, Migration), load, origin, best, objective, evaluated, accepted);
    }

    private (Placement Best, long Evaluated, long Accepted) Search(
        IncrementalEvaluator evaluator, Placement start, ISearchBudget budget, IRandomSource random, AnytimeCurve? curve)
    {
        var limit = budget.MoveLimit;
        if (limit == 0 || Shape.VmCount < 2 || start.Count == 0)
        {
            return (start, 0, 0);
        }

        var run = budget.Start();
        var selector = new MoveSelector(evaluator, random, Options);
        var calibration = (int)Math.Min(Options.CalibrationMoves, Math.Max(1, limit / 10));
        var schedule = Calibrate(evaluator, selector, calibration);
        var walk = new AnnealingWalk(evaluator, selector, random, new BestPlacementTracker(start));
        var evaluated = (long)calibration;
        curve?.Reach(evaluated, walk.BestTau, walk.BestReconfigurationSeconds);
        while (evaluated < limit)
        {
            var progress = run.Progress(evaluated);
            if (progress >= 1)
            {
                break;
            }

            var chunk = (int)Math.Min(CheckInterval, limit - evaluated);
            walk.Steps(chunk, schedule.At(progress));
            evaluated += chunk;
            curve?.Reach(evaluated, walk.BestTau, walk.BestReconfigurationSeconds);
        }

        return (walk.Best(), evaluated, walk.Accepted);
    }

    private CoolingSchedule Calibrate(IncrementalEvaluator evaluator, MoveSelector selector, int samples)
    {
        var sum = 0.0;
        var worse = 0;
        for (var i = 0; i < samples; i++)
        {
            var delta = selector.Propose();
            if (delta > 0)
            {
                sum += delta;
                worse++;
            }
        }

        var mean = worse > 0 ? sum / worse : 0;
        return CoolingSchedule.Calibrated(mean, Options.InitialAcceptanceProbability, Options.FinalTemperatureRatio, evaluator.Energy);
    }
}
