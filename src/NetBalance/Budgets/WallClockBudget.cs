using System.Diagnostics;

namespace NetBalance;

/// <summary>A production budget: an amount of wall-clock time. The only class of the engine that reads a clock.</summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop": in production the optimisation stops after To seconds of
/// real time. Searches with this budget are not reproducible; the simulator uses
/// <see cref="MoveCountBudget"/>. Immutable and thread-safe; each run reads the monotonic clock.
/// </remarks>
public sealed class WallClockBudget : ISearchBudget
{
    /// <summary>Creates a budget of <paramref name="limit"/> wall-clock time.</summary>
    /// <param name="limit">The time a search may take; zero makes it return its start.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public WallClockBudget(TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, TimeSpan.Zero);
        Limit = limit;
    }

    /// <summary>Gets the time a search may take.</summary>
    public TimeSpan Limit { get; }

    /// <inheritdoc/>
    public long MoveLimit => Limit == TimeSpan.Zero ? 0 : long.MaxValue;

    /// <inheritdoc/>
    public ISearchBudgetRun Start() => new Run(Limit);

    /// <inheritdoc/>
    public ISearchBudget Part(double fraction)
    {
        SearchBudgetShare.Check(fraction);
        return new WallClockBudget(Limit * fraction);
    }

    private sealed class Run : ISearchBudgetRun
    {
        private readonly long startTicks;
        private readonly double limitTicks;

        public Run(TimeSpan limit)
        {
            limitTicks = limit.TotalSeconds * Frequency;
            startTicks = Now();
        }

        // RS0030 is suppressed here on purpose: a wall-clock budget is the one sanctioned clock reader (STYLE §8).
#pragma warning disable RS0030
        private static double Frequency => Stopwatch.Frequency;

        public double Progress(long movesEvaluated) => limitTicks <= 0 ? 1 : (Now() - startTicks) / limitTicks;

        private static long Now() => Stopwatch.GetTimestamp();
#pragma warning restore RS0030
    }
}
