namespace NetBalanceSim.Kernel;

/// <summary>A put or get request of a <see cref="Store{T}"/>; it can be cancelled while it waits.</summary>
public abstract class StoreRequest : Event
{
    private protected StoreRequest(Simulation simulation)
        : base(simulation, EventKind.Store)
    {
    }

    /// <summary>True if the request was withdrawn before it was served.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>Withdraws the request if it has not been served yet (e.g. after the waiting process was interrupted).</summary>
    /// <returns>True if the request was withdrawn; false if it had already been served.</returns>
    public bool Cancel()
    {
        if (IsTriggered)
        {
            return false;
        }
        IsCancelled = true;
        return true;
    }
}
