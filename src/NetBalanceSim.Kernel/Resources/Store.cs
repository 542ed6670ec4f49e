namespace NetBalanceSim.Kernel;

/// <summary>
/// A first-in, first-out store of items with a capacity: <see cref="Put"/> waits while the store is full,
/// <see cref="Get"/> waits while it is empty, and waiting requests are served in the order they were made.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Store<T>
{
    private readonly Queue<T> _items = new();
    private readonly Queue<StorePut<T>> _waitingPuts = new();
    private readonly Queue<StoreGet<T>> _waitingGets = new();

    /// <summary>Creates an empty store.</summary>
    /// <param name="simulation">The simulation the store belongs to.</param>
    /// <param name="capacity">The largest number of items it holds; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is below 1.</exception>
    public Store(Simulation simulation, int capacity = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Simulation = simulation;
        Capacity = capacity;
    }

    /// <summary>The simulation the store belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The largest number of items the store holds.</summary>
    public int Capacity { get; }

    /// <summary>The number of items in the store.</summary>
    public int Count => _items.Count;

    /// <summary>Requests to put <paramref name="item"/> into the store.</summary>
    /// <param name="item">The item.</param>
    /// <returns>An event that succeeds once the item is in the store.</returns>
    public StorePut<T> Put(T item)
    {
        var request = new StorePut<T>(Simulation, item);
        _waitingPuts.Enqueue(request);
        Serve();
        return request;
    }

    /// <summary>Requests the oldest item of the store.</summary>
    /// <returns>An event that succeeds with the item (also in <see cref="StoreGet{T}.Item"/>) once there is one.</returns>
    public StoreGet<T> Get()
    {
        var request = new StoreGet<T>(Simulation);
        _waitingGets.Enqueue(request);
        Serve();
        return request;
    }

    /// <summary>Admits waiting puts while there is room and serves waiting gets while there are items.</summary>
    internal void Serve()
    {
        bool progress;
        do
        {
            progress = false;
            if (TryDequeueLive(_waitingPuts, out var put) && _items.Count < Capacity)
            {
                _waitingPuts.Dequeue();
                _items.Enqueue(put.Item);
                put.Succeed();
                progress = true;
            }
            if (TryDequeueLive(_waitingGets, out var get) && _items.Count > 0)
            {
                _waitingGets.Dequeue();
                get.Deliver(_items.Dequeue());
                progress = true;
            }
        }
        while (progress);
    }

    /// <summary>Drops cancelled requests from the head of <paramref name="queue"/> and peeks at the first live one.</summary>
    private static bool TryDequeueLive<TRequest>(Queue<TRequest> queue, out TRequest request)
        where TRequest : StoreRequest
    {
        while (queue.TryPeek(out request!))
        {
            if (!request.IsCancelled)
            {
                return true;
            }
            queue.Dequeue();
        }
        return false;
    }
}
