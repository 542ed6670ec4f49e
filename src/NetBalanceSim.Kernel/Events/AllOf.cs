namespace NetBalanceSim.Kernel;

/// <summary>A condition that succeeds once all of its events have succeeded.</summary>
/// <param name="simulation">The simulation the condition belongs to.</param>
/// <param name="events">The events to wait on.</param>
public sealed class AllOf(Simulation simulation, IEnumerable<Event> events) : Condition(simulation, events)
{
    /// <inheritdoc />
    protected override bool IsSatisfied(int processedCount, int total) => processedCount == total;
}
