namespace NetBalanceSim.Kernel;

/// <summary>
/// Named scheduling priorities. Among events scheduled for the same time, a lower priority value is
/// processed first; among equal priorities, the event scheduled first is processed first.
/// </summary>
public static class EventPriority
{
    /// <summary>Processed before <see cref="Normal"/> events at the same time (process start, interrupts, stop).</summary>
    public const int Urgent = 0;

    /// <summary>The priority of ordinary events (timeouts, succeeded events, process ends).</summary>
    public const int Normal = 1;

    /// <summary>The largest priority value the queue accepts.</summary>
    public const int Max = 0xFFFF;
}
