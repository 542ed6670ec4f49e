namespace NetBalanceSim.Kernel;

/// <summary>An event that succeeds by itself after a delay of simulated time.</summary>
public sealed class Timeout : Event
{
    /// <summary>Creates the timeout and schedules it at <c>Now + delaySeconds</c>.</summary>
    /// <param name="simulation">The simulation the timeout belongs to.</param>
    /// <param name="delaySeconds">The delay in seconds; zero or positive and finite.</param>
    /// <param name="value">The value the timeout succeeds with.</param>
    /// <param name="priority">The scheduling priority (see <see cref="EventPriority"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative, infinite or NaN.</exception>
    public Timeout(Simulation simulation, double delaySeconds, object? value = null, int priority = EventPriority.Normal)
        : base(simulation, EventKind.Timeout)
    {
        SetOutcome(true, value);
        simulation.Schedule(this, delaySeconds, priority);
    }

    private Timeout(Simulation simulation, object? value)
        : base(simulation, EventKind.Timeout)
    {
        SetOutcome(true, value);
    }

    /// <summary>
    /// Creates a timeout that succeeds exactly at the absolute time <paramref name="atSeconds"/>; unlike
    /// <c>Now + (at - Now)</c>, no rounding can move it.
    /// </summary>
    /// <param name="simulation">The simulation the timeout belongs to.</param>
    /// <param name="atSeconds">The time in seconds; finite and not before <see cref="Simulation.Now"/>.</param>
    /// <param name="value">The value the timeout succeeds with.</param>
    /// <param name="priority">The scheduling priority (see <see cref="EventPriority"/>).</param>
    /// <returns>The scheduled timeout.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time is in the past, infinite or NaN.</exception>
    public static Timeout At(Simulation simulation, double atSeconds, object? value = null, int priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var timeout = new Timeout(simulation, value);
        simulation.ScheduleAt(timeout, atSeconds, priority);
        return timeout;
    }
}
