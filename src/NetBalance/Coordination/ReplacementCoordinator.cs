namespace NetBalance;

/// <summary>
/// The NETbalance coordinator's decision loop: takes load reports, predicts, detects significant
/// changes, re-places by simulated annealing, and deploys through the executor only when chi &lt; 0.
/// </summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop"; paper eq. (1) and its hysteresis. A report is significant
/// when, under the current placement, any VM's demand for the predicted load differs from its
/// demand for the load the placement was last optimised for by more than
/// <see cref="CoordinatorOptions.ChangeThreshold"/> of the latter (docs/model.md). After a search
/// the predicted load becomes that reference, whether or not phi' was deployed. The coordinator
/// reads no clock and draws from no random source but the budget and source it is given; with a
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
    private readonly SimulatedAnnealingReplacer replacer;
    private double[] referenceDemand;
    private bool deployedLast;

    /// <summary>Creates a coordinator.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="initialPlacement">The placement in effect at the start.</param>
    /// <param name="initialLoad">The load the initial placement was made for.</param>
    /// <param name="options">The settings.</param>
    /// <param name="predictor">The load predictor.</param>
    /// <param name="executor">The migration executor.</param>
    /// <param name="budget">The search budget of every re-placement (To).</param>
    /// <param name="random">The random source of the searches.</param>
    public ReplacementCoordinator(
        TestbedShape shape,
        Placement initialPlacement,
        Load initialLoad,
        CoordinatorOptions options,
        ILoadPredictor predictor,
        IMigrationExecutor executor,
        ISearchBudget budget,
        IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validate();
        this.predictor = predictor ?? throw new ArgumentNullException(nameof(predictor));
        this.executor = executor ?? throw new ArgumentNullException(nameof(executor));
        this.budget = budget ?? throw new ArgumentNullException(nameof(budget));
        this.random = random ?? throw new ArgumentNullException(nameof(random));
        testbed = new TestbedCostModel(shape, options.TestbedCost);
        replacer = new SimulatedAnnealingReplacer(shape, options.TestbedCost, options.MigrationCost, options.Annealer);
        CurrentPlacement = initialPlacement;
        referenceDemand = testbed.VmDemand(initialLoad, initialPlacement);
    }

    /// <summary>Gets the placement in effect.</summary>
    public Placement CurrentPlacement { get; private set; }

    /// <summary>Handles one load report from the monitor.</summary>
    /// <param name="measured">The load measured over the last window.</param>
    /// <returns>What was decided, with the figures behind it.</returns>
    public ReplacementDecision OnLoadReport(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var predicted = predictor.Predict(measured);
        var before = CurrentPlacement;
        var demand = testbed.VmDemand(predicted, before);
        var tauBefore = testbed.Tau(predicted, before);
        if (!IsSignificant(demand) && !(options.ReoptimizeWhileImproving && deployedLast))
        {
            deployedLast = false;
            return Decision(ReplacementOutcome.NoSignificantChange, predicted, tauBefore, tauBefore, null);
        }

        if (options.Objective.WindowSeconds(tauBefore) <= 0)
        {
            // No time left to run a better placement (To = Tp): chi = Tr >= 0 for every phi', so do not search.
            deployedLast = false;
            referenceDemand = demand;
            return Decision(ReplacementOutcome.Kept, predicted, tauBefore, tauBefore, null);
        }

        var result = replacer.Replace(predicted, before, options.Objective, budget, random);
        deployedLast = result.Chi < 0;
        if (!deployedLast)
        {
            referenceDemand = demand;
            return Decision(ReplacementOutcome.Kept, predicted, tauBefore, tauBefore, result);
        }

        executor.Execute(result.Plan, result.Placement);
        CurrentPlacement = result.Placement;
        referenceDemand = testbed.VmDemand(predicted, result.Placement);
        return Decision(ReplacementOutcome.Deployed, predicted, tauBefore, result.Tau, result);
    }

    /// <summary>Returns whether any VM's demand differs from the reference by more than the threshold.</summary>
    /// <param name="demand">Every VM's demand for the predicted load under the current placement.</param>
    /// <returns>True when a re-placement should be searched for.</returns>
    private bool IsSignificant(double[] demand)
    {
        for (var m = 0; m < demand.Length; m++)
        {
            if (Math.Abs(demand[m] - referenceDemand[m]) > options.ChangeThreshold * referenceDemand[m])
            {
                return true;
            }
        }

        return false;
    }

    private ReplacementDecision Decision(ReplacementOutcome outcome, Load predicted, double tauBefore, double tauAfter, AnnealingResult? result)
    {
        var deployed = outcome == ReplacementOutcome.Deployed;
        return new ReplacementDecision
        {
            Outcome = outcome,
            PredictedLoad = predicted,
            Placement = CurrentPlacement,
            TauBefore = tauBefore,
            TauAfter = tauAfter,
            Chi = result?.Chi ?? 0,
            ReconfigurationSeconds = deployed ? result!.ReconfigurationSeconds : 0,
            Migrations = deployed ? result!.Migrations : [],
            MovesEvaluated = result?.MovesEvaluated ?? 0,
        };
    }
}
