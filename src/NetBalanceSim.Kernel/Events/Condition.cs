namespace NetBalanceSim.Kernel;

/// <summary>
/// An event that waits on several others: it succeeds once <see cref="IsSatisfied"/> holds for the number of
/// them processed so far, and fails as soon as one of them fails (taking that failure over).
/// </summary>
/// <remarks>
/// Its value is the list of the events that have been processed successfully when it is triggered, in the
/// order they were given (SimPy's <c>ConditionValue</c>). An empty condition succeeds at once.
/// </remarks>
public abstract class Condition : Event
{
    private readonly Event[] _events;
    private int _processedCount;

    /// <summary>Creates the condition over <paramref name="events"/>.</summary>
    /// <param name="simulation">The simulation the condition belongs to.</param>
    /// <param name="events">The events to wait on; all of the same simulation.</param>
    /// <exception cref="ArgumentException">An event belongs to another simulation.</exception>
    protected Condition(Simulation simulation, IEnumerable<Event> events)
        : base(simulation, EventKind.Condition)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = [.. events];
        foreach (var child in _events)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(events));
            if (!ReferenceEquals(child.Simulation, simulation))
            {
                throw new ArgumentException("A condition may only wait on events of its own simulation.", nameof(events));
            }
        }
        if (_events.Length == 0)
        {
            Succeed(Array.Empty<Event>());
            return;
        }
        foreach (var child in _events)
        {
            if (child.IsProcessed)
            {
                OnChildProcessed(child);
            }
            else
            {
                child.AddCallbackObject(this);
            }
        }
    }

    /// <summary>The events this condition waits on, in the order given.</summary>
    public IReadOnlyList<Event> Events => _events;

    /// <summary>Whether the condition holds once <paramref name="processedCount"/> of <paramref name="total"/> events have succeeded.</summary>
    /// <param name="processedCount">How many of the events have been processed successfully.</param>
    /// <param name="total">How many events the condition waits on.</param>
    /// <returns>True if the condition is satisfied.</returns>
    protected abstract bool IsSatisfied(int processedCount, int total);

    internal void OnChildProcessed(Event child)
    {
        if (IsTriggered)
        {
            return;
        }
        if (!child.IsOk)
        {
            child.IsDefused = true;
            Fail(child.Exception!);
            return;
        }
        _processedCount++;
        if (IsSatisfied(_processedCount, _events.Length))
        {
            Succeed(CollectValues());
        }
    }

    private List<Event> CollectValues()
    {
        var done = new List<Event>(_processedCount);
        foreach (var child in _events)
        {
            if (child.IsProcessed && child.IsOk)
            {
                done.Add(child);
            }
        }
        return done;
    }
}
