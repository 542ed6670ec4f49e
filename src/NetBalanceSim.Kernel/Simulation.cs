namespace NetBalanceSim.Kernel;

/// <summary>
/// The simulation environment: a clock in seconds, the queue of scheduled events and the loop that processes
/// them in (time, priority, insertion sequence) order.
/// </summary>
/// <remarks>
/// Concepts follow SimPy's <c>Environment</c> and SimSharp's <c>Simulation</c>. A simulation is single-threaded
/// and deterministic: given the same model code and the same random seeds, it processes the same events in the
/// same order, which <see cref="Fingerprint"/> pins.
/// </remarks>
public sealed class Simulation
{
    private const ulong FnvOffsetBasis = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private readonly EventQueue _queue = new();

    /// <summary>Creates a simulation whose clock starts at <paramref name="startSeconds"/>.</summary>
    /// <param name="startSeconds">The initial time in seconds; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The start time is infinite or NaN.</exception>
    public Simulation(double startSeconds = 0)
    {
        if (!double.IsFinite(startSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(startSeconds), startSeconds, "The start time must be a finite number of seconds.");
        }
        Now = startSeconds;
    }

    /// <summary>The current simulated time in seconds.</summary>
    public double Now { get; private set; }

    /// <summary>The process whose iterator is running, or null between events.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>How many events have been processed (stop events of <see cref="Run(double)"/> excluded).</summary>
    public long ProcessedEventCount { get; private set; }

    /// <summary>How many events are scheduled and not yet processed.</summary>
    public int ScheduledEventCount => _queue.Count;

    /// <summary>
    /// A running 64-bit hash of every processed event: its time (IEEE bits), its priority and insertion
    /// sequence, and its <see cref="EventKind"/> (FNV-1a over 64-bit words). Two runs with equal fingerprints
    /// processed the same events in the same order at the same times.
    /// </summary>
    public ulong Fingerprint { get; private set; } = FnvOffsetBasis;

    /// <summary>The time of the next scheduled event, or positive infinity if there is none.</summary>
    public double PeekTime => _queue.PeekTime;

    /// <summary>Creates a pending event of this simulation.</summary>
    /// <returns>The new event.</returns>
    public Event Event() => new(this);

    /// <summary>Creates a timeout that succeeds after <paramref name="delaySeconds"/>.</summary>
    /// <param name="delaySeconds">The delay in seconds; zero or positive and finite.</param>
    /// <param name="value">The value the timeout succeeds with.</param>
    /// <returns>The scheduled timeout.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative, infinite or NaN.</exception>
    public Timeout Timeout(double delaySeconds, object? value = null) => new(this, delaySeconds, value);

    /// <summary>Creates a timeout that succeeds exactly at the absolute time <paramref name="atSeconds"/>.</summary>
    /// <param name="atSeconds">The time in seconds; finite and not before <see cref="Now"/>.</param>
    /// <param name="value">The value the timeout succeeds with.</param>
    /// <returns>The scheduled timeout.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time is in the past, infinite or NaN.</exception>
    public Timeout TimeoutAt(double atSeconds, object? value = null) => Kernel.Timeout.At(this, atSeconds, value);

    /// <summary>Starts a process that runs <paramref name="body"/> from the current time.</summary>
    /// <param name="body">The process's iterator; it yields the events to wait on.</param>
    /// <param name="name">A name for diagnostics.</param>
    /// <returns>The process, an event that succeeds when the iterator ends.</returns>
    public Process Process(IEnumerable<Event> body, string? name = null) => new(this, body, name);

    /// <summary>Creates a condition that succeeds once all <paramref name="events"/> have succeeded.</summary>
    /// <param name="events">The events to wait on.</param>
    /// <returns>The condition.</returns>
    public AllOf AllOf(params IEnumerable<Event> events) => new(this, events);

    /// <summary>Creates a condition that succeeds once any of <paramref name="events"/> has succeeded.</summary>
    /// <param name="events">The events to wait on.</param>
    /// <returns>The condition.</returns>
    public AnyOf AnyOf(params IEnumerable<Event> events) => new(this, events);

    /// <summary>Processes events until none is left.</summary>
    /// <exception cref="Exception">The exception of a failed event that nobody defused.</exception>
    public void Run()
    {
        while (Step())
        {
        }
    }

    /// <summary>
    /// Processes every event scheduled before <paramref name="untilSeconds"/> and then sets the clock to it.
    /// Events scheduled exactly at <paramref name="untilSeconds"/> are left for a later run.
    /// </summary>
    /// <param name="untilSeconds">The time to stop at, in seconds; not before <see cref="Now"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is before <see cref="Now"/>, or NaN.</exception>
    public void Run(double untilSeconds)
    {
        if (!(untilSeconds >= Now))
        {
            throw new ArgumentOutOfRangeException(nameof(untilSeconds), untilSeconds, $"Cannot run until {untilSeconds} s: the clock is already at {Now} s.");
        }
        var stop = new StopEvent(this);
        Schedule(stop, untilSeconds - Now, EventPriority.Urgent);
        while (!stop.IsProcessed && Step())
        {
        }
    }

    /// <summary>Processes events until <paramref name="until"/> has been processed, and returns its value.</summary>
    /// <param name="until">The event to run until.</param>
    /// <returns>The event's value.</returns>
    /// <exception cref="InvalidOperationException">No events are left and <paramref name="until"/> was not processed.</exception>
    public object? Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        while (!until.IsProcessed)
        {
            if (!Step())
            {
                throw new InvalidOperationException($"No scheduled events are left at {Now} s, but {until} has not been processed.");
            }
        }
        if (!until.IsOk)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(until.Exception!).Throw();
        }
        return until.Value;
    }

    /// <summary>Processes the next scheduled event, if any.</summary>
    /// <returns>False if no event was scheduled.</returns>
    /// <exception cref="Exception">The exception of a failed event that nobody defused.</exception>
    public bool Step()
    {
        if (_queue.Count == 0)
        {
            return false;
        }
        var ev = _queue.Dequeue(out var time, out var key);
        Now = time;
        if (ev.Kind != EventKind.Stop)
        {
            ProcessedEventCount++;
            var hash = (Fingerprint ^ (ulong)BitConverter.DoubleToInt64Bits(time)) * FnvPrime;
            hash = (hash ^ (ulong)key) * FnvPrime;
            Fingerprint = (hash ^ (ulong)ev.Kind) * FnvPrime;
        }
        ev.Process();
        return true;
    }

    /// <summary>Schedules a triggered event <paramref name="delaySeconds"/> from now.</summary>
    internal void Schedule(Event ev, double delaySeconds, int priority)
    {
        if (!(delaySeconds >= 0) || double.IsPositiveInfinity(delaySeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(delaySeconds), delaySeconds, $"A delay must be zero or positive and finite seconds (got {delaySeconds}).");
        }
        CheckPriority(priority);
        _queue.Enqueue(ev, Now + delaySeconds, priority);
    }

    /// <summary>Schedules a triggered event at the absolute time <paramref name="atSeconds"/>.</summary>
    internal void ScheduleAt(Event ev, double atSeconds, int priority)
    {
        if (!(atSeconds >= Now) || double.IsPositiveInfinity(atSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(atSeconds), atSeconds, $"An event can only be scheduled at a finite time not before now ({Now} s); got {atSeconds}.");
        }
        CheckPriority(priority);
        _queue.Enqueue(ev, atSeconds, priority);
    }

    private static void CheckPriority(int priority)
    {
        if ((uint)priority > EventPriority.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"A priority must be between 0 and {EventPriority.Max}.");
        }
    }

    private sealed class StopEvent : Event
    {
        public StopEvent(Simulation simulation)
            : base(simulation, EventKind.Stop)
        {
            SetOutcome(true, null);
        }
    }
}
