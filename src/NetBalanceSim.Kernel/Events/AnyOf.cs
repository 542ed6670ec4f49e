namespace NetBalanceSim.Kernel;

/// <summary>A condition that succeeds once any one of its events has succeeded.</summary>
/// <param name="simulation">The simulation the condition belongs to.</param>
/// <param name="events">The events to wait on.</param>
public sealed class AnyOf(Simulation simulation, IEnumerable<Event> events) : Condition(simulation, events)
{
    /// <inheritdoc />
    protected override bool IsSatisfied(int processedCount, int total) => processedCount >= 1;
}
