namespace NetBalanceSim.Kernel;

/// <summary>A request to put an item into a <see cref="Store{T}"/>; it succeeds once the item is in.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class StorePut<T> : StoreRequest
{
    internal StorePut(Simulation simulation, T item)
        : base(simulation)
    {
        Item = item;
    }

    /// <summary>The item to put.</summary>
    public T Item { get; }
}
