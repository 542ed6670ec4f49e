namespace NetBalance;

/// <summary>A deterministic budget: a fixed number of evaluated moves.</summary>
/// <remarks>
/// DESIGN §3: in the simulator, <c>To</c> seconds of a coordinator that evaluates
/// <c>coordinatorMovesPerSecond</c> moves per second. The same budget, seed and input always give
/// the same search. Immutable and thread-safe.
/// </remarks>
public sealed class MoveCountBudget : ISearchBudget
{
    /// <summary>Creates a budget of <paramref name="moves"/> evaluated moves.</summary>
    /// <param name="moves">The number of moves; 0 makes the search return its start.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="moves"/> is negative.</exception>
    public MoveCountBudget(long moves)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(moves);
        MoveLimit = moves;
    }

    /// <inheritdoc/>
    public long MoveLimit { get; }

    /// <summary>Returns the budget of a coordinator that evaluates a given number of moves per second for To seconds.</summary>
    /// <param name="toSeconds">The optimisation time To in seconds.</param>
    /// <param name="movesPerSecond">The coordinator's speed in evaluated moves per second.</param>
    /// <returns>A budget of <c>floor(To * movesPerSecond)</c> moves.</returns>
    public static MoveCountBudget ForOptimisationTime(double toSeconds, double movesPerSecond)
    {
        TestbedCostOptions.RequireNonNegative(toSeconds, nameof(toSeconds));
        TestbedCostOptions.RequireNonNegative(movesPerSecond, nameof(movesPerSecond));
        return new MoveCountBudget((long)Math.Floor(toSeconds * movesPerSecond));
    }

    /// <inheritdoc/>
    public ISearchBudgetRun Start() => new Run(MoveLimit);

    /// <inheritdoc/>
    public ISearchBudget Part(double fraction) => new MoveCountBudget(SearchBudgetShare.Of(MoveLimit, fraction));

    private sealed class Run(long limit) : ISearchBudgetRun
    {
        public double Progress(long movesEvaluated) => limit == 0 ? 1 : (double)movesEvaluated / limit;
    }
}
