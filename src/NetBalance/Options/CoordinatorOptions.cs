namespace NetBalance;

/// <summary>The settings of the re-placement coordinator.</summary>
/// <remarks>DESIGN §3 "NETbalance control loop". Immutable.</remarks>
public sealed record CoordinatorOptions
{
    /// <summary>Gets Tp, To and the chi variant.</summary>
    /// <value>The default value is <c>new ChiObjective()</c>: Tp = 10 s, To = 1 s, eq. (1) literally.</value>
    public ChiObjective Objective { get; init; } = new();

    /// <summary>Gets the testbed cost constants.</summary>
    /// <value>The default value is <c>new TestbedCostOptions()</c>.</value>
    public TestbedCostOptions TestbedCost { get; init; } = new();

    /// <summary>Gets the migration cost constants.</summary>
    /// <value>The default value is <c>new MigrationCostOptions()</c>.</value>
    public MigrationCostOptions MigrationCost { get; init; } = new();

    /// <summary>Gets the annealer settings.</summary>
    /// <value>The default value is <c>new AnnealerOptions()</c>.</value>
    public AnnealerOptions Annealer { get; init; } = new();

    /// <summary>
    /// Gets the relative change of any VM's demand (under the current placement, against the load
    /// the placement was last optimised for) that makes a report significant.
    /// </summary>
    /// <value>The default value is 0.05 (5%).</value>
    public double ChangeThreshold { get; init; } = 0.05;

    /// <summary>Gets a value indicating whether the coordinator optimises again at the next report after a deployed re-placement, even without a load change.</summary>
    /// <value>The default value is false.</value>
    public bool ReoptimizeWhileImproving { get; init; }

    /// <summary>Gets a value indicating whether the cleanup pass runs after every search (DESIGN §5; off only for ablations).</summary>
    /// <value>The default value is true.</value>
    public bool Cleanup { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether a search that deploys nothing leaves the reference load where it was, so the
    /// next report searches again while the load still differs significantly (DESIGN §5 "Retry"). Off reproduces
    /// the first wave, in which the predicted load became the reference after every search.
    /// </summary>
    /// <value>The default value is true.</value>
    public bool RetryAfterFailedSearch { get; init; } = true;

    /// <summary>Gets the window chi multiplies the time dilation factors by: the paper's <c>Tp - To</c> or a learned one.</summary>
    /// <value>The default value is <see cref="NetBalance.ChiWindow.Paper"/>.</value>
    public ChiWindow ChiWindow { get; init; } = ChiWindow.Paper;

    /// <summary>
    /// Gets the speed of the simulated coordinator in evaluated moves per second, from which the
    /// deterministic budget <c>To * coordinatorMovesPerSecond</c> follows (DESIGN §3: start from
    /// 20,000 and calibrate). Production uses a <see cref="WallClockBudget"/> instead.
    /// </summary>
    /// <value>The default value is 20,000.</value>
    public double CoordinatorMovesPerSecond { get; init; } = 20_000;

    /// <summary>
    /// Gets a value indicating whether the coordinator learns To online (<see cref="OptimisationTimeLearner"/>), starting
    /// from <see cref="ChiObjective.ToSeconds"/>, instead of searching for that To every time.
    /// </summary>
    /// <value>The default value is false (the paper's fixed To).</value>
    public bool LearnOptimisationTime { get; init; }

    /// <summary>Gets every how many searches a learned To tries a longer one (0: never).</summary>
    /// <value>The default value is 4.</value>
    public int LearnedToExploreEvery { get; init; } = 4;

    /// <summary>Returns the simulator's deterministic search budget, <c>To * CoordinatorMovesPerSecond</c> moves.</summary>
    /// <returns>The budget to pass to <see cref="ReplacementCoordinator"/>.</returns>
    public MoveCountBudget SimulatedBudget() =>
        MoveCountBudget.ForOptimisationTime(Objective.ToSeconds, CoordinatorMovesPerSecond);

    /// <summary>Checks every part.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CoordinatorOptions Validate()
    {
        ArgumentNullException.ThrowIfNull(Objective);
        ArgumentNullException.ThrowIfNull(TestbedCost);
        ArgumentNullException.ThrowIfNull(MigrationCost);
        ArgumentNullException.ThrowIfNull(Annealer);
        Objective.Validate();
        TestbedCost.Validate();
        MigrationCost.Validate();
        Annealer.Validate();
        TestbedCostOptions.RequireNonNegative(ChangeThreshold, nameof(ChangeThreshold));
        TestbedCostOptions.RequireNonNegative(CoordinatorMovesPerSecond, nameof(CoordinatorMovesPerSecond));
        ArgumentOutOfRangeException.ThrowIfNegative(LearnedToExploreEvery);
        return this;
    }
}
