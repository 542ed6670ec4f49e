namespace NetBalance;

/// <summary>How long a search may run: a number of evaluated moves or an amount of wall-clock time.</summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop": the simulator passes a deterministic
/// <see cref="MoveCountBudget"/> (<c>To * coordinatorMovesPerSecond</c>), production a
/// <see cref="WallClockBudget"/>. A budget can be started any number of times; each start gives
/// an independent <see cref="ISearchBudgetRun"/>.
/// </remarks>
public interface ISearchBudget
{
    /// <summary>Gets the most moves a search may evaluate (<see cref="long.MaxValue"/> when only time limits it).</summary>
    long MoveLimit { get; }

    /// <summary>Starts one search.</summary>
    /// <returns>The run, which reports the budget's progress.</returns>
    ISearchBudgetRun Start();

    /// <summary>Returns a budget of a share of this one, for one stage of a search that has several.</summary>
    /// <param name="fraction">The share, from 0 to 1.</param>
    /// <returns>A budget of <c>floor(fraction * moves)</c> moves, or of <c>fraction</c> of the time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1].</exception>
    ISearchBudget Part(double fraction);
}
