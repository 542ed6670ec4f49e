namespace NetBalanceSim.Kernel;

/// <summary>A request for the oldest item of a <see cref="Store{T}"/>; it succeeds with the item.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class StoreGet<T> : StoreRequest
{
    internal StoreGet(Simulation simulation)
        : base(simulation)
    {
    }

    /// <summary>The item received; default until the request has been served.</summary>
    public T? Item { get; private set; }

    internal void Deliver(T item)
    {
        Item = item;
        Succeed(item);
    }
}
