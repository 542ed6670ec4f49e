namespace NetBalance;

/// <summary>
/// The NETbalance coordinator's decision loop: takes load reports, predicts, detects significant changes,
/// re-places with a strategy, and deploys through the executor only when chi &lt; 0.
/// </summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop", §5 "Coordinator rules"; paper eq. (1) and its hysteresis. A report is
/// significant when, under the current placement, any VM's demand for the predicted load differs from its demand
/// for the reference load by more than <see cref="CoordinatorOptions.ChangeThreshold"/> of the latter. The
/// reference load is the one the current placement was deployed (or initially placed) for; with
/// <see cref="CoordinatorOptions.RetryAfterFailedSearch"/> a search that deploys nothing leaves it where it was, so
/// the next report searches again. Reports are taken to come every Tp, the first at Tp. The coordinator reads no
/// clock and draws from no random source but the budget and source it is given; with a
/// <see cref="MoveCountBudget"/> it is deterministic. Not thread-safe: one report at a time.
/// </remarks>
public sealed class ReplacementCoordinator
{
    private readonly CoordinatorOptions options;
    private readonly ILoadPredictor predictor;
    private readonly IMigrationExecutor executor;
    private readonly ISearchBudget budget;
    private readonly IRandomSource random;
    private readonly TestbedCostModel testbed;
    private readonly ReplacementSearch search;
    private readonly ChangeIntervalEstimator intervals = new();
    private readonly OptimisationTimeLearner? learner;
    private double[] referenceDemand;
    private Load previousMeasured;
    private long reports;
    private bool deployedLast;
    private Load? lastPredicted;
    private Placement? lastPlacement;
    private double[] lastDemand = [];
    private double lastTau;

    /// <summary>Creates a coordinator.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="initialPlacement">The placement in effect at the start.</param>
    /// <param name="initialLoad">The load the initial placement was made for.</param>
    /// <param name="options">The settings.</param>
    /// <param name="predictor">The load predictor.</param>
    /// <param name="executor">The migration executor.</param>
    /// <param name="strategy">The re-placement strategy.</param>
    /// <param name="budget">The search budget of every re-placement (To).</param>
    /// <param name="random">The random source of the searches.</param>
    public ReplacementCoordinator(
        TestbedShape shape,
        Placement initialPlacement,
        Load initialLoad,
        CoordinatorOptions options,
        ILoadPredictor predictor,
        IMigrationExecutor executor,
        IReplacementStrategy strategy,
        ISearchBudget budget,
        IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(initialLoad);
        this.options = options.Validate();
        this.predictor = predictor ?? throw new ArgumentNullException(nameof(predictor));
        this.executor = executor ?? throw new ArgumentNullException(nameof(executor));
        this.budget = budget ?? throw new ArgumentNullException(nameof(budget));
        this.random = random ?? throw new ArgumentNullException(nameof(random));
        testbed = new TestbedCostModel(shape, options.TestbedCost);
        search = new ReplacementSearch(new PlacementModel(shape, options.TestbedCost, options.MigrationCost), strategy, options.Cleanup);
        CurrentPlacement = initialPlacement;
        referenceDemand = testbed.VmDemand(initialLoad, initialPlacement);
        previousMeasured = initialLoad;
        if (options.LearnOptimisationTime)
        {
            learner = new OptimisationTimeLearner(options.Objective.ToSeconds, options.Objective.TpSeconds, options.LearnedToExploreEvery);
        }
        CurrentToSeconds = options.Objective.ToSeconds;
    }

    /// <summary>
    /// Gets the optimisation time To of the latest search in seconds: the scenario's, or with a learned To the one the
    /// learner chose (a mocked executor waits that long before it migrates).
    /// </summary>
    public double CurrentToSeconds { get; private set; }

    /// <summary>Gets the To learner, or null when To is fixed.</summary>
    public OptimisationTimeLearner? Learner => learner;

    /// <summary>Gets the placement in effect.</summary>
    public Placement CurrentPlacement { get; private set; }

    /// <summary>Handles one load report from the monitor.</summary>
    /// <param name="measured">The load measured over the last window.</param>
    /// <returns>What was decided, with the figures behind it.</returns>
    public ReplacementDecision OnLoadReport(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var predicted = predictor.Predict(measured);
        var nowSeconds = ++reports * options.Objective.TpSeconds;
        var before = CurrentPlacement;
        var (demand, tauBefore) = DemandAndTau(predicted, before);
        // A load change is a change of what the monitor measured, not of the prediction (which may approach a new
        // load over several reports, as EWMA does). The same load object twice is no change.
        if (options.ChiWindow == ChiWindow.Learned && !ReferenceEquals(measured, previousMeasured)
            && Differs(testbed.VmDemand(measured, before), testbed.VmDemand(previousMeasured, before)))
        {
            intervals.ObserveChange(nowSeconds);
        }

        previousMeasured = measured;
        if (!Differs(demand, referenceDemand) && !(options.ReoptimizeWhileImproving && deployedLast))
        {
            deployedLast = false;
            return Decision(ReplacementOutcome.NoSignificantChange, predicted, tauBefore, tauBefore, 0, null);
        }

        var to = learner?.NextToSeconds() ?? options.Objective.ToSeconds;
        CurrentToSeconds = to;
        var objective = Objective(nowSeconds, to);
        var window = objective.WindowSeconds(tauBefore);
        if (window <= 0)
        {
            // No time left to run a better placement (To = Tp): chi = Tr >= 0 for every phi', so do not search.
            return Kept(predicted, demand, tauBefore, window, null);
        }

        var result = learner is null ? search.Run(predicted, before, objective, budget, random) : LearningSearch(predicted, before, objective, tauBefore, to);
        if (!(result.Chi < 0))
        {
            return Kept(predicted, demand, tauBefore, window, result) with { ToSeconds = to };
        }

        deployedLast = true;
        executor.Execute(result.Plan, result.Placement);
        CurrentPlacement = result.Placement;
        referenceDemand = testbed.VmDemand(predicted, result.Placement);
        return Decision(ReplacementOutcome.Deployed, predicted, tauBefore, result.Tau, window, result) with { ToSeconds = to };
    }

    /// <summary>A search with the learned To that records its anytime curve and teaches the learner what it found.</summary>
    private ReplacementResult LearningSearch(Load predicted, Placement before, ChiObjective objective, double tauBefore, double to)
    {
        var curve = new AnytimeCurve(learner!.Checkpoints(to, candidate => search.StrategyBudget(BudgetFor(candidate)).MoveLimit));
        var result = search.Run(predicted, before, objective, BudgetFor(to), random, curve);
        learner.Observe(to, objective, tauBefore, curve, result.Tau, result.ReconfigurationSeconds);
        return result;
    }

    /// <summary>The budget of a search of <paramref name="toSeconds"/>: of the same kind as the coordinator's (moves or time).</summary>
    private ISearchBudget BudgetFor(double toSeconds) =>
        budget is WallClockBudget
            ? new WallClockBudget(TimeSpan.FromSeconds(toSeconds))
            : MoveCountBudget.ForOptimisationTime(toSeconds, options.CoordinatorMovesPerSecond);

    private ReplacementDecision Kept(Load predicted, double[] demand, double tauBefore, double window, ReplacementResult? result)
    {
        deployedLast = false;
        if (!options.RetryAfterFailedSearch)
        {
            referenceDemand = demand;
        }

        return Decision(ReplacementOutcome.Kept, predicted, tauBefore, tauBefore, window, result);
    }

    /// <summary>
    /// The per-VM demand and tau of the predicted load under the placement; between load changes the monitor reports the
    /// same load object and the placement stays, so the last result is reused (it is never modified).
    /// </summary>
    private (double[] Demand, double Tau) DemandAndTau(Load predicted, Placement placement)
    {
        if (!ReferenceEquals(predicted, lastPredicted) || !ReferenceEquals(placement, lastPlacement))
        {
            lastDemand = testbed.VmDemand(predicted, placement);
            lastTau = testbed.Tau(predicted, placement, lastDemand);
            lastPredicted = predicted;
            lastPlacement = placement;
        }

        return (lastDemand, lastTau);
    }

    private ChiObjective Objective(double nowSeconds, double toSeconds)
    {
        var objective = learner is null ? options.Objective : options.Objective with { ToSeconds = toSeconds };
        if (options.ChiWindow == ChiWindow.Paper)
        {
            return objective;
        }

        var toGo = intervals.ExpectedSecondsToNextChange(nowSeconds, objective.TpSeconds);
        return objective with { WindowOverrideSeconds = Math.Max(0, toGo - toSeconds) };
    }

    /// <summary>Returns whether any VM's demand differs from the reference by more than the threshold.</summary>
    private bool Differs(double[] demand, double[] reference)
    {
        for (var m = 0; m < demand.Length; m++)
        {
            if (Math.Abs(demand[m] - reference[m]) > options.ChangeThreshold * reference[m])
            {
                return true;
            }
        }

        return false;
    }

    private ReplacementDecision Decision(ReplacementOutcome outcome, Load predicted, double tauBefore, double tauAfter, double window, ReplacementResult? result)
    {
        var deployed = outcome == ReplacementOutcome.Deployed;
        return new ReplacementDecision
        {
            Outcome = outcome,
            PredictedLoad = predicted,
            Placement = CurrentPlacement,
            TauBefore = tauBefore,
            TauAfter = tauAfter,
            TauLowerBound = deployed ? testbed.TauLowerBound(predicted) : double.NaN,
            WindowSeconds = window,
            Chi = result?.Chi ?? 0,
            ReconfigurationSeconds = deployed ? result!.ReconfigurationSeconds : 0,
            Migrations = deployed ? result!.Migrations : [],
            MovesEvaluated = result?.MovesEvaluated ?? 0,
        };
    }
}
